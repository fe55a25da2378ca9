import { expect, test } from "@playwright/test";
import { CARD_SCREEN, createBicycleOrder, expectAccessible, section, signIn } from "./support";

// Issue 23 item 1 as a supervisor works the card: a routing line's Run Time and a component's
// Quantity per change in place and the order's dates and Expected Quantity follow; item 4: the
// FastTabs collapse and remember it, the 13-column Lines table fits a 1440 px screen, and the
// Refresh dialog warns that Calculate Lines replaces manual changes.

test.use(CARD_SCREEN);

test("a supervisor changes a run time on the card and sees the dates move", async ({ page }) => {
  await signIn(page, "supervisor");
  await createBicycleOrder(page);
  const routing = section(page, "Routing");
  const firstEnd = await routing.getByTestId("operation-end").first().textContent();
  const secondStart = await routing.getByTestId("operation-start").nth(1).textContent();
  const orderEnding = await page.getByTestId("order-ending").textContent();

  // WHEN the first operation's Run Time grows by a day's worth of minutes per unit (keyboard: Enter saves)
  await routing
    .getByRole("button", { name: /^Change operation / })
    .first()
    .click();
  // The row's first field has the focus: the keyboard goes on from there
  await expect(routing.getByRole("combobox", { name: "Type" })).toBeFocused();
  const run = routing.getByRole("textbox", { name: "Run Time" });
  await run.fill("500");
  await run.press("Enter");
  await expect(routing.getByRole("status")).toContainText("The change was saved");

  // THEN the first operation ends later, the next starts later, and the order's Ending Date-Time moved
  await expect(routing.getByTestId("operation-end").first()).not.toHaveText(firstEnd!);
  await expect(routing.getByTestId("operation-start").nth(1)).not.toHaveText(secondStart!);
  await expect(page.getByTestId("order-ending")).not.toHaveText(orderEnding!);
  await expect(section(page, "History")).toContainText("Routing line changed");
});

test("a supervisor edits a component's Quantity per and sees Expected Quantity change; bad input stays beside the field", async ({
  page,
}) => {
  await signIn(page, "supervisor");
  await createBicycleOrder(page);
  const components = section(page, "Components");
  await components
    .getByRole("button", { name: /^Change component / })
    .first()
    .click();
  const qp = components.getByRole("textbox", { name: "Quantity per" });

  // A letter is refused beside the field, nothing saved
  await qp.fill("x");
  await qp.press("Enter");
  await expect(components.locator('[data-field-error="quantityPer"]')).toHaveText("Quantity per must be a number.");

  // WHEN Quantity per becomes 3 and Scrap % 0 on an order of 2 (item 1000 has no scrap of its own)
  await qp.fill("3");
  await components.getByRole("textbox", { name: "Scrap %" }).fill("0");
  await qp.press("Enter");
  await expect(components.getByRole("status")).toContainText("The change was saved");
  // THEN its Expected Quantity is 6
  await expect(components.getByTestId("expected-quantity").first()).toHaveText("6");
  await expectAccessible(page, "order card with editable subpages");
});

test("FastTabs collapse and remember it; the Lines table fits 1440 px; the Refresh dialog warns before Calculate Lines", async ({
  page,
}) => {
  await signIn(page, "supervisor");
  await createBicycleOrder(page);

  // The 13 columns of Lines (and the row actions) fit without a horizontal scroll bar
  const scroller = page.getByTestId("lines-table").locator("div.overflow-x-auto");
  const widths = await scroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);

  // Posting collapses, and stays collapsed on the next visit
  const posting = page.getByRole("button", { name: "Posting", exact: true });
  await expect(posting).toHaveAttribute("aria-expanded", "true");
  await posting.click();
  await expect(posting).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByTestId("order-unit-cost")).toBeHidden();
  await page.reload();
  await expect(page.getByRole("button", { name: "Posting", exact: true })).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByTestId("order-unit-cost")).toBeHidden();
  await page.getByRole("button", { name: "Posting", exact: true }).press("Enter");
  await expect(page.getByTestId("order-unit-cost")).toBeVisible();

  // The Refresh dialog says what Calculate Lines does to manual changes before it runs
  await page.getByRole("button", { name: "Refresh", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByTestId("refresh-replaces")).toContainText(
    "changes made on this order's lines, components and routing are replaced",
  );
  await dialog.getByLabel("Calculate Lines").uncheck();
  await expect(dialog.getByTestId("refresh-replaces")).toHaveCount(0);
});
