import { expect, test } from "@playwright/test";
import { signIn } from "./support";

// A first start is not an empty screen: the demo company comes with refreshed production orders
// (lib/seed/demo-orders.ts), so a supervisor can open one and look at its operations at once.

test("the demo company's released order is in the list, and its card shows lines, components and the timeline", async ({ page }) => {
  await signIn(page, "supervisor");
  await page.getByRole("link", { name: "Released Prod. Orders", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Released Prod. Orders" })).toBeVisible();
  await page.getByLabel("No.", { exact: true }).fill("201001");
  await page.getByRole("button", { name: "Filter", exact: true }).click();
  await page.getByRole("link", { name: "201001", exact: true }).click();

  await expect(page.getByTestId("order-no")).toHaveText("201001");
  // The planner created it: the supervisor sees who by their sign-in, not an internal id.
  await expect(page.getByTestId("assigned-user")).toHaveText("planner@cronus.demo");
  const section = (name: string) => page.getByRole("region", { name, exact: true });
  await expect(section("Lines").getByRole("cell", { name: "1000", exact: true }).first()).toBeVisible();
  for (const item of ["1100", "1200", "1300"])
    await expect(section("Components").getByRole("cell", { name: item, exact: true })).toBeVisible();
  // A supervisor may move its operations: an interactive group (a planner's is an image)
  await expect(page.getByRole("group", { name: "Operations Timeline" }).locator("[data-timeline-bar]").first()).toBeVisible();
  // the History says what changed in the reader's words, not in column names and codes.
  const history = section("History");
  await expect(history).toContainText("Status: Firm Planned → Released");
  await expect(history).toContainText("Source Type: Item; Source No.: 1000; Quantity: 5; Due Date: 12/11/2026; Refresh: Yes");
});

test("each list a planner works with holds a demo order", async ({ page }) => {
  await signIn(page, "planner");
  for (const [list, no] of [
    ["Simulated Prod. Orders", "S-PROD-00001"],
    ["Planned Prod. Orders", "PL-00001"],
    ["Firm Planned Prod. Orders", "101002"],
  ]) {
    await page.getByRole("link", { name: list, exact: true }).click();
    await expect(page.getByRole("heading", { name: list })).toBeVisible();
    // Other specs add orders to these lists: filter on the No., as a planner would.
    await page.getByLabel("No.", { exact: true }).fill(no);
    await page.getByRole("button", { name: "Filter", exact: true }).click();
    await expect(page.getByRole("link", { name: no, exact: true })).toBeVisible();
  }
});
