import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn } from "./support";

// Issue 24, Tell Me: the seed procedure's step 1 ("Choose the Tell Me icon, enter Firm Planned
// Prod. Orders, and choose the related link") in English, in Dutch and by keyboard only.

// The dialog's combobox by its name (the language switch and list filters are comboboxes too).
const combobox = (page: Page) => page.getByRole("combobox", { name: /^(Tell me what you want to do|Vertel me wat u wilt doen)$/ });
const activeOption = (page: Page) => page.getByRole("listbox").getByRole("option", { selected: true });

test('TELLME-E2E-1 step 1 in English: the Tell Me icon, "Firm Planned Prod. Orders", Enter opens the list', async ({ page }) => {
  // GIVEN a planner on another page
  await signIn(page, "planner");
  await page.goto("/items");
  // WHEN they choose the Tell Me icon, type the caption and press Enter
  await page.getByRole("button", { name: "Tell me what you want to do" }).click();
  await combobox(page).fill("Firm Planned Prod. Orders");
  await expect(page.getByRole("option").first()).toHaveText(/Firm Planned Prod\. Orders/);
  await combobox(page).press("Enter");
  // THEN the Firm Planned list opens
  await expect(page).toHaveURL(/\/production-orders\/firm-planned$/);
  await expect(page.getByRole("heading", { name: "Firm Planned Prod. Orders" })).toBeVisible();
});

test('TELLME-E2E-2 step 1 in Dutch: het Vertel me-pictogram, "Vast geplande productieorders", Enter opent de lijst', async ({ page }) => {
  // GIVEN a planner who works in Dutch
  await signIn(page, "planner");
  await page.getByLabel("Language").selectOption("nl");
  await expect(page.getByRole("button", { name: "Afmelden" })).toBeVisible();
  // WHEN they choose the icon, type the Dutch caption and press Enter (before the answer came)
  await page.getByRole("button", { name: "Vertel me wat u wilt doen" }).click();
  await combobox(page).fill("Vast geplande productieorders");
  await combobox(page).press("Enter");
  // THEN the Firm Planned list opens, in Dutch
  await expect(page).toHaveURL(/\/production-orders\/firm-planned$/);
  await expect(page.getByRole("heading", { name: "Vast geplande productieorders" })).toBeVisible();
  await page.getByLabel("Taal").selectOption("en");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});

test("TELLME-E2E-3 by keyboard only: Alt+Q, arrows, Escape closes, Enter opens", async ({ page }) => {
  // GIVEN a planner on the start page
  await signIn(page, "planner");
  await page.goto("/items");
  // WHEN Alt+Q is pressed THEN Tell Me opens with the focus in its search field (pressed again
  // until hydrated: a key pressed before hydration reaches no handler)
  await expect(async () => {
    await page.keyboard.press("Alt+KeyQ");
    await expect(combobox(page)).toBeFocused({ timeout: 2_000 });
  }).toPass();
  // … typing shows results; the arrows move the active option (aria-activedescendant)
  await page.keyboard.type("prod. orders");
  await expect(page.getByRole("option").nth(1)).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /results?$/ })).toHaveText(/\d+ results?/);
  const firstId = await combobox(page).getAttribute("aria-activedescendant");
  await page.keyboard.press("ArrowDown");
  await expect(combobox(page)).not.toHaveAttribute("aria-activedescendant", firstId!);
  await expect(activeOption(page)).toHaveCount(1);
  // … Escape closes it
  await page.keyboard.press("Escape");
  await expect(combobox(page)).toBeHidden();
  // WHEN opened again, the caption typed and Enter pressed
  await page.keyboard.press("Alt+KeyQ");
  await expect(combobox(page)).toBeFocused();
  await page.keyboard.type("Firm Planned Prod. Orders");
  await expect(activeOption(page)).toHaveText(/Firm Planned Prod\. Orders/);
  await page.keyboard.press("Enter");
  // THEN the list opens
  await expect(page).toHaveURL(/\/production-orders\/firm-planned$/);
});

test("TELLME-E2E-4 a planner is not offered admin pages; the dialog with results is accessible", async ({ page }) => {
  // GIVEN a planner with Tell Me open
  await signIn(page, "planner");
  await page.getByRole("button", { name: "Tell me what you want to do" }).click();
  // WHEN they type an admin page's caption
  await combobox(page).fill("No. Series");
  await expect(page.getByRole("status").filter({ hasText: /result|Nothing/ })).toBeVisible();
  // THEN it is not offered
  await expect(page.getByRole("option", { name: /No\. Series/ })).toHaveCount(0);
  // … and with results (pages and company data) the dialog passes axe
  await combobox(page).fill("1000");
  await expect(page.getByRole("option").first()).toBeVisible();
  await expectAccessible(page, "Tell Me dialog");
});
