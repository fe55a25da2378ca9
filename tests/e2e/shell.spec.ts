import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn } from "./support";

// The shell (issue 24): Role Centers whose cues match their lists, the keyboard (Shift+?,
// Alt+N, focus after navigation), phones and tablets (no page scrolls sideways), tab titles,
// lists (select all, filters in the URL), dates in the user's format, prefetch on intent only.

/** The row count a list shows under its table ("12 records", "1 record", "No records"). */
async function listCount(page: Page) {
  const text = (await page.getByRole("navigation", { name: "Pagination" }).locator("span").first().textContent()) ?? "";
  return /^No records/.test(text) ? 0 : Number(text.replace(/[^\d]/g, ""));
}

for (const role of ["planner", "supervisor", "admin"] as const) {
  test(`the ${role}'s Role Center: every cue's count is the row count of the list it opens`, async ({ page }) => {
    test.slow();
    await signIn(page, role);
    await page.goto("/");
    const cues = page.locator("[data-cue]");
    const n = await cues.count();
    expect(n).toBeGreaterThan(1);
    const expected: { href: string; count: number }[] = [];
    for (let i = 0; i < n; i++) {
      expected.push({
        href: (await cues.nth(i).getAttribute("href"))!,
        count: Number(await cues.nth(i).locator("[data-cue-count]").textContent()),
      });
    }
    await expectAccessible(page, `${role} Role Center`);
    for (const cue of expected) {
      await page.goto(cue.href);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect({ href: cue.href, count: await listCount(page) }).toEqual(cue);
    }
  });
}

test("a planner's cue opens its list by keyboard, with the cue's filter shown in the filter bar and kept in the URL", async ({ page }) => {
  await signIn(page, "planner");
  await page.goto("/");
  const cue = page.locator('[data-cue="endingAfterDue"]');
  await cue.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/production-orders\/firm-planned\?f_endsAfterDue=yes$/);
  await expect(page.getByLabel("Ending after Due Date")).toHaveValue("yes");
});

const mainPages = [
  "/",
  "/production-orders/simulated",
  "/production-orders/planned",
  "/production-orders/firm-planned",
  "/production-orders/released",
  "/production-orders/finished",
  "/production-orders/firm-planned/101002",
  "/production-orders/new",
  "/items",
  "/items/1000",
  "/production-boms",
  "/production-boms/1000",
  "/routings",
  "/routings/1000",
  "/work-centers",
  "/work-centers/100",
  "/machine-centers",
  "/families",
  "/sales-orders",
  "/sales-orders/order/SO-1001",
  "/locations",
  "/shop-calendars",
  "/admin/number-series",
  "/admin/number-series/FPL-PROD",
  "/admin/manufacturing-setup",
  "/admin/users",
  "/admin/import",
  "/profile",
];

for (const width of [390, 768]) {
  test(`at ${width} px no main page scrolls sideways (document width ≤ viewport width)`, async ({ page }) => {
    test.slow();
    await signIn(page, "admin");
    await page.setViewportSize({ width, height: 844 });
    const wide: string[] = [];
    for (const path of mainPages) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const { doc, view } = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, view: window.innerWidth }));
      if (doc > view) wide.push(`${path}: ${doc} > ${view}`);
    }
    expect(wide).toEqual([]);
  });
}

test("at 390 px the navigation is behind a menu button; it opens, closes on Escape and gives focus back", async ({ page }) => {
  await signIn(page, "planner");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/production-orders/firm-planned");
  const nav = page.getByRole("navigation", { name: "Main" });
  const menu = page.getByRole("button", { name: "Menu", exact: true });
  await expect(nav).toBeHidden();
  await menu.click();
  await expect(nav).toBeVisible();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expectAccessible(page, "open navigation at 390 px");
  await page.keyboard.press("Escape");
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();
  await menu.click();
  await nav.getByRole("link", { name: "Items" }).click();
  await expect(page.getByRole("heading", { name: "Items", level: 1 })).toBeVisible();
  await expect(nav).toBeHidden();
});

