import { expect, test, type Page } from "@playwright/test";
import { CARD_SCREEN, createBicycleOrder, expectAccessible, section, signIn } from "./support";

// Issue 23 item 3: a supervisor drags an operation on the card's Operations Timeline (pointer
// down, move, up), sees a ghost at the new time, and a confirm with the order's dates before →
// after; Save reschedules the order from that operation (a routing-line change, in History).
// Escape cancels a drag. The keyboard does the same: the bar takes focus, arrow keys move it,
// Enter opens the confirm, whose Starting Date-Time field can be typed and saved with Enter.

test.use(CARD_SCREEN);

async function barCenter(page: Page, bar: ReturnType<Page["locator"]>) {
  await bar.scrollIntoViewIfNeeded();
  const box = (await bar.locator("rect").boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test("a supervisor drags an operation to a later time, sees the order rescheduled before saving, and saves it", async ({ page }) => {
  await signIn(page, "supervisor");
  await createBicycleOrder(page);
  const timeline = section(page, "Operations Timeline");
  const name = (await timeline.locator("[data-timeline-bar]").first().getAttribute("data-timeline-bar"))!;
  // The bar is found by its line and operation: the chart orders bars by start, which the test changes
  const bar = timeline.locator(`[data-timeline-bar="${name}"]`);
  const startBefore = (await bar.getAttribute("data-start"))!;
  const [lineNo, operationNo] = name.split("/");
  const routingStart = section(page, "Routing")
    .getByRole("row", { name: new RegExp(`^${operationNo} (Work|Machine) Center `) })
    .getByTestId("operation-start");
  const routingStartBefore = (await routingStart.textContent())!;

  // WHEN the bar is dragged right and Escape is pressed before release
  let c = await barCenter(page, bar);
  await page.mouse.move(c.x, c.y);
  await page.mouse.down();
  await page.mouse.move(c.x + 60, c.y, { steps: 6 });
  // THEN a ghost shows the new start …
  await expect(timeline.getByTestId("timeline-ghost")).toContainText("New start:");
  // … and Escape cancels: no ghost, no confirm, nothing moved
  await page.keyboard.press("Escape");
  await expect(timeline.getByTestId("timeline-ghost")).toHaveCount(0);
  await page.mouse.up();
  await expect(page.getByTestId("move-operation-dialog")).toHaveCount(0);

  // WHEN the bar is dragged right and released
  c = await barCenter(page, bar);
  await page.mouse.move(c.x, c.y);
  await page.mouse.down();
  await page.mouse.move(c.x + 80, c.y, { steps: 8 });
  await expect(timeline.getByTestId("timeline-ghost")).toBeVisible();
  await page.mouse.up();

  // THEN the confirm shows the order rescheduled from that operation: its start moved, nothing saved yet
  const dialog = page.getByTestId("move-operation-dialog");
  await expect(dialog.getByRole("heading")).toHaveText(/^Move operation \S+ of line \d+$/);
  const changes = dialog.getByTestId("move-operation-changes");
  await expect(changes.getByRole("row", { name: `Line ${lineNo} operation ${operationNo} Starting Date-Time` })).toHaveAttribute(
    "data-changed",
    "true",
  );
  await expect(bar).toHaveAttribute("data-start", startBefore);
  await expectAccessible(page, "timeline move confirm");

  // WHEN Save is chosen
  await dialog.getByRole("button", { name: "Save" }).click();

  // THEN the dialog closes, the operation starts later, and History has the routing-line change
  await expect(dialog).toHaveCount(0);
  await expect(bar).not.toHaveAttribute("data-start", startBefore);
  const startAfter = (await bar.getAttribute("data-start"))!;
  expect(Date.parse(startAfter)).toBeGreaterThan(Date.parse(startBefore));
  await expect(routingStart).not.toHaveText(routingStartBefore);
  await expect(section(page, "History")).toContainText("Routing line changed");
});

test("the keyboard alternative: focus a bar, arrow keys move it, Enter opens the confirm; a typed Starting Date-Time is saved with Enter", async ({
  page,
}) => {
  await signIn(page, "supervisor");
  await createBicycleOrder(page);
  const timeline = section(page, "Operations Timeline");
  const name = (await timeline.locator("[data-timeline-bar]").first().getAttribute("data-timeline-bar"))!;
  // The bar is found by its line and operation: the chart orders bars by start, which the test changes
  const bar = timeline.locator(`[data-timeline-bar="${name}"]`);
  const [lineNo, operationNo] = name.split("/");

  // WHEN the bar has the focus and Shift+ArrowRight is pressed
  await bar.focus();
  await expect(bar).toHaveAccessibleName(new RegExp(`^Line ${lineNo}, operation ${operationNo}, .*Drag it, or press the arrow keys`));
  await page.keyboard.press("Shift+ArrowRight");
  // THEN the ghost shows a start one day later; Escape takes it back
  await expect(timeline.getByTestId("timeline-ghost")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(timeline.getByTestId("timeline-ghost")).toHaveCount(0);

  // WHEN ArrowRight and Enter are pressed
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  const dialog = page.getByTestId("move-operation-dialog");
  const field = dialog.getByLabel("Starting Date-Time");
  // THEN the confirm opens with the Starting Date-Time field focused
  await expect(field).toBeFocused();
  await expect(dialog.getByTestId("move-operation-changes")).toBeVisible();

  // WHEN Monday 2027-03-22 10:00 is typed and Enter pressed
  await field.fill("2027-03-22T10:00");
  await expect(dialog.getByRole("row", { name: `Line ${lineNo} operation ${operationNo} Starting Date-Time` })).toContainText("10:00");
  await field.press("Enter");

  // THEN the operation starts there, and History has the routing-line change
  await expect(dialog).toHaveCount(0);
  await expect(bar).toHaveAttribute("data-start", "2027-03-22T10:00:00.000Z");
  await expect(section(page, "History")).toContainText("Routing line changed");
});
