import { describe, expect, it } from "vitest";
import { DESTINATIONS, orderCardOf } from "@/lib/domain/tell-me/destinations";
import { bestTier, editDistance, matchTier, normalize, rank, TIERS } from "@/lib/domain/tell-me/rank";
import { PERMISSIONS } from "@/lib/domain/auth/permissions";

// Issue 24, Tell Me ranking: exact and prefix first, then contains, then typos of one or two
// characters; within a tier the user's recently opened destinations first.

describe("TELLME-RANK-1 a query matches a text exactly, as its prefix, inside it, or with typos", () => {
  it.each([
    ["Firm Planned Prod. Orders", "Firm Planned Prod. Orders", TIERS.exact],
    ["firm planned prod orders", "Firm Planned Prod. Orders", TIERS.exact],
    ["Vast geplande productieorders", "Vast geplande productieorders", TIERS.exact],
    ["firm", "Firm Planned Prod. Orders", TIERS.prefix],
    ["F", "Firm Planned Prod. Orders", TIERS.prefix],
    ["planned", "Firm Planned Prod. Orders", TIERS.contains],
    ["frim planned", "Firm Planned Prod. Orders", TIERS.fuzzy],
    ["firm plannd", "Firm Planned Prod. Orders", TIERS.fuzzy],
    ["stuklijts", "Productiestuklijsten", TIERS.fuzzy],
    ["rotuing", "Routings", TIERS.fuzzy],
  ])("GIVEN %j WHEN matched against %j THEN tier %i", (query, text, tier) => {
    // GIVEN the typed query and a caption  WHEN matched  THEN the tier says how
    expect(matchTier(query, text)).toBe(tier);
  });

  it("GIVEN fewer than three characters WHEN they are not a prefix or inside THEN no typo is tolerated", () => {
    // GIVEN "xi" (one typo from "Ii"?) WHEN matched THEN nothing
    expect(matchTier("xq", "Items")).toBeNull();
    expect(matchTier("ab", "Routings")).toBeNull();
  });

  it("GIVEN three typos in a long word WHEN matched THEN it is not a match", () => {
    // GIVEN "fxrm plxnnxd" (3 edits from "firm planned") WHEN matched THEN nothing
    expect(matchTier("fxrm plxnnxd", "Firm Planned Prod. Orders")).toBeNull();
  });

  it("GIVEN a caption in two languages and search terms WHEN searched THEN the best tier of any counts", () => {
    // GIVEN the Dutch caption, the English caption and terms  WHEN "BOM" is typed  THEN exact on a term
    expect(bestTier("BOM", ["Productiestuklijsten", "Production BOMs", "stuklijst", "BOM"])).toBe(TIERS.exact);
    expect(bestTier("stuklijst", ["Productiestuklijsten", "Production BOMs"])).toBe(TIERS.contains);
  });

  it("normalizes case, accents and punctuation; counts a swap of neighbours as one edit", () => {
    expect(normalize("  Prod.-Orders ")).toBe("prod orders");
    expect(normalize("Café")).toBe("cafe");
    expect(editDistance("firm", "frim", 2)).toBe(1);
    expect(editDistance("kitten", "sitting", 5)).toBe(3);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });
});

describe("TELLME-RANK-2 results are ordered by tier, then by the user's recents, then closeness", () => {
  it("GIVEN matches of every tier and a recent contains-match WHEN ranked THEN exact, prefix, recent contains, contains, fuzzy", () => {
    // GIVEN five results, one of them opened recently
    const results = [
      { href: "/fuzzy", label: "Fuzzy", tier: TIERS.fuzzy },
      { href: "/contains-long", label: "Contains longer", tier: TIERS.contains },
      { href: "/contains-recent", label: "Contains recent one", tier: TIERS.contains },
      { href: "/prefix", label: "Prefix", tier: TIERS.prefix },
      { href: "/exact", label: "Exact", tier: TIERS.exact },
    ];
    // WHEN ranked with that recent
    const ranked = rank(results, ["/contains-recent"]).map((r) => r.href);
    // THEN by tier first and the recent one first within its tier
    expect(ranked).toEqual(["/exact", "/prefix", "/contains-recent", "/contains-long", "/fuzzy"]);
  });

  it("GIVEN two recents WHEN ranked THEN the more recent first; without recents the shorter label first", () => {
    const a = { href: "/a", label: "Items long", tier: TIERS.prefix };
    const b = { href: "/b", label: "Items", tier: TIERS.prefix };
    expect(rank([a, b], ["/a", "/b"]).map((r) => r.href)).toEqual(["/a", "/b"]);
    expect(rank([a, b], []).map((r) => r.href)).toEqual(["/b", "/a"]);
  });
});

describe("TELLME-DEST-1 destinations need a permission, order actions need an order card", () => {
  it("every destination names a permission of the table, and admin pages need an admin permission", () => {
    for (const d of DESTINATIONS) expect(Object.keys(PERMISSIONS)).toContain(d.permission);
    for (const d of DESTINATIONS.filter((x) => x.href.startsWith("/admin"))) {
      expect(PERMISSIONS[d.permission] as readonly string[]).not.toContain("planner");
    }
  });

  it("an open order's card offers its actions; a list, a finished order or another page does not", () => {
    expect(orderCardOf("/production-orders/firm-planned/101004")).toEqual({ statusSlug: "firm-planned", no: "101004" });
    expect(orderCardOf("/production-orders/firm-planned")).toBeNull();
    expect(orderCardOf("/production-orders/finished/101004")).toBeNull();
    expect(orderCardOf("/items/1000")).toBeNull();
  });
});
