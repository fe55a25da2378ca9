import { expect, test, type Page } from "@playwright/test";
import { alerts, createBicycleOrder as createOrder, section, signIn } from "./support";

// RF-1…RF-7 as a supervisor meets them: refresh one order from its card and see its lines,
// components and the operations timeline; refresh a selection from the list with progress;
// a stale version is refused; planners get no Refresh button but can refresh on create.

type NewOrder = { quantity?: string; due?: string; refresh: boolean };

/** Creates a firm planned order for the bicycle at BLUE through the form; returns its No. */
const createBicycleOrder = (page: Page, order: NewOrder) =>
  createOrder(page, { quantity: "10", due: "2027-01-15", location: "BLUE", ...order });

test("RF-1 a supervisor refreshes a firm planned order Back and sees lines, components and the timeline", async ({ page }) => {
  await signIn(page, "supervisor");
  const no = await createBicycleOrder(page, { refresh: false });
  await expect(section(page, "Lines")).toContainText("No lines yet.");
  await expect(section(page, "Operations Timeline")).toContainText("No scheduled operations yet.");

  await page.getByRole("button", { name: "Refresh", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Refresh Production Order" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("radio", { name: "Back" })).toBeChecked();
  // Calculate Lines forces the other two: ticked and disabled until Lines is unticked.
  const routings = dialog.getByRole("checkbox", { name: "Calculate Routings" });
  await expect(routings).toBeChecked();
  await expect(routings).toBeDisabled();
  await dialog.getByRole("checkbox", { name: "Calculate Lines" }).uncheck();
  await expect(routings).toBeEnabled();
  await dialog.getByRole("checkbox", { name: "Calculate Lines" }).check();
  await expect(routings).toBeDisabled();

  await dialog.getByRole("button", { name: "OK" }).click();
  await expect(dialog.getByRole("status")).toContainText(`Order ${no} was refreshed: 1 line,`);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Refresh", exact: true })).toBeFocused();

  await expect(section(page, "Lines").getByRole("cell", { name: "1000", exact: true }).first()).toBeVisible(); // item, BOM and routing No.
  const components = section(page, "Components");
  for (const item of ["1100", "1200", "1300"]) await expect(components.getByRole("cell", { name: item, exact: true })).toBeVisible();
  // A supervisor may move its operations: an interactive group (a planner's is an image, below)
  const timeline = page.getByRole("group", { name: "Operations Timeline" });
  await expect(timeline).toBeVisible();
  expect(await timeline.locator("[data-timeline-bar]").count()).toBeGreaterThanOrEqual(1);
  await expect(timeline.locator('[data-work-center="100"]')).toHaveCount(1);
});

test("X-2 a refresh with a version someone else changed meanwhile is refused", async ({ page, context }) => {
  await signIn(page, "supervisor");
  await createBicycleOrder(page, { refresh: false, due: "2027-02-10" });
  const url = page.url();
  // GIVEN the dialog is open on a card read before another tab refreshed the order
  await page.getByRole("button", { name: "Refresh", exact: true }).click();
  const other = await context.newPage();
  await other.goto(url);
  await other.getByRole("button", { name: "Refresh", exact: true }).click();
  await other.getByRole("dialog").getByRole("button", { name: "OK" }).click();
  await expect(other.getByRole("dialog").getByRole("status")).toContainText("was refreshed");
  // WHEN the first tab confirms THEN it is told to reload
  const dialog = page.getByRole("dialog", { name: "Refresh Production Order" });
  await dialog.getByRole("button", { name: "OK" }).click();
  await expect(alerts(page)).toHaveText("The order was changed by someone else. Reload it.");
});

test("RF-1 a batch refresh of two ticked orders shows progress and a result per order", async ({ page }) => {
  await signIn(page, "supervisor");
  const first = await createBicycleOrder(page, { refresh: false, quantity: "2", due: "2027-01-20" });
  const second = await createBicycleOrder(page, { refresh: false, quantity: "3", due: "2027-01-22" });
  await page.goto("/production-orders/firm-planned");

  // Nothing ticked: the dialog says so.
  await page.getByRole("button", { name: "Refresh", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Refresh Production Orders" });
  await expect(dialog.getByRole("alert")).toHaveText(/No orders are selected\./);
  await dialog.getByRole("button", { name: "Close" }).click();

  await page.getByRole("checkbox", { name: first, exact: true }).check();
  await page.getByRole("checkbox", { name: second, exact: true }).check();
  await page.getByRole("button", { name: "Refresh", exact: true }).click();
  await expect(dialog).toContainText("2 orders are selected.");
  await dialog.getByRole("radio", { name: "Forward" }).check();
  await dialog.getByRole("button", { name: "OK" }).click();

  const progress = dialog.getByRole("progressbar", { name: "Refresh progress" });
  await expect(progress).toHaveAttribute("aria-valuenow", "2");
  await expect(progress).toHaveAttribute("aria-valuemax", "2");
  await expect(dialog.getByTestId("batch-refresh-progress")).toHaveText("2 of 2");
  const results = dialog.getByRole("list", { name: "Results" }).getByRole("listitem");
  await expect(results).toHaveCount(2);
  await expect(results.filter({ hasText: first })).toContainText("1 line,");
  await expect(results.filter({ hasText: second })).toContainText("1 line,");
  await expect(dialog.getByRole("status")).toHaveText("2 refreshed, 0 skipped, 0 failed.");
});

test("X-1 a planner has no Refresh button, but an order created with Refresh ticked has its lines at once", async ({ page }) => {
  await signIn(page, "planner");
  await createBicycleOrder(page, { refresh: true, due: "2027-03-01" });
  await expect(section(page, "Lines").getByRole("cell", { name: "1000", exact: true }).first()).toBeVisible(); // item, BOM and routing No.
  await expect(section(page, "Components").getByRole("cell", { name: "1100", exact: true })).toBeVisible();
  await expect(page.getByRole("img", { name: "Operations Timeline" }).locator("[data-timeline-bar]").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Refresh", exact: true })).toHaveCount(0);
  await page.goto("/production-orders/firm-planned");
  await expect(page.getByRole("heading", { name: "Firm Planned Prod. Orders" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Refresh", exact: true })).toHaveCount(0);
});