test("Shift+? lists the shortcuts (Alt+Q Tell Me, Alt+N New); Escape closes it", async ({ page }) => {
  await signIn(page, "planner");
  await page.goto("/production-orders/firm-planned");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  // Pressed again until hydrated: a key before hydration reaches no handler.
  await expect(async () => {
    await page.keyboard.press("Shift+?");
    await expect(dialog).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await expect(dialog.getByRole("row", { name: /Alt\+Q.*Tell me what you want to do/ })).toBeVisible();
  await expect(dialog.getByRole("row", { name: /Alt\+N.*New/ })).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
  await expectAccessible(page, "shortcut list");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("Alt+N on a list opens New and focus lands in the new card's first field", async ({ page }) => {
  await signIn(page, "planner");
  await page.goto("/production-orders/firm-planned");
  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press("Alt+N");
  await expect(page).toHaveURL(/\/production-orders\/new/);
  await expect(page.locator("main form").locator("input:not([type=hidden]), select").first()).toBeFocused();
});

test("the order card's tab title names the page and the record", async ({ page }) => {
  await signIn(page, "planner");
  await page.goto("/production-orders/firm-planned/101002");
  const description = (await page.locator("h1 + p").textContent())!.trim();
  await expect(page).toHaveTitle(`Firm Planned Prod. Order 101002 · ${description}`);
});

test("select all ticks every row of the page, and a filter on a shown column is kept in the URL", async ({ page }) => {
  await signIn(page, "supervisor");
  await page.goto("/production-orders/firm-planned");
  await page.getByLabel("Select all on this page").check();
  const rows = page.locator("input[data-row-select]");
  expect(await rows.count()).toBeGreaterThan(0);
  for (const box of await rows.all()) await expect(box).toBeChecked();
  await page.getByRole("search").getByLabel("Description").fill("zzz-nothing");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/f_description=zzz-nothing/);
  await expect(page.getByText("There is nothing to show in this view.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("search").getByLabel("Description")).toHaveValue("zzz-nothing");
});

test("in Dutch a date field shows and reads dd-mm-jjjj whatever the browser's language", async ({ page }) => {
  await signIn(page, "planner");
  await page.getByLabel("Language").selectOption("nl");
  await expect(page.getByRole("button", { name: "Afmelden" })).toBeVisible();
  await page.goto("/production-orders/firm-planned");
  const from = page.getByRole("search").getByLabel("Vervaldatum vanaf");
  await expect(from).toHaveAttribute("placeholder", "dd-mm-jjjj");
  await from.fill("5-1-2027");
  await page.getByRole("button", { name: "Filter", exact: true }).click();
  await expect(page).toHaveURL(/f_dueFrom=2027-01-05/);
  await expect(page.getByRole("search").getByLabel("Vervaldatum vanaf")).toHaveValue("05-01-2027");
  await page.getByLabel("Taal").selectOption("en");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});

test("a page view prefetches no other page; pointing at a link prefetches that one", async ({ page }) => {
  await signIn(page, "planner");
  const prefetches: string[] = [];
  page.on("request", (r) => {
    if (r.headers()["next-router-prefetch"]) prefetches.push(new URL(r.url()).pathname);
  });
  await page.goto("/production-orders/firm-planned");
  // Hydrated (the shortcut list opens): Next would have prefetched the visible links by now. A key
  // pressed before hydration reaches no handler, so it is pressed again until the list opens.
  await expect(async () => {
    await page.keyboard.press("Shift+?");
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await page.keyboard.press("Escape");
  const hovered = page.waitForRequest((r) => !!r.headers()["next-router-prefetch"] && new URL(r.url()).pathname === "/items");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Items" }).hover();
  await hovered;
  // The 18 sidebar links, the list's rows, sort and page links: none fetched but the one pointed at.
  expect([...new Set(prefetches)]).toEqual(["/items"]);
});
