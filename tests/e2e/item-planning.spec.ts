import { expect, test } from "@playwright/test";
import { signIn } from "./support";

// PL-1 (issue 25), as a Dutch admin: the item card's Planning FastTab with BC's Dutch captions;
// a Maximum Inventory that does not exceed the Reorder Point is refused beside its field.

test("a Dutch admin edits the Back Wheel's planning parameters and sees a Maximum Qty. mistake refused beside the field", async ({
  page,
}) => {
  await signIn(page, "admin");
  await page.getByLabel("Language").selectOption("nl");
  await expect(page.getByRole("button", { name: "Afmelden" })).toBeVisible();

  // GIVEN the Back Wheel: Maximum aantal, Bestelpunt 10, Maximale voorraad 40 (demo company)
  await page.goto("/items/1200/edit");
  await expect(page.getByLabel("Bestelbeleid", { exact: true })).toHaveValue("MAXIMUM_QTY");
  await expect(page.getByLabel("Bestelpunt", { exact: true })).toHaveValue("10");

  // WHEN the Maximum Inventory is set to the Reorder Point and saved
  await page.getByLabel("Maximale voorraad", { exact: true }).fill("10");
  await page.getByRole("button", { name: "Opslaan" }).click();
  // THEN it is refused beside the field, in Dutch
  await expect(page.locator('[data-field-error="maximumInventory"]')).toHaveText(
    "Maximale voorraad moet groter zijn dan Bestelpunt (10) als Bestelbeleid Maximum aantal is.",
  );
  await expect(page.getByLabel("Maximale voorraad", { exact: true })).toHaveAttribute("aria-invalid", "true");

  // WHEN corrected THEN the card's Planning FastTab shows it
  await page.getByLabel("Maximale voorraad", { exact: true }).fill("45");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("heading", { name: "Artikelkaart · 1200" })).toBeVisible();
  const planning = page.locator('[data-fasttab="planning"]');
  await expect(planning).toContainText("Maximum aantal");
  await expect(planning).toContainText("45");

  // The demo company as it was: Maximale voorraad 40
  await page.goto("/items/1200/edit");
  await page.getByLabel("Maximale voorraad", { exact: true }).fill("40");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("heading", { name: "Artikelkaart · 1200" })).toBeVisible();
  await page.getByLabel("Taal").selectOption("en");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});
