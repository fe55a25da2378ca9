import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./support";

// NS-1/NS-2 as an admin maintains number series: a new series with a line, a line's error shown
// beside its cell (nothing saved), lines added and removed in the grid, the Next No. the saved
// series hands out; and the card in Dutch.

const code = () => `E2E${Date.now().toString(36).toUpperCase()}`.slice(0, 20);

test("NS-2 an admin creates a series, sees a line's error beside its cell, and saves lines added and removed in the grid", async ({
  page,
}) => {
  const series = code();
  // GIVEN the admin on the No. Series list
  await signIn(page, "admin");
  await page.goto("/admin/number-series");
  await page.getByRole("link", { name: "New", exact: true }).click();
  await expect(page.getByRole("heading", { name: "New No. Series" })).toBeVisible();
  await expectAccessible(page, "/admin/number-series/new");

  // WHEN they enter a series whose line starts above its end
  await page.getByLabel("Code").fill(series);
  await page.getByLabel("Description").fill("E2E orders");
  await page.getByLabel("Line 1: Starting No.").fill("T0005");
  await page.getByLabel("Line 1: Ending No.").fill("T0001");
  await page.getByRole("button", { name: "Save" }).click();

  // THEN the error stands beside that cell and nothing is saved
  await expect(page.locator('[data-field-error="lines.0.endingNo"]')).toHaveText("Ending No. must not be lower than Starting No.");
  await expect(page.getByLabel("Line 1: Ending No.")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/admin\/number-series\/new$/);

  // WHEN they correct the end, add a second line and remove it again, and save
  await page.getByLabel("Line 1: Ending No.").fill("T9999");
  await page.getByRole("button", { name: "Add line" }).click();
  await expect(page.getByTestId("series-line")).toHaveCount(2);
  await page.getByRole("button", { name: "Remove line 2" }).click();
  await expect(page.getByTestId("series-line")).toHaveCount(1);
  await page.getByRole("button", { name: "Save" }).click();

  // THEN the card of the saved series opens; its next number is the line's first
  await expect(page).toHaveURL(new RegExp(`/admin/number-series/${series}\\?saved=1$`));
  await expect(page.getByTestId("next-no")).toHaveText("T0005");
  await expect(page.getByTestId("series-line")).toHaveCount(1);
  await expect(page.getByLabel("Line 1: Ending No.")).toHaveValue("T9999");

  // WHEN a second line is added with a Starting Date and saved
  await page.getByRole("button", { name: "Add line" }).click();
  await page.getByLabel("Line 2: Starting Date").fill("2027-01-01");
  await page.getByLabel("Line 2: Starting No.").fill("U0001");
  // (the card already says Saved from the first save: wait for this save's answer)
  const saved = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes(`/admin/number-series/${series}`));
  await page.getByRole("button", { name: "Save" }).click();
  expect((await saved).ok()).toBe(true);

  // THEN both lines are stored, and the list shows the series
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("series-line")).toHaveCount(2);
  await expect(page.getByLabel("Line 2: Starting No.")).toHaveValue("U0001");
  await page.goto("/admin/number-series");
  await expect(page.getByRole("row").filter({ hasText: series })).toContainText("E2E orders");
});

test("NS-2 in Dutch: the series card and a line's error in Business Central's Dutch", async ({ page }) => {
  await signIn(page, "admin");
  await page.getByLabel("Language").selectOption("nl");
  await expect(page.getByRole("button", { name: "Afmelden" })).toBeVisible();
  await page.goto("/admin/number-series/new");
  await expect(page.getByRole("heading", { name: "Nieuwe nummerreeks" })).toBeVisible();
  await page.getByLabel("Code").fill(code());
  await page.getByLabel("Regel 1: Startnr.").fill("N0009");
  await page.getByLabel("Regel 1: Eindnr.").fill("N0001");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.locator('[data-field-error="lines.0.endingNo"]')).toHaveText("Eindnr. mag niet lager zijn dan Startnr.");
  await expect(page.getByRole("button", { name: "Regel toevoegen" })).toBeVisible();
  await page.getByLabel("Taal").selectOption("en");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});
