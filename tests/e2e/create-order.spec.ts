import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

// PO-3 … PO-11 as a planner meets them: create firm planned orders for an item, a family and a
// sales order by keyboard and mouse, see what will be copied, and see errors beside the fields.

async function pickSource(page: Page, label: RegExp, query: string, optionText: RegExp) {
  const box = page.getByRole("combobox", { name: label });
  await box.fill(query);
  await page.getByRole("option", { name: optionText }).first().click();
}

test("PO-4 a planner creates a firm planned order for an item and sees what it copies first", async ({ page }) => {
  await signIn(page, "planner");
  await page.getByRole("link", { name: "Firm Planned Prod. Orders" }).click();
  await page.getByRole("link", { name: "New" }).click();
  await expect(page.getByRole("heading", { name: "New production order" })).toBeVisible();
  await expect(page.getByText(/Leave blank to take the next number: 1010\d\d/)).toBeVisible();

  await page.getByLabel("Source Type").selectOption("ITEM");
  await pickSource(page, /Source No\./, "1000", /^1000 Bicycle/);
  await page.getByLabel("Quantity").fill("10");
  await page.getByLabel("Due Date").fill("2027-01-15");
  await page.getByLabel("Location Code").selectOption("BLUE");
  const preview = page.getByTestId("order-preview");
  await expect(preview).toContainText("Bicycle");
  await expect(preview).toContainText("1000"); // routing
  await page.getByRole("button", { name: "Create" }).click();

  await expect(page.getByText(/Production order 1010\d\d was created\./)).toBeVisible();
  await expect(page.getByTestId("order-description")).toHaveText("Bicycle");
  await expect(page.getByTestId("order-quantity")).toHaveText("10");
  await expect(page.getByTestId("order-location")).toHaveText("BLUE");
  await expect(page.getByTestId("order-routing")).toHaveText("1000");
});

test("PO-5 a planner creates a firm planned order for a family", async ({ page }) => {
  await signIn(page, "planner");
  await page.goto("/production-orders/new");
  await page.getByLabel("Source Type").selectOption("FAMILY");
  await pickSource(page, /Source No\./, "WHE", /^WHEELS/);
  await page.getByLabel("Quantity").fill("4");
  await page.getByLabel("Due Date").fill("2027-01-20");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByText(/was created\./)).toBeVisible();
  await expect(page.getByTestId("order-unit-cost")).toHaveText("0.00");
  await expect(page.getByTestId("order-due")).toHaveText("01/20/2027");
});

test("PO-6 a planner creates a firm planned order for a sales order, by keyboard alone", async ({ page }) => {
  await signIn(page, "planner");
  await page.goto("/production-orders/new");
  await page.getByLabel("Source Type").focus();
  await page.keyboard.press("ArrowDown"); // Item → Family
  await page.keyboard.press("ArrowDown"); // Family → Sales Header
  await expect(page.getByLabel("Source Type")).toHaveValue("SALES_HEADER");
  await page.keyboard.press("Tab");
  await page.keyboard.type("SO-1001");
  await expect(page.getByRole("option", { name: /SO-1001/ })).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("order-preview")).toContainText("BLUE");
  await page.getByRole("button", { name: "Create" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(/was created\./)).toBeVisible();
  await expect(page.getByTestId("order-location")).toHaveText("BLUE");
  await expect(page.getByTestId("order-due")).toHaveText("12/08/2026");
});

test("PO-11 bad input gets messages beside the fields and writes nothing", async ({ page }) => {
  await signIn(page, "planner");
  await page.goto("/production-orders/new");
  await page.getByRole("combobox", { name: /Source No\./ }).fill("1003");
  await page.getByLabel("Quantity").fill("-5");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.locator('[data-field-error="quantity"]')).toHaveText("Quantity must be greater than 0.");
  await page.getByLabel("Quantity").fill("2");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.locator('[data-field-error="sourceNo"]')).toHaveText("Item 1003 is blocked.");
  await page.getByRole("combobox", { name: /Source No\./ }).fill("NOPE");
  await page.getByLabel("Quantity").fill("abc");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.locator('[data-field-error="quantity"]')).toHaveText("Quantity must be a number.");
  await expect(page).toHaveURL(/\/production-orders\/new/);
});

test("PO-11 in Dutch: captions and messages are Business Central's Dutch", async ({ page }) => {
  await signIn(page, "planner");
  await page.getByLabel("Language").selectOption("nl");
  await expect(page.getByRole("link", { name: "Vast geplande productieorders", exact: true })).toBeVisible();
  await page.goto("/production-orders/new");
  await expect(page.getByRole("heading", { name: "Nieuwe productieorder" })).toBeVisible();
  await page.getByLabel("Bronsoort").selectOption("ITEM");
  await page.getByRole("combobox", { name: /Bronnr\./ }).fill("1000");
  await page.getByLabel("Aantal").fill("0");
  await page.getByRole("button", { name: "Aanmaken" }).click();
  await expect(page.locator('[data-field-error="quantity"]')).toHaveText("Aantal moet groter zijn dan 0.");
  await page.getByLabel("Aantal").fill("3");
  await page.getByLabel("Vervaldatum").fill("2027-02-01");
  await page.getByRole("button", { name: "Aanmaken" }).click();
  await expect(page.getByText(/Productieorder 1010\d\d is aangemaakt\./)).toBeVisible();
  await page.getByLabel("Taal").selectOption("en");
  await expect(page.getByRole("link", { name: "Firm Planned Prod. Orders", exact: true })).toBeVisible();
});
