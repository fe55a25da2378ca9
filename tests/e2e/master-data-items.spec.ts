import { expect, test } from "@playwright/test";
import { signIn } from "./support";

// Issue 7: an admin maintains items in the browser; a planner only reads them.

test("an admin creates an item with a base unit and a variant, edits it, sees a refused value beside its field, and deletes it", async ({
  page,
}) => {
  const no = `E2E${Date.now().toString(36).toUpperCase()}`.slice(0, 20);
  await signIn(page, "admin");

  // GIVEN the item list WHEN the admin clicks New and fills the card
  await page.goto("/items");
  await page.getByRole("link", { name: "New" }).click();
  await expect(page).toHaveURL(/\/items\/new$/);
  await page.getByLabel("No.", { exact: true }).fill(no);
  await page.getByLabel("Description", { exact: true }).fill("Cargo Bicycle");
  await page.getByLabel("Base Unit of Measure").fill("PCS");
  const variants = page.getByTestId("grid-variants");
  await variants.getByRole("button", { name: "Add line to Variants" }).click();
  await variants.getByLabel("Line 1, Code").fill("blue");
  await variants.getByLabel("Line 1, Description").fill("Blue frame");
  await page.getByRole("button", { name: "Save" }).click();

  // THEN the card shows the item, its base unit row (Qty. 1) and the variant
  await expect(page).toHaveURL(new RegExp(`/items/${no}$`));
  await expect(page.getByRole("heading", { name: `Item Card · ${no}` })).toBeVisible();
  await expect(page.getByRole("table", { name: "Item Units of Measure" })).toContainText("PCS");
  await expect(page.getByRole("table", { name: "Variants" })).toContainText("Blue frame");

  // WHEN the admin edits it with Scrap % 150
  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page).toHaveURL(new RegExp(`/items/${no}/edit$`));
  await page.getByLabel("Scrap %").fill("150");
  await page.getByLabel("Description", { exact: true }).fill("Cargo Bicycle XL");
  await page.getByRole("button", { name: "Save" }).click();
  // THEN the error stands beside the field and the typed values stay
  await expect(page.locator('[data-field-error="scrapPercent"]')).toHaveText("Scrap % must be between 0 and 100.");
  await expect(page.getByLabel("Scrap %")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Description", { exact: true })).toHaveValue("Cargo Bicycle XL");

  // WHEN corrected THEN saved and shown on the card
  await page.getByLabel("Scrap %").fill("5");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(new RegExp(`/items/${no}$`));
  await expect(page.getByText("Cargo Bicycle XL").first()).toBeVisible();

  // WHEN the unreferenced item is deleted (after confirming) THEN the list no longer has it
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(/\/items$/);
  await page.goto(`/items/${no}`);
  await expect(page.getByTestId("not-found")).toBeVisible();
});

test("an admin is told what refers to an item that cannot be deleted", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/items/1100");
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByTestId("delete-error")).toContainText("Item 1100 cannot be deleted because Production BOM");
  await expect(page).toHaveURL(/\/items\/1100$/);
});

test("a planner sees no New, Edit or Delete and cannot open the edit page", async ({ page }) => {
  await signIn(page, "planner");
  await page.goto("/items");
  await expect(page.getByRole("heading", { name: "Items" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New" })).toHaveCount(0);
  await page.goto("/items/1000");
  await expect(page.getByRole("heading", { name: "Item Card · 1000" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await page.goto("/items/1000/edit");
  await expect(page.getByTestId("forbidden")).toBeVisible();
});
