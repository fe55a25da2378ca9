import "../../support/next-mocks";
import { afterEach, describe, expect, it } from "vitest";
import { recordTellMeRecentAction, searchTellMeAction } from "@/lib/actions/tell-me";
import type { TellMeGroup } from "@/lib/data/tell-me/search";
import { db } from "@/lib/db";
import { KEEP_RECENTS } from "@/lib/services/tell-me/record-recent";
import { makeItem, uniqueCode } from "../../factories";
import { insertBulkOrders } from "../../factories/bulk-orders";
import { setLocale } from "../../support/locale";
import { signInAs, signOut } from "../../support/session";

// Issue 24, Tell Me's search as a public endpoint on the demo company's real rows: pages,
// actions and company data the caller's role may open, ranked and grouped.

async function search(query: string, path = "/production-orders/firm-planned") {
  const r = await searchTellMeAction({ query, path });
  if (!r.ok) throw new Error(`search refused: ${r.message}`);
  return r.data;
}
const hrefs = (groups: TellMeGroup[]) => groups.flatMap((g) => g.items.map((i) => i.href));
const first = (groups: TellMeGroup[]) => groups[0]?.items[0];

afterEach(async () => {
  await setLocale("en");
  signOut();
});

describe("TELLME-1 the seed's step 1: typing the list's caption puts that list first", () => {
  it('GIVEN a planner in English WHEN they type "Firm Planned Prod. Orders" THEN the first result opens the Firm Planned list', async () => {
    // GIVEN a signed-in planner  WHEN searching the caption
    await signInAs("planner");
    const groups = await search("Firm Planned Prod. Orders");
    // THEN the Firm Planned Prod. Orders page leads, as an exact match
    expect(first(groups)).toMatchObject({ href: "/production-orders/firm-planned", label: "Firm Planned Prod. Orders", tier: 0 });
  });

  it('GIVEN a planner in Dutch WHEN they type "Vast geplande productieorders" THEN the first result opens the same list, captioned in Dutch', async () => {
    // GIVEN a planner who chose Dutch  WHEN searching the Dutch caption
    await signInAs("planner");
    await setLocale("nl");
    const groups = await search("Vast geplande productieorders");
    // THEN the same list leads, with its Dutch caption
    expect(first(groups)).toMatchObject({ href: "/production-orders/firm-planned", label: "Vast geplande productieorders", tier: 0 });
  });

  it("GIVEN a Dutch planner WHEN they type extra terms (English, Dutch) or a typo THEN the page is found", async () => {
    await signInAs("planner");
    await setLocale("nl");
    expect(hrefs(await search("stuklijst"))).toContain("/production-boms");
    expect(hrefs(await search("BOM"))).toContain("/production-boms");
    expect(hrefs(await search("firm planned"))).toContain("/production-orders/firm-planned");
    expect(hrefs(await search("vast gepalnde"))).toContain("/production-orders/firm-planned");
  });
});

describe("TELLME-2 a role is never offered what it may not open (checked on the server)", () => {
  it("GIVEN a planner WHEN they search admin pages' captions and terms or supervisor actions on an order card THEN none comes back", async () => {
    // GIVEN a planner on an order card
    await signInAs("planner");
    const card = "/production-orders/firm-planned/101004";
    // WHEN searching for admin pages and supervisor actions
    const found = [
      ...hrefs(await search("No. Series", card)),
      ...hrefs(await search("users", card)),
      ...hrefs(await search("Manufacturing Setup", card)),
      ...hrefs(await search("import", card)),
      ...hrefs(await search("nummerreeks", card)),
    ];
    const actions = [...(await search("refresh", card)), ...(await search("replan", card)), ...(await search("change status", card))]
      .filter((g) => g.kind === "actions")
      .flatMap((g) => g.items);
    // THEN no admin page, and no Refresh / Replan / Change Status
    expect(found.filter((h) => h.startsWith("/admin"))).toEqual([]);
    expect(actions.filter((a) => a.command)).toEqual([]);
    // … while the planner's own action is offered
    expect(hrefs(await search("new firm planned"))).toContain("/production-orders/new?status=FIRM_PLANNED");
  });

  it('GIVEN a supervisor on an order card WHEN they search "refresh" THEN Refresh is offered for that order; not on a list', async () => {
    await signInAs("supervisor");
    const onCard = (await search("refresh", "/production-orders/firm-planned/101004")).find((g) => g.kind === "actions")?.items ?? [];
    expect(onCard).toContainEqual(expect.objectContaining({ command: "refresh", detail: "101004" }));
    const onList = (await search("refresh", "/production-orders/firm-planned")).find((g) => g.kind === "actions")?.items ?? [];
    expect(onList.filter((a) => a.command)).toEqual([]);
  });

  it('GIVEN an admin WHEN they search "No. Series" THEN the admin page is offered', async () => {
    await signInAs("admin");
    expect(first(await search("No. Series"))).toMatchObject({ href: "/admin/number-series" });
  });

  it("GIVEN no session WHEN the search is called THEN it is refused and returns nothing", async () => {
    signOut();
    const r = await searchTellMeAction({ query: "Firm", path: "/" });
    expect(r).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect("data" in r).toBe(false);
  });
});

