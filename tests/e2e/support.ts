import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const PASSWORD = "Demo-2026!";
export type Role = "planner" | "supervisor" | "admin";

/** Signs in through the login form, as a user would. */
export async function signIn(page: Page, role: Role) {
  await page.goto("/login");
  await page.getByLabel(/^(Email|E-mail)$/).fill(`${role}@cronus.demo`);
  await page.getByLabel(/^(Password|Wachtwoord)$/).fill(PASSWORD);
  await page.getByRole("button", { name: /^(Sign in|Aanmelden)$/ }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
  // The language is remembered per user; tests start in English whatever an earlier test chose.
  if (await page.getByRole("button", { name: "Afmelden" }).isVisible()) {
    await page.getByLabel("Taal").selectOption("en");
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  }
}

/** Next's route announcer also has role=alert: only look at alerts with text of ours. */
export function alerts(page: Page) {
  return page.getByRole("alert").filter({ hasNotText: /^$/ }).and(page.locator(":not(next-route-announcer *)"));
}

/** axe-core on the page as it is now: serious and critical violations fail the test. */
export async function expectAccessible(page: Page, what: string) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    bad.map(
      (v) =>
        `${what}: ${v.id} (${v.impact}) ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    ),
  ).toEqual([]);
}

/** The order card's specs run on a 1440 px screen (the 13-column Lines table fits it). */
export const CARD_SCREEN = { viewport: { width: 1440, height: 900 } };

/** A card's FastTab, by its title. */
export const section = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

export type NewBicycleOrder = { quantity?: string; due?: string; location?: string; refresh?: boolean };

/**
 * Creates a Firm Planned order (the form's default) for bicycles (item 1000) through the form and
 * returns its No.; the order's card is open. `location` and `refresh` are left as the form has
 * them unless given.
 */
export async function createBicycleOrder(page: Page, { quantity = "2", due = "2027-03-19", location, refresh }: NewBicycleOrder = {}) {
  await page.goto("/production-orders/new");
  await page.getByLabel("Source Type").selectOption("ITEM");
  await page.getByRole("combobox", { name: /Source No\./ }).fill("1000");
  await page
    .getByRole("option", { name: /^1000 Bicycle/ })
    .first()
    .click();
  await page.getByLabel("Quantity").fill(quantity);
  await page.getByLabel("Due Date").fill(due);
  if (location) await page.getByLabel("Location Code").selectOption(location);
  if (refresh !== undefined) await page.getByLabel(/Refresh the order after creating it/).setChecked(refresh);
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByText(/Production order \S+ was created\./)).toBeVisible();
  return (await page.getByTestId("order-no").textContent())!.trim();
}
