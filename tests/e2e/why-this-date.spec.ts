import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn } from "./support";

// "Why this date?" (issue 23 item 2) as a supervisor meets it on the demo company's released
// order 201001 (5 Bicycles at BLUE, due 12/11/2026, refreshed backward when it was created):
// every computed date has a button that opens the scheduler's own explanation, in English and
// in Dutch, reachable and closable with the keyboard.

async function openDemoOrder(page: Page) {
  await page.goto("/production-orders/released/201001");
  await expect(page.getByTestId("order-no")).toHaveText("201001");
}

test("a supervisor opens 'Why this date?' on the order's Ending Date-Time and reads the steps, in English", async ({ page }) => {
  await signIn(page, "supervisor");
  await openDemoOrder(page);
  // GIVEN the header's Ending Date-Time / WHEN its button is pressed
  const button = page.getByRole("button", { name: "Why this date? Ending Date-Time", exact: true });
  await button.click();
  const dialog = page.getByRole("dialog", { name: "Why this date?" });
  await expect(dialog).toBeVisible();
  // THEN the explanation says which line gave the date, how the Due Date became the Ending Date,
  // and each operation's move, wait, run and setup time
  await expect(dialog).toContainText("The order was last refreshed backward.");
  await expect(dialog).toContainText(/The order's Ending Date-Time is the latest Ending Date-Time of its lines: line 10000\./);
  await expect(dialog).toContainText(
    /Due Date 12\/11\/2026 − Safety Lead Time \d+ days? \(.+\) − Inbound Whse\. Handling Time \d+ days?, counted in working days of location BLUE's base calendar → Ending Date \d\d\/\d\d\/2026\./,
  );
  await expect(dialog).toContainText(/Ending Date-Time = Ending Date at the Normal Ending Time \d\d:\d\d\./);
  await expect(dialog).toContainText("Routing, walked backward from");
  const operations = dialog.getByTestId("why-operation");
  await expect(operations.first()).toContainText(/^Operation \d+ · (Work|Machine) Center \S+ · Shop Calendar STD: /);
  await expect(dialog.getByTestId("why-run").first()).toContainText(
    /Run Time [\d.]+ × Quantity 5 ÷ \(Capacity [\d.]+ × Efficiency [\d.]+ %\) = [\d.]+ min: /,
  );
  await expect(dialog.getByTestId("why-setup").first()).toContainText(/^Setup Time [\d.]+ min: /);
  await expect(dialog.getByTestId("why-move").first()).toContainText(/^Move Time [\d.]+ min: /);
  // (This order's walk stays within Wednesday's shift; skipped nights, weekends and named holidays
  // are proven in tests/integration/production-orders/why-this-date.test.ts and the unit tests.)
  await expectAccessible(page, "Why this date? dialog");
  // AND Escape closes it and gives the focus back to the button
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();

  // GIVEN an operation's Ending Date-Time in the Routing section / WHEN opened with the keyboard
  const routing = page.getByRole("region", { name: "Routing", exact: true });
  const opButton = routing.getByRole("button", { name: /^Why this date\? Ending Date-Time · \d+$/ }).first();
  await opButton.focus();
  await page.keyboard.press("Enter");
  // THEN the same walk is shown with that operation marked
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[aria-current="step"]')).toHaveCount(1);
  await dialog.getByRole("button", { name: "Close" }).click();

  // GIVEN a component's Due Date / WHEN explained / THEN it names what it is due at
  const components = page.getByRole("region", { name: "Components", exact: true });
  await components
    .getByRole("button", { name: /^Why this date\? Due Date · / })
    .first()
    .click();
  await expect(dialog).toContainText(/Component \S+ is due when (operation \S+ starts \(Routing Link Code \S+\)|the line starts)/);
  await page.keyboard.press("Escape");
});

test("'Why this date?' in Dutch: Business Central's Dutch captions in every step", async ({ page }) => {
  await signIn(page, "supervisor");
  await page.getByLabel("Language").selectOption("nl");
  await expect(page.getByRole("button", { name: "Afmelden" })).toBeVisible();
  try {
    await openDemoOrder(page);
    // GIVEN the line's Starting Date-Time / WHEN its button is pressed
    await page
      .getByRole("region", { name: "Regels", exact: true })
      .getByRole("button", { name: /^Waarom deze datum\? Begindatum\/-tijd · 10000$/ })
      .click();
    const dialog = page.getByRole("dialog", { name: "Waarom deze datum?" });
    // THEN the steps read in Dutch
    await expect(dialog).toContainText("De order is het laatst achterwaarts vernieuwd.");
    await expect(dialog).toContainText(
      /Vervaldatum 11-12-2026 − Veiligheidsdoorlooptijd \d+ dag(en)? \(.+\) − Inkomende magazijnverwerkingstijd \d+ dag(en)?, geteld in werkdagen van de basisagenda van vestiging BLUE → Einddatum \d\d-\d\d-2026\./,
    );
    await expect(dialog.getByTestId("why-operation").first()).toContainText(
      /^Bewerking \d+ · (Afdeling|Machinecentrum) \S+ · Bedrijfsagenda STD: /,
    );
    await expect(dialog.getByTestId("why-run").first()).toContainText(
      /Bewerkingstijd [\d,]+ × Aantal 5 ÷ \(Capaciteit [\d,]+ × Efficiëntie [\d,]+ %\) = [\d,]+ min\.: /,
    );
    await expect(dialog.getByTestId("why-setup").first()).toContainText(/^Insteltijd [\d,]+ min\.: /);
    await dialog.getByRole("button", { name: "Sluiten" }).click();
    await expect(dialog).toBeHidden();
  } finally {
    await page.getByLabel("Taal").selectOption("en");
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  }
});
