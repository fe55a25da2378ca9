import { expect, test } from "@playwright/test";
import { signIn } from "./support";

// RP-1/RP-2 as a supervisor meets them: Replan from the card with Direction and Plan, and the
// result says what was created and deleted; the dialog keeps the options that produced it.

test("RP-1 a supervisor replans an order and sees the result", async ({ page }) => {
  await signIn(page, "supervisor");
  await page.goto("/production-orders/new");
  await page.getByLabel("Source Type").selectOption("ITEM");
  await page.getByRole("combobox", { name: /Source No\./ }).fill("1001");
  await page
    .getByRole("option", { name: /^1001 / })
    .first()
    .click();
  await page.getByLabel("Quantity").fill("2");
  await page.getByLabel("Due Date").fill("2027-04-15");
  await page.getByLabel("Location Code").selectOption("BLUE");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByText(/Production order \S+ was created\./)).toBeVisible();
  const no = (await page.getByTestId("order-no").textContent())!.trim();

  await page.getByRole("button", { name: "Replan" }).click();
  const dialog = page.getByRole("dialog", { name: "Replan Production Order" });
  await expect(dialog.getByLabel("Scheduling Direction")).toHaveValue("BACK");
  await dialog.getByLabel("Scheduling Direction").selectOption("FORWARD");
  await dialog.getByLabel("Plan", { exact: true }).selectOption("ALL_LEVELS");
  await dialog.getByRole("button", { name: "OK" }).click();
  await expect(dialog.getByTestId("replan-result")).toContainText(`Production order ${no} was replanned.`);
  // The result stands beside the options that produced it (the form used to reset them).
  await expect(dialog.getByLabel("Scheduling Direction")).toHaveValue("FORWARD");
  await expect(dialog.getByLabel("Plan", { exact: true })).toHaveValue("ALL_LEVELS");
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(page.getByRole("region", { name: "History", exact: true })).toContainText("Replanned");
});
