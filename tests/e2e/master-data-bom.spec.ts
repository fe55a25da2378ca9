import { expect, test, type Page } from "@playwright/test";
import { alerts, signIn } from "./support";

// Issue 7 end to end: an admin builds the master data for a new item in the editors (routing and
// BOM with two lines each, certified) and imports the item pointing at them; a planner then
// creates an order for it with Refresh ticked and sees the components and routing lines.

const ROUTING = "E2E-RT";
const BOM = "E2E-BOM";
const ITEM = "E2E-ITEM";

async function cell(page: Page, field: string, line: number) {
  return page.getByLabel(`${field}, line ${line}`, { exact: true });
}

async function certify(page: Page, statusTestId: string) {
  await page.getByLabel("New status").selectOption("CERTIFIED");
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByTestId(statusTestId)).toHaveText("Certified");
}

test("issue 7: an admin creates an item with a new BOM and routing, certifies them; a planner orders and refreshes it", async ({
  page,
}) => {
  await signIn(page, "admin");

  // Routing with two operations (the second line gets Operation No. 20 proposed).
  await page.goto("/routings");
  await page.getByRole("link", { name: "New" }).click();
  await expect(page.getByRole("heading", { name: "New Routing" })).toBeVisible();
  await page.getByLabel("No.", { exact: true }).fill(ROUTING);
  await page.getByLabel("Description", { exact: true }).fill("E2E frame routing");
  await (await cell(page, "No.", 1)).fill("100");
  await (await cell(page, "Run Time", 1)).fill("2");
  await page.getByRole("button", { name: "Add line" }).click();
  await expect(await cell(page, "Operation No.", 2)).toHaveValue("20");
  await (await cell(page, "No.", 2)).fill("200");
  await (await cell(page, "Setup Time", 2)).fill("15");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(new RegExp(`/routings/${ROUTING}$`));
  await expect(page.getByTestId("routing-status")).toHaveText("New");
  await certify(page, "routing-status");

  // BOM with two lines; the first attempt has a bad quantity and is refused beside the cell.
  await page.goto("/production-boms/new");
  await expect(page.getByRole("heading", { name: "New Production BOM" })).toBeVisible();
  await page.getByLabel("No.", { exact: true }).fill(BOM);
  await page.getByLabel("Description", { exact: true }).fill("E2E frame BOM");
  await (await cell(page, "No.", 1)).fill("1100");
  await page.getByRole("button", { name: "Add line" }).click();
  await (await cell(page, "No.", 2)).fill("1200");
  await (await cell(page, "Quantity per", 2)).fill("-2");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator('[data-field-error="lines.1.quantityPer"]')).toHaveText("Quantity per cannot be negative.");
  await (await cell(page, "Quantity per", 2)).fill("2");
  // Reorder: move the back wheel up, so it becomes line 10000.
  await page.getByRole("button", { name: "Move line 2 up" }).click();
  await expect(await cell(page, "No.", 1)).toHaveValue("1200");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(new RegExp(`/production-boms/${BOM}$`));
  await certify(page, "bom-status");

  // A certified BOM cannot be edited until set back to Under Development.
  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(alerts(page).first()).toContainText("must be Under Development or New to change it");

  // The item, imported with the new BOM and routing.
  await page.goto("/admin/import");
  await page.getByLabel("Import", { exact: true }).selectOption("items");
  await page
    .getByLabel("CSV text")
    .fill(
      [
        "No.,Description,Base Unit of Measure,Replenishment System,Manufacturing Policy,Production BOM No.,Routing No.,Scrap %,Lead Time Calculation,Safety Lead Time,Unit Cost,Blocked",
        `${ITEM},E2E Bicycle,PCS,Prod. Order,Make-to-Stock,${BOM},${ROUTING},0,1D,,0,No`,
      ].join("\n"),
    );
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByTestId("import-done")).toHaveText("1 row was imported.");

  // The planner creates a firm planned order for the item with Refresh ticked.
  await page.context().clearCookies();
  await signIn(page, "planner");
  await page.goto("/production-orders/new");
  await page.getByLabel("Source Type").selectOption("ITEM");
  await page.getByRole("combobox", { name: /Source No\./ }).fill(ITEM);
  await page
    .getByRole("option", { name: new RegExp(`^${ITEM}`) })
    .first()
    .click();
  await page.getByLabel("Quantity").fill("5");
  await page.getByLabel("Due Date").fill("2027-03-15");
  await expect(page.getByLabel(/Refresh the order after creating it/)).toBeChecked();
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByText(/Production order \S+ was created\./)).toBeVisible();

  const components = page.getByRole("region", { name: "Components" });
  await expect(components.getByRole("row").filter({ hasText: "1200" })).toHaveCount(1);
  await expect(components.getByRole("row").filter({ hasText: "1100" })).toHaveCount(1);
  const routing = page.getByRole("region", { name: "Routing", exact: true });
  await expect(routing.getByRole("cell", { name: "200", exact: true })).toBeVisible();
  await expect(routing.getByRole("cell", { name: "100", exact: true })).toBeVisible();
});
