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
