import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

// PO-3 … PO-6 and Output → ST-4 as users meet them: the create form's preview shows what the
// order then gets (also when the fields are typed fast), and a supervisor records output on a
// released order's line and finishes it without a question.

const preview = (page: Page) => page.getByTestId("order-preview");

async function pickItem1000(page: Page) {
  await page.getByLabel("Source Type").selectOption("ITEM");
  await page.getByRole("combobox", { name: /Source No\./ }).fill("1000");
  const option = page.getByRole("option", { name: /^1000 Bicycle/ }).first();
  // The lookup names the Replenishment System by its caption, never the code.
  await expect(option).toContainText("Prod. Order");
  await expect(page.getByRole("listbox")).not.toContainText("PROD_ORDER");
  await option.click();
}

test("PO-3 what the preview shows is what the order gets, even when Quantity is typed fast", async ({ page }) => {
  await signIn(page, "planner");
  await page.goto("/production-orders/new");
  await pickItem1000(page);
  await page.getByLabel("Due Date").fill("2027-03-15");
  await page.getByLabel("Location Code").selectOption("BLUE");
  // Typed without pauses: each keystroke asks for a preview; only the last answer may stay.
  await page.getByLabel("Quantity").pressSequentially("117", { delay: 0 });
  await page.getByLabel("Quantity").press("Backspace");
  await expect(preview(page).getByTestId("preview-quantity")).toHaveText("11");
  await expect(preview(page).getByTestId("preview-updating")).toHaveCount(0);
  const shown = {
    starting: await preview(page).getByTestId("preview-starting").textContent(),
    ending: await preview(page).getByTestId("preview-ending").textContent(),
    due: await preview(page).getByTestId("preview-due").textContent(),
  };
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByText(/Production order \S+ was created\./)).toBeVisible();
  await expect(page.getByTestId("order-quantity")).toHaveText("11");
  await expect(page.getByTestId("order-starting")).toHaveText(shown.starting!);
  await expect(page.getByTestId("order-ending")).toHaveText(shown.ending!);
  await expect(page.getByTestId("order-due")).toHaveText(shown.due!);
});

test("PO-3/PO-6 a blank Due Date is today and a start in the past is flagged; a sales order's Quantity is not asked", async ({ page }) => {
  await signIn(page, "planner");
  await page.goto("/production-orders/new");
  await expect(page.getByText(/Leave blank for today/)).toBeVisible();
  await pickItem1000(page);
  await page.getByLabel("Quantity").fill("5");
  await page.getByLabel("Location Code").selectOption("BLUE");
  await expect(preview(page).getByTestId("preview-due")).toContainText("blank: today");
  await expect(preview(page).getByTestId("preview-past")).toContainText("would start in the past");

  await page.getByLabel("Source Type").selectOption("SALES_HEADER");
  await expect(page.getByLabel("Quantity")).toBeDisabled();
  await page.getByRole("combobox", { name: /Source No\./ }).fill("SO-1002");
  await page
    .getByRole("option", { name: /SO-1002/ })
    .first()
    .click();
  await expect(preview(page).getByTestId("preview-quantity")).toHaveText("9");
});

test("Output → ST-4 a supervisor records a line's output, sees it in History, and finishes without a question", async ({ page }) => {
  await signIn(page, "supervisor");
  await page.goto("/production-orders/new");
  await pickItem1000(page);
  await page.getByLabel("Quantity").fill("2");
  await page.getByLabel("Due Date").fill("2027-02-15");
  await page.getByLabel("Location Code").selectOption("BLUE");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByText(/Production order \S+ was created\./)).toBeVisible();

  await page.getByRole("button", { name: "Change Status" }).click();
  const status = page.getByRole("dialog", { name: "Change Status" });
  await status.getByRole("button", { name: "OK" }).click();
  await expect(page).toHaveURL(/\/production-orders\/released\//);
  const no = (await page.getByTestId("order-no").textContent())!.trim();

  const output = page.getByRole("region", { name: "Output", exact: true });
  await expect(output.getByTestId("remaining-10000")).toHaveText("2");
  await output.getByRole("button", { name: "Record Output · line 10000" }).click();
  const dialog = page.getByRole("dialog", { name: "Record Output · line 10000" });
  await dialog.getByLabel("Output Quantity").fill("0");
  await dialog.getByRole("button", { name: "Post" }).click();
  await expect(dialog).toContainText("Output Quantity must not be 0.");
  await dialog.getByLabel("Output Quantity").fill("2");
  await dialog.getByRole("button", { name: "Post" }).click();
  await expect(output.getByTestId("finished-10000")).toHaveText("2");
  await expect(output.getByTestId("remaining-10000")).toHaveText("0");
  await expect(page.getByRole("region", { name: "History", exact: true })).toContainText("Output recorded");

  await page.getByRole("button", { name: "Change Status" }).click();
  await expect(status.getByLabel("New Status")).toHaveValue("FINISHED");
  await status.getByRole("button", { name: "OK" }).click();
  await expect(page).toHaveURL(new RegExp(`/production-orders/finished/${no}$`));
});
