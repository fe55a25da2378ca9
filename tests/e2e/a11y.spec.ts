import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./support";

// Accessibility: axe-core on every main page, in the states people meet them (a form showing its
// errors, an open dialog). Serious and critical violations fail the test.

test("the sign-in page is accessible", async ({ page }) => {
  await page.goto("/login");
  await expectAccessible(page, "login");
});

// One page (or one state of a page) per test: axe on a page costs seconds on a loaded machine, so
// a test that checked twenty pages depended on the machine being quiet to stay inside its budget.
for (const status of ["simulated", "planned", "firm-planned", "released", "finished"]) {
  test(`the ${status} order list is accessible`, async ({ page }) => {
    await signIn(page, "supervisor");
    await page.goto(`/production-orders/${status}`);
    await expectAccessible(page, `list ${status}`);
  });
}

test("the create form, and the form showing its errors, are accessible", async ({ page }) => {
  await signIn(page, "supervisor");
  await page.goto("/production-orders/new");
  await expectAccessible(page, "create form");
  await page.getByLabel("Quantity").fill("-1");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.locator('[data-field-error="quantity"]')).not.toBeEmpty();
  await expectAccessible(page, "create form with errors");
});

test("the order card and its dialogs are accessible", async ({ page }) => {
  // Up to five axe runs on one order: a budget of three tests' (one order is created for them all).
  test.slow();
  await signIn(page, "supervisor");
  await page.goto("/production-orders/new");
  await page.getByRole("combobox", { name: /Source No\./ }).fill("1000");
  await page.getByLabel("Quantity").fill("2");
  await page.getByLabel("Due Date").fill("2027-03-01");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByText(/was created\./)).toBeVisible();
  await expectAccessible(page, "order card");
  for (const name of ["Refresh", "Change Status", "Replan", "Delete"]) {
    const button = page.getByRole("button", { name, exact: true });
    if ((await button.count()) === 0) continue;
    await button.first().click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await expectAccessible(page, `${name} dialog`);
    await page.keyboard.press("Escape");
  }
});

const masterDataAndAdminPages = [
  "/items",
  "/items/1000",
  "/production-boms",
  "/production-boms/1000",
  "/routings",
  "/routings/1000",
  "/work-centers",
  "/work-centers/100",
  "/machine-centers",
  "/machine-centers/310",
  "/families",
  "/families/WHEELS",
  "/sales-orders",
  "/sales-orders/order/SO-1001",
  "/locations",
  "/locations/BLUE",
  "/admin/number-series",
  "/admin/number-series/FPL-PROD",
  "/admin/manufacturing-setup",
  "/admin/users",
];
for (const path of masterDataAndAdminPages) {
  test(`the master data or admin page ${path} is accessible`, async ({ page }) => {
    await signIn(page, "admin");
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page, path);
  });
}

test("the create-order flow works by keyboard alone", async ({ page }) => {
  await signIn(page, "planner");
  await page.goto("/production-orders/firm-planned");
  // Tab to the New action and open it with Enter.
  const newLink = page.getByRole("link", { name: "New" });
  await newLink.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "New production order" })).toBeVisible();
  await page.getByLabel("Source Type").focus();
  await page.keyboard.press("Tab");
  await page.keyboard.type("1100");
  await expect(page.getByRole("option", { name: /^1100 / })).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("combobox", { name: /Source No\./ })).toHaveValue("1100");
  await page.keyboard.press("Tab"); // Variant Code
  await page.keyboard.press("Tab"); // Quantity
  await page.keyboard.type("7");
  await page.keyboard.press("Tab"); // Due Date
  await page.keyboard.type("03152027");
  await page.getByRole("button", { name: "Create" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(/was created\./)).toBeVisible();
  await expect(page.getByTestId("order-quantity")).toHaveText("7");
});