describe("TELLME-3 company data by No. and description, grouped by type, each opening its card", () => {
  it("GIVEN the demo company WHEN a planner types an item's No. THEN the item (exact) and the records sharing the No. come, each with its card's address", async () => {
    await signInAs("planner");
    const groups = await search("1000");
    const byKind = Object.fromEntries(groups.map((g) => [g.kind, g.items]));
    expect(byKind.item?.[0]).toMatchObject({ href: "/items/1000", label: "1000", tier: 0 });
    expect(byKind.productionBom?.[0]).toMatchObject({ href: "/production-boms/1000", tier: 0 });
    expect(byKind.routing?.[0]).toMatchObject({ href: "/routings/1000", tier: 0 });
  });

  it("GIVEN orders of several statuses WHEN searched by description prefix, contains and with a typo THEN found in that order of tiers", async () => {
    // GIVEN a unique word in the descriptions of 3 Released orders and an item
    await signInAs("planner");
    const word = uniqueCode("Zq")
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "");
    const item = await makeItem(db, { description: `Sprocket ${word}` });
    await insertBulkOrders(db, { status: "RELEASED", prefix: uniqueCode("TM", 10), count: 3 });
    await db.$executeRaw`UPDATE "ProductionOrder" SET description = ${`${word} gearbox`} WHERE description LIKE 'Bulk order %' AND status = 'RELEASED'`;
    // WHEN searching the word (prefix of the orders, inside the item's description)
    const groups = await search(word);
    const orders = groups.find((g) => g.kind === "productionOrder")!.items;
    // THEN the orders come as prefix matches, with their status, and open their Released card
    expect(orders.length).toBe(3);
    for (const o of orders) {
      expect(o.tier).toBe(1);
      expect(o.href).toMatch(/^\/production-orders\/released\//);
      expect(o.detail).toBe(`Released · ${word} gearbox`);
    }
    expect(groups.find((g) => g.kind === "item")!.items).toEqual([expect.objectContaining({ href: `/items/${item.no}`, tier: 2 })]);
    // … and a typo in "gearbox" still finds them (fuzzy)
    const typo = (await search(`${word} geatbox`)).find((g) => g.kind === "productionOrder")?.items ?? [];
    expect(typo.length).toBe(3);
  });

  it("GIVEN LIKE wildcards typed WHEN searched THEN they are taken literally", async () => {
    await signInAs("planner");
    expect((await search("%")).filter((g) => !["pages", "actions"].includes(g.kind))).toEqual([]);
    expect((await search("_")).filter((g) => !["pages", "actions"].includes(g.kind))).toEqual([]);
  });
});

describe("TELLME-5 hostile input is refused or cut, never a failure", () => {
  it.each([
    ["a number", { query: 42, path: "/" }],
    ["an object", { query: { $ne: 1 }, path: "/" }],
    ["600 characters", { query: "x".repeat(600), path: "/" }],
    ["nothing", null],
  ])("GIVEN %s as the query WHEN searched THEN a validation answer", async (_, input) => {
    await signInAs("planner");
    expect(await searchTellMeAction(input)).toMatchObject({ ok: false, code: "VALIDATION" });
  });

  it("GIVEN 100 characters and a path that is not one WHEN searched THEN the first 50 are searched on no card", async () => {
    await signInAs("supervisor");
    const r = await searchTellMeAction({ query: `refresh${" ".repeat(43)}${"z".repeat(50)}`, path: "javascript:alert(1)" });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.data.flatMap((g) => g.items).filter((i) => i.command)).toEqual([]);
  });
});

describe("TELLME-4 recently opened destinations come first for that user", () => {
  it('GIVEN a planner opened Finished then Released WHEN they type "prod. orders" THEN Released leads, then Finished; another user keeps the plain order', async () => {
    // GIVEN two destinations opened by the planner
    await signInAs("planner");
    await recordTellMeRecentAction({ href: "/production-orders/finished" });
    await recordTellMeRecentAction({ href: "/production-orders/released" });
    // WHEN searching something all order lists contain
    const pages = (await search("prod. orders")).find((g) => g.kind === "pages")!.items.map((i) => i.href);
    // THEN the recents first, latest first
    expect(pages.slice(0, 2)).toEqual(["/production-orders/released", "/production-orders/finished"]);
    // … and the supervisor's ranking is untouched by the planner's recents (shortest caption first)
    await signInAs("supervisor");
    const theirs = (await search("prod. orders")).find((g) => g.kind === "pages")!.items.map((i) => i.href);
    expect(theirs.slice(0, 2)).toEqual(["/production-orders/planned", "/production-orders/finished"]);
  });

  it("GIVEN a user opened more than the kept number WHEN recorded THEN only the latest are kept; an address outside the app is refused", async () => {
    await signInAs("planner");
    for (let i = 0; i < KEEP_RECENTS + 3; i++) await recordTellMeRecentAction({ href: `/items/R${i}` });
    const user = await db.user.findUniqueOrThrow({ where: { email: "planner@cronus.demo" } });
    const kept = await db.tellMeRecent.findMany({ where: { userId: user.id } });
    expect(kept.length).toBe(KEEP_RECENTS);
    expect(kept.map((k) => k.href)).toContain(`/items/R${KEEP_RECENTS + 2}`);
    const refused = await recordTellMeRecentAction({ href: "https://evil.example/" });
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION" });
  });
});
