import { expect, test, type Page } from "@playwright/test";
import { alerts, createBicycleOrder as createOrder, section, signIn } from "./support";

// ST-1 … ST-4, X-1, X-3 as users meet them: a supervisor releases an order (new No. from the
// released series, old No. kept and still reachable), then finishes it after confirming the
// missing output; a selection changes status with progress; planners see neither dialog.

/** A firm planned order of bicycles at BLUE, due 2027-02-15; returns its No. */
const createBicycleOrder = (page: Page, quantity = "2") => createOrder(page, { quantity, due: "2027-02-15", location: "BLUE" });

test("ST-3/ST-4 a supervisor releases then finishes an order and follows the renumbering", async ({ page }) => {
  await signIn(page, "supervisor");
  const firmNo = await createBicycleOrder(page);

  // Release: the dialog proposes Released and offers only ST-1's targets.
  await page.getByRole("button", { name: "Change Status" }).click();
  const dialog = page.getByRole("dialog", { name: "Change Status" });
  await expect(dialog.getByLabel("Current Status")).toHaveValue("Firm Planned");
  await expect(dialog.getByLabel("New Status")).toHaveValue("RELEASED");
  await expect(dialog.getByLabel("New Status").locator("option")).toHaveText(["Released"]);
  await dialog.getByRole("button", { name: "OK" }).click();

  // The order now lives under Released with a number from REL-PROD; the old No. is kept.
  await expect(page).toHaveURL(/\/production-orders\/released\/2010\d\d$/);
  const releasedNo = (await page.getByTestId("order-no").textContent())!.trim();
  expect(releasedNo).not.toBe(firmNo);
  await expect(section(page, "Posting")).toContainText(firmNo);
  await expect(section(page, "History")).toContainText(`Firm Planned ${firmNo} → Released ${releasedNo}`);

  // The old address leads to the new one.
  await page.goto(`/production-orders/firm-planned/${firmNo}`);
  await expect(page).toHaveURL(new RegExp(`/production-orders/released/${releasedNo}`));

  // Finish: Finished Date shown; no output recorded → a confirmation first (ST-4).
  await page.getByRole("button", { name: "Change Status" }).click();
  await expect(dialog.getByLabel("New Status")).toHaveValue("FINISHED");
  await expect(dialog.getByLabel("Finished Date")).toBeVisible();
  await dialog.getByRole("button", { name: "OK" }).click();
  await expect(alerts(page)).toContainText("whose output is still missing. Do you still want to finish the order?");
  await dialog.getByRole("button", { name: "Finish anyway" }).click();

  // Finished keeps the No. and is read-only.
  await expect(page).toHaveURL(new RegExp(`/production-orders/finished/${releasedNo}$`));
  await expect(page.getByText("This order is finished and can no longer be changed.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Change Status" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Replan" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Edit" })).toHaveCount(0);
});

test("ST-1 a batch status change from the list shows progress and a result per order", async ({ page }) => {
  await signIn(page, "supervisor");
  const a = await createBicycleOrder(page);
  const b = await createBicycleOrder(page);
  await page.goto("/production-orders/firm-planned");
  await page.getByRole("checkbox", { name: a, exact: true }).check();
  await page.getByRole("checkbox", { name: b, exact: true }).check();
  await page.getByRole("button", { name: "Change Status" }).click();
  const dialog = page.getByRole("dialog", { name: "Change Status of the selected orders" });
  await expect(dialog.getByTestId("batch-selected")).toHaveText("2 orders selected");
  await dialog.getByRole("button", { name: "Change Status" }).click();
  await expect(dialog.getByTestId("batch-progress")).toContainText("2 of 2 orders — 2 changed, 0 not changed.");
  await expect(dialog.getByTestId("batch-results")).toContainText(new RegExp(`${a} → Released 2010\\d\\d`));
  await expect(dialog.getByTestId("batch-results")).toContainText(new RegExp(`${b} → Released 2010\\d\\d`));
});

test("X-1 a planner sees neither Change Status nor Replan", async ({ page }) => {
  await signIn(page, "planner");
  await createBicycleOrder(page);
  await expect(page.getByRole("button", { name: "Edit" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Change Status" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Replan" })).toHaveCount(0);
  await page.goto("/production-orders/firm-planned");
  await expect(page.getByRole("button", { name: "Change Status" })).toHaveCount(0);
});
