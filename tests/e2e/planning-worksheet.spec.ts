import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

// Issue 25 as a planner's morning on the demo company: calculate the plan, look at why a line is
// proposed, accept everything, carry it out into Firm Planned orders and find them in their list.
// Each test plans one item only (the dialog's item filter), so the demo orders other specs read
// stay as they are.

type Words = {
  nav: string;
  calculate: string;
  itemFilter: RegExp;
  calculated: RegExp;
  close: string;
  why: string;
  explainHeading: RegExp;
  covers: string;
  acceptAll: string;
  accept: string;
  carryOut: string;
  carriedOut: RegExp;
  newOrder: RegExp;
  firmPlannedList: string;
};

async function planningMorning(page: Page, w: Words, item: string) {
  // GIVEN the Planning Worksheet, reached from the navigation
  await page.getByRole("link", { name: w.nav, exact: true }).click();
  await expect(page.getByRole("heading", { name: w.nav })).toBeVisible();

  // WHEN the planner calculates a regenerative plan for one item
  await page.getByRole("button", { name: w.calculate }).click();
  const calc = page.getByRole("dialog", { name: w.calculate });
  await calc.getByRole("textbox", { name: w.itemFilter }).fill(item);
  await calc.getByRole("button", { name: "OK", exact: true }).click();
  // THEN progress ends in the number of lines calculated, and the lines are listed
  await expect(calc.getByRole("status")).toHaveText(w.calculated, { timeout: 30_000 });
  await calc.getByRole("button", { name: w.close }).click();
  const table = page.getByRole("table", { name: w.nav });
  await expect(table.getByRole("cell", { name: item, exact: true }).first()).toBeVisible();

  // … a line explains what it covers and why
  await table
    .getByRole("link", { name: new RegExp(`^${w.why.replace("?", "\\?")} \\d+$`) })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: w.explainHeading })).toBeVisible();
  await expect(page.getByRole("heading", { name: w.covers, exact: true })).toBeVisible();
  await page.goBack();

  // WHEN every line is accepted
  await page.getByRole("button", { name: w.acceptAll }).click();
  await expect(table.getByRole("checkbox", { name: new RegExp(`^${w.accept} \\d+$`) }).first()).toBeChecked();
  for (const box of await table.getByRole("checkbox", { name: new RegExp(`^${w.accept} \\d+$`) }).all()) await expect(box).toBeChecked();

  // … and carried out as Firm Planned orders (the default)
  await page.getByRole("button", { name: w.carryOut }).click();
  const carry = page.getByRole("dialog", { name: w.carryOut });
  await carry.getByRole("button", { name: "OK", exact: true }).click();
  await expect(carry.getByRole("status")).toHaveText(w.carriedOut, { timeout: 60_000 });
  const results = await carry.getByRole("listitem").allTextContents();
  const numbers = results.map((r) => w.newOrder.exec(r)?.[1]).filter((n): n is string => !!n);
  expect(numbers.length).toBeGreaterThan(0);
  await carry.getByRole("button", { name: w.close }).click();
  // … the carried-out lines left the worksheet
  await expect(table.getByRole("cell", { name: item, exact: true })).toHaveCount(0);

  // THEN the new orders are in the Firm Planned list
  await page.getByRole("link", { name: w.firmPlannedList, exact: true }).click();
  await expect(page.getByRole("heading", { name: w.firmPlannedList })).toBeVisible();
  await page.getByRole("textbox", { name: w === EN ? "No." : "Nr.", exact: true }).fill(numbers[0]);
  await page.getByRole("button", { name: "Filter", exact: true }).click();
  await expect(page.getByRole("link", { name: numbers[0], exact: true })).toBeVisible();
}

const EN: Words = {
  nav: "Planning Worksheet",
  calculate: "Calculate Regenerative Plan",
  itemFilter: /^Item Filter/,
  calculated: /^\d+ lines? calculated\.$/,
  close: "Close",
  why: "Why?",
  explainHeading: /^What line \d+ covers and why$/,
  covers: "Covers",
  acceptAll: "Accept All",
  accept: "Accept Action Message",
  carryOut: "Carry Out Action Message",
  carriedOut: /^\d+ lines? carried out, 0 refused\.$/,
  newOrder: /: New (\S+)$/,
  firmPlannedList: "Firm Planned Prod. Orders",
};

const NL: Words = {
  nav: "Planningsvoorstel",
  calculate: "Regeneratieve planning berekenen",
  itemFilter: /^Artikelfilter/,
  calculated: /^\d+ regels? berekend\.$/,
  close: "Sluiten",
  why: "Waarom?",
  explainHeading: /^Wat regel \d+ dekt en waarom$/,
  covers: "Dekt",
  acceptAll: "Alles accepteren",
  accept: "Actiebericht accepteren",
  carryOut: "Actiebericht uitvoeren",
  carriedOut: /^\d+ regels? uitgevoerd, 0 geweigerd\.$/,
  newOrder: /: Nieuw (\S+)$/,
  firmPlannedList: "Vast geplande productieorders",
};

test("PL-E2E a planner calculates, reads a line's explanation, accepts all and carries out into Firm Planned orders", async ({ page }) => {
  await signIn(page, "planner");
  await planningMorning(page, EN, "1300");
});

test("PL-E2E in Dutch: Planningsvoorstel, Regeneratieve planning berekenen, Actiebericht uitvoeren", async ({ page }) => {
  await signIn(page, "planner");
  await page.getByLabel("Language").selectOption("nl");
  await expect(page.getByRole("button", { name: "Afmelden" })).toBeVisible();
  await planningMorning(page, NL, "1200");
});
