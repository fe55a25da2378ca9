import { expect, test } from "@playwright/test";
import { alerts, expectAccessible, signIn } from "./support";

// Issue 21 item 3: a new BOM or routing editor opens with BC's empty new row, which does not
// block Save; the new record's lines are then filled with BC's Copy BOM / Copy Routing.

test("issue 21: an admin saves a new BOM without touching its blank line and copies the lines of another BOM into it", async ({ page }) => {
  await signIn(page, "admin");

  // GIVEN a new Production BOM editor, its empty row left as it is
  await page.goto("/production-boms/new");
  await expect(page.getByLabel("No., line 1", { exact: true })).toHaveValue("");
  await page.getByLabel("No.", { exact: true }).fill("E2E-COPY");
  await page.getByLabel("Description", { exact: true }).fill("Copied wheel");
  // WHEN saved
  await page.getByRole("button", { name: "Save" }).click();
  // THEN the BOM is stored without lines
  await expect(page).toHaveURL(/\/production-boms\/E2E-COPY$/);
  await expect(page.getByTestId("bom-status")).toHaveText("New");
  const lines = page.getByRole("region", { name: "Lines" });
  await expect(lines.getByText("There is nothing to show in this view.")).toBeVisible();

  // WHEN the admin first tries to copy E2E-COPY onto itself
  await lines.getByRole("button", { name: "Copy BOM" }).click();
  const dialog = page.getByRole("dialog", { name: "Copy BOM" });
  await dialog.getByLabel("Production BOM No.").selectOption("E2E-COPY");
  await dialog.getByRole("button", { name: "OK" }).click();
  // THEN refused beside the source field
  await expect(dialog.locator('[data-field-error="fromNo"]')).toHaveText("Production BOM E2E-COPY cannot be copied to itself.");
  await expectAccessible(page, "Copy BOM dialog with its error");

  // WHEN BOM 1100 (Front Wheel) is chosen instead
  await dialog.getByLabel("Production BOM No.").selectOption("1100");
  await expect(dialog.getByLabel("Version Code")).toHaveValue("");
  await dialog.getByRole("button", { name: "OK" }).click();
  // THEN the card shows the Front Wheel's five lines
  await expect(dialog).toBeHidden();
  for (const no of ["1110", "1120", "1150", "1160", "1170"]) {
    await expect(lines.getByRole("row").filter({ has: page.getByRole("link", { name: no, exact: true }) })).toHaveCount(1);
  }
  await expect(lines.getByRole("row").filter({ hasText: "BOX" })).toHaveCount(1);
  await expect(lines.getByText("There is nothing to show in this view.")).toHaveCount(0);
  await expect(alerts(page)).toHaveCount(0);
});

test("issue 21: an admin saves a new routing without touching its blank line and copies routing 1100's operations into it", async ({
  page,
}) => {
  await signIn(page, "admin");
  // GIVEN a new routing, its proposed operation 10 left blank
  await page.goto("/routings/new");
  await expect(page.getByLabel("Operation No., line 1", { exact: true })).toHaveValue("10");
  await page.getByLabel("No.", { exact: true }).fill("E2E-RCOPY");
  // WHEN saved
  await page.getByRole("button", { name: "Save" }).click();
  // THEN stored without operations
  await expect(page).toHaveURL(/\/routings\/E2E-RCOPY$/);
  await expect(page.getByTestId("routing-status")).toHaveText("New");
  // WHEN Copy Routing from 1100
  const operations = page.getByRole("region", { name: "Lines" });
  await expect(operations.getByText("There is nothing to show in this view.")).toBeVisible();
  await operations.getByRole("button", { name: "Copy Routing" }).click();
  const dialog = page.getByRole("dialog", { name: "Copy Routing" });
  await dialog.getByLabel("Routing No.").selectOption("1100");
  await dialog.getByRole("button", { name: "OK" }).click();
  // THEN the operations of routing 1100 are on the card
  await expect(dialog).toBeHidden();
  await expect(operations.getByRole("row").filter({ hasText: "Drill hub flanges" })).toHaveCount(1);
  await expect(operations.getByRole("row").filter({ hasText: "Lace and true wheel" })).toHaveCount(1);
  await expect(operations.getByText("There is nothing to show in this view.")).toHaveCount(0);
});
