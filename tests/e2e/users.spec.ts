import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible, signIn } from "./support";

// Issue #21 items 4–6 as users meet them: the admin creates a user on the Users page and that
// user signs in; disabled, the user is signed out and cannot sign in again; and `next` after a
// real sign-in never leaves the app.

const port = Number(process.env.E2E_PORT ?? 3100);

async function fillSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function newPage(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

test("an admin creates a user who then signs in; disabled, that user is signed out and cannot sign in", async ({ page, browser }) => {
  const email = `e2e-${Date.now().toString(36)}@cronus.demo`;
  const name = "Erin E2E";
  // GIVEN the admin on the Users page
  await signIn(page, "admin");
  await page.goto("/admin/users");
  await expectAccessible(page, "/admin/users");
  // WHEN they create a planner (by keyboard: fields in tab order, Enter submits)
  const card = page.getByRole("region", { name: "New User" });
  await card.getByLabel("Name").fill(name);
  await card.getByLabel("Email").fill(email);
  await card.getByLabel("Role").selectOption("planner");
  await card.getByLabel("Password").fill("Erin-2026!");
  await card.getByLabel("Password").press("Enter");
  await expect(card.getByText("User created.")).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row.getByTestId("user-state")).toHaveText("Enabled");

  // THEN that user signs in with the password the admin gave
  const erin = await newPage(browser);
  await erin.page.goto("/login");
  await fillSignIn(erin.page, email, "Erin-2026!");
  await expect(erin.page.getByTestId("current-user")).toContainText(name);

  // WHEN the admin disables them
  await row.getByRole("button", { name: `Disable ${name}` }).click();
  await expect(row.getByTestId("user-state")).toHaveText("Disabled");
  // THEN their open session has ended, and the right password no longer signs in
  await erin.page.goto("/items");
  await expect(erin.page).toHaveURL(/\/login/);
  await fillSignIn(erin.page, email, "Erin-2026!");
  await expect(erin.page.getByText("Your user is disabled. Ask an administrator to enable it.")).toBeVisible();
  await expect(erin.page).toHaveURL(/\/login/);
  await erin.context.close();
});

test("Change Password is reachable from the header and accessible", async ({ page }) => {
  await signIn(page, "supervisor");
  await page.getByRole("link", { name: "Change Password" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Change Password" })).toBeVisible();
  await expectAccessible(page, "/profile");
  // A wrong current password is refused beside its field
  await page.getByLabel("Current Password").fill("not-the-password");
  await page.getByLabel("New Password").fill("Changed-2026!");
  await page.getByLabel("Confirm Password").fill("Changed-2026!");
  // The FastTab's own toggle carries the section's caption too: the form's submit button is meant.
  await page.locator("#change-password-body").getByRole("button", { name: "Change Password" }).click();
  await expect(page.locator('[data-field-error="currentPassword"]')).toHaveText("The current password is not correct.");
});

test("after a real sign-in, a next with a backslash or a TAB stays on the app", async ({ browser }) => {
  for (const next of [`/\\127.0.0.1:${port}/x`, `/\t/127.0.0.1:${port}/x`]) {
    // GIVEN a login link whose next points, for a browser, at another host
    const { context, page } = await newPage(browser);
    await page.goto(`/login?next=${encodeURIComponent(next)}`);
    // WHEN the planner signs in
    await fillSignIn(page, "planner@cronus.demo", "Demo-2026!");
    await expect(page.getByTestId("current-user")).toBeVisible();
    // THEN the browser is still on the app's own origin, not on 127.0.0.1
    expect(new URL(page.url()).host).toBe(`localhost:${port}`);
    await context.close();
  }
});
