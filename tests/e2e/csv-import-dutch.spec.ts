import { expect, test } from "@playwright/test";
import { alerts, signIn } from "./support";

// Issue #21 item 3, as a Dutch admin: a ';'-separated file with decimals like 1.234,50 (what
// Dutch Excel saves) imports, a second file that names only the unit cost keeps the rest of
// the card, and a number that is not Dutch is refused in Dutch beside its row and column.

const ITEM = "E2E-NL-CSV";

test("a Dutch admin imports a semicolon file with decimal commas; a partial file keeps the other fields", async ({ page }) => {
  await signIn(page, "admin");
  await page.getByLabel("Language").selectOption("nl");
  await expect(page.getByRole("button", { name: "Afmelden" })).toBeVisible();

  const importText = async (text: string) => {
    await page.goto("/admin/import");
    await page.getByLabel("Importeren", { exact: true }).selectOption("items");
    await page.getByLabel("CSV-tekst").fill(text);
    await page.getByRole("button", { name: "Importeren", exact: true }).click();
  };

  await importText(`No.;Description;Base Unit of Measure;Unit Cost\n${ITEM};Zadel, leer;PCS;1.234,50\n`);
  await expect(page.getByTestId("import-done")).toHaveText("1 rij is geïmporteerd.");

  await importText(`No.;Unit Cost\n${ITEM};2,5\n`);
  await expect(page.getByTestId("import-done")).toHaveText("1 rij is geïmporteerd.");
  await page.goto(`/items?f_no=${ITEM}`);
  await expect(page.getByRole("row").filter({ hasText: ITEM })).toContainText("Zadel, leer");

  await importText(`No.;Unit Cost\n${ITEM};12.5\n`);
  await expect(alerts(page).first()).toContainText("Kostprijs moet een getal zijn.");

  await page.getByLabel("Taal").selectOption("en");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});
