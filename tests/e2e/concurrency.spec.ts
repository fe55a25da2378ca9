import { expect, test } from "@playwright/test";
import { alerts, createBicycleOrder, signIn } from "./support";

// X-2 as users meet it: the same order open in two tabs; the first save wins, the second is
// refused with the spec's message instead of silently overwriting the first.

test("X-2 two tabs edit one order and the second save is refused", async ({ page, context }) => {
  await signIn(page, "planner");
  await createBicycleOrder(page, { quantity: "3", due: "2027-03-01" });
  const url = page.url().replace(/\?.*$/, "");

  // GIVEN the order open for editing in two tabs
  const second = await context.newPage();
  await second.goto(url);
  for (const tab of [page, second]) await tab.getByRole("button", { name: "Edit" }).click();

  // WHEN the first tab saves
  await page.getByLabel("Description", { exact: true }).fill("First tab");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Your changes were saved.")).toBeVisible();
  await expect(page.getByTestId("order-description")).toHaveText("First tab");

  // THEN the second tab's save is refused and the first tab's change stands
  await second.getByLabel("Description", { exact: true }).fill("Second tab");
  await second.getByRole("button", { name: "Save" }).click();
  await expect(alerts(second)).toContainText("The order was changed by someone else. Reload it.");
  await second.reload();
  await expect(second.getByTestId("order-description")).toHaveText("First tab");
});
