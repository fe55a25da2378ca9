import { expect, test } from "@playwright/test";
import { signIn } from "./support";

// X-1 as a user meets it: each role signs in, sees what it may see and is refused the rest.

test("a visitor without a session is sent to the sign-in page", async ({ page }) => {
  // GIVEN no session WHEN opening a page of the app THEN the sign-in form is shown
  await page.goto("/items");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

test("a wrong password is refused with a message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("planner@cronus.demo");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("The email or password is not correct.")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("X-1 planner browses orders and master data but not administration", async ({ page }) => {
  await signIn(page, "planner");
  await expect(page.getByTestId("current-user")).toContainText("Planner");
  await expect(page.getByRole("heading", { name: "Production Planner", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Items" }).click();
  await expect(page.getByRole("heading", { name: "Items" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Bicycle", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "No. Series" })).toHaveCount(0);
  // Typing the address is no way around it.
  await page.goto("/admin/number-series");
  await expect(page.getByText("You do not have permission to see this page.")).toBeVisible();
  await page.goto("/admin/users");
  await expect(page.getByText("You do not have permission to see this page.")).toBeVisible();
});

test("X-1 supervisor sees production orders but not administration", async ({ page }) => {
  await signIn(page, "supervisor");
  await expect(page.getByTestId("current-user")).toContainText("Supervisor");
  await page.getByRole("link", { name: "Released Prod. Orders", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Released Prod. Orders" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
  await page.goto("/admin/manufacturing-setup");
  await expect(page.getByText("You do not have permission to see this page.")).toBeVisible();
});

test("X-1 admin reaches administration and the user list", async ({ page }) => {
  await signIn(page, "admin");
  await page.getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  await expect(page.getByText("planner@cronus.demo")).toBeVisible();
  await page.getByRole("link", { name: "No. Series" }).click();
  await expect(page.getByRole("cell", { name: "FPL-PROD" })).toBeVisible();
});

test("sign out ends the session", async ({ page }) => {
  await signIn(page, "planner");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/items");
  await expect(page).toHaveURL(/\/login/);
});

test("the language switch shows Dutch captions and is remembered per user", async ({ page, browser }) => {
  await signIn(page, "supervisor");
  await page.getByLabel("Language").selectOption("nl");
  await expect(page.getByRole("link", { name: "Vast geplande productieorders", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Afmelden" }).click();
  // A new browser (no cookie) gets Dutch after signing in as the same user.
  const other = await browser.newContext();
  const p2 = await other.newPage();
  await p2.goto("/login");
  await p2.getByLabel("Email").fill("supervisor@cronus.demo");
  await p2.getByLabel("Password").fill("Demo-2026!");
  await p2.getByRole("button", { name: "Sign in" }).click();
  await expect(p2.getByRole("link", { name: "Vrijgegeven productieorders", exact: true })).toBeVisible();
  await p2.getByLabel("Taal").selectOption("en");
  await expect(p2.getByRole("link", { name: "Released Prod. Orders", exact: true })).toBeVisible();
  await other.close();
});
