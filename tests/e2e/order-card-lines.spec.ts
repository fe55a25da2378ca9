import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import type { BomTree } from "../factories/bom-tree";
import { expectAccessible, signIn } from "./support";

// The order card of a large order, as a planner reads it: the lines a page at a time, and the
// components and routing of the line picked in Lines (the first line until one is picked).
// The master data (a make-to-order tree: 57 lines, 399 components) is written straight into the
// e2e database; the order itself is created and refreshed through the form.

let tree: BomTree;

test.beforeAll(() => {
  const url = `postgresql://postgres:postgres@127.0.0.1:${Number(process.env.E2E_PG_PORT ?? 54331)}/app`;
  const options = { levels: 3, fanOut: 7, prefix: `CARD${Date.now().toString(36).slice(-4).toUpperCase()}` };
  const out = execFileSync("npx", ["tsx", "tests/e2e/make-bom-tree.mts", url, JSON.stringify(options)], { encoding: "utf8" });
  tree = JSON.parse(out.trim().split("\n").pop()!) as BomTree;
});

const section = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

test("a large order's card pages its lines and shows the components and routing of the line picked", async ({ page }) => {
  await signIn(page, "planner");
  await page.goto("/production-orders/new");
  await page.getByLabel("Source Type").selectOption("ITEM");
  await page.getByRole("combobox", { name: /Source No\./ }).fill(tree.topItemNo);
  await page
    .getByRole("option", { name: new RegExp(`^${tree.topItemNo} `) })
    .first()
    .click();
  await page.getByLabel("Quantity").fill("2");
  await page.getByLabel("Due Date").fill("2027-06-15");
  await expect(page.getByLabel(/Refresh the order after creating it/)).toBeChecked();
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByText(/Production order \S+ was created\./)).toBeVisible();

  // Lines: the first 50 of 57, the first one highlighted and detailed below.
  const lines = section(page, "Lines");
  await expect(lines.getByRole("navigation", { name: "Lines: pages" })).toContainText("1–50 of 57");
  await expect(lines.getByRole("row")).toHaveCount(51); // header + 50
  await expect(lines.locator('tr[aria-current="true"]')).toContainText(tree.topItemNo);
  const components = section(page, "Components");
  await expect(components.getByTestId("detail-line")).toHaveText(`Line 10000 · ${tree.topItemNo} Generated item ${tree.topItemNo}`);
  await expect(components.getByRole("row")).toHaveCount(8); // header + the top BOM's 7 lines
  for (let i = 0; i < 7; i++) await expect(components.getByRole("cell", { name: `${tree.prefix}-1-${i}`, exact: true })).toBeVisible();
  await expect(section(page, "Routing").getByRole("row")).toHaveCount(4); // header + 3 operations

  // Next page of lines, then pick its last line: a level-2 subassembly with 7 purchased parts.
  await lines.getByRole("link", { name: "Next" }).click();
  await expect(lines.getByRole("navigation", { name: "Lines: pages" })).toContainText("51–57 of 57");
  await expect(lines.getByRole("row")).toHaveCount(8);
  await lines.getByRole("link", { name: "Show the components and routing of line 570000" }).click();
  await expect(components.getByTestId("detail-line")).toContainText("Line 570000 ·");
  await expect(lines.locator('tr[aria-current="true"]')).toContainText("570000");
  const item = (await lines.locator('tr[aria-current="true"] td').nth(1).textContent())!.trim();
  const leafBase = Number(item.split("-").pop()) * 7;
  await expect(components.getByRole("row")).toHaveCount(8);
  await expect(components.getByRole("cell", { name: `${tree.prefix}-3-${leafBase}`, exact: true })).toBeVisible();
  await expect(components.getByRole("cell", { name: `${tree.prefix}-3-${leafBase + 6}`, exact: true })).toBeVisible();
  await expect(section(page, "Routing")).toContainText("Line 570000 has no routing lines.");
  await expectAccessible(page, "order card, second page of lines, a line picked");
  // The pick is in the URL: reloading (or sharing the link) shows the same line.
  await page.reload();
  await expect(components.getByTestId("detail-line")).toContainText("Line 570000 ·");
});
