import { describe, expect, it } from "vitest";
import { calculateRefresh, type PlanSeed } from "@/lib/domain/refresh/calculate-refresh";
import { explodeBom } from "@/lib/domain/refresh/explode-bom";
import { MAX_BOM_LINES_PER_ORDER, MAX_BOM_LINES_PER_ORDER_LINE, MAX_LINES_PER_ORDER } from "@/lib/domain/refresh/limits";
import type { RefreshOptions } from "@/lib/domain/refresh/plan-types";
import { DomainError } from "@/lib/errors";
import { renderMessage } from "@/lib/i18n/domain-message";
import { addBom, addItem, emptyCatalog } from "./catalog";

const ALL: RefreshOptions = { direction: "BACK", calcLines: true, calcRoutings: true, calcComponents: true };
const ctx = { options: ALL, forwardStart: new Date("2026-12-01T08:00:00Z") };
const seed = (itemNo: string, extra: Partial<PlanSeed> = {}): PlanSeed => ({
  itemNo,
  variantCode: "",
  locationCode: null,
  quantity: "1",
  dueDate: "2026-12-18",
  routingNo: null,
  planningLevel: 0,
  mergeable: true,
  ...extra,
});
/** The Dutch text of the DomainError `run` throws (its message by key, in the nl catalog). */
function dutchOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof DomainError) return renderMessage(e.text, "nl");
    throw e;
  }
  throw new Error("expected a DomainError");
}

/** BOM TOP holding phantom S `contexts` times, each with another scrap: S is read once per context. */
function scrapContexts(contexts: number, linesInS: number) {
  const cat = emptyCatalog();
  const parent = addItem(cat, "X", { bomNo: "TOP" });
  addItem(cat, "C");
  addBom(
    cat,
    "TOP",
    Array.from({ length: contexts }, (_, i) => ({ type: "PRODUCTION_BOM" as const, no: "S", scrapPercent: String(i) })),
  );
  addBom(
    cat,
    "S",
    Array.from({ length: linesInS }, () => ({ no: "C" })),
  );
  return { cat, parent };
}

describe("Refresh ceiling — BOM lines per order line", () => {
  it(`an explosion reading more than ${MAX_BOM_LINES_PER_ORDER_LINE} BOM lines is refused with a clear message`, () => {
    // GIVEN phantom S (200 lines) under 100 scrap contexts: 100 + 100 × 200 = 20,100 lines read
    const { cat, parent } = scrapContexts(100, 200);
    // WHEN / THEN refused on the BOM, in English and Dutch
    const message = `Production BOM TOP has more than ${MAX_BOM_LINES_PER_ORDER_LINE} lines for one order line, phantom BOMs included.`;
    expect(() => explodeBom(cat, parent, "TOP", "2026-12-01")).toThrow(message);
    expect(dutchOf(() => explodeBom(cat, parent, "TOP", "2026-12-01"))).toBe(
      `Productiestuklijst TOP heeft meer dan ${MAX_BOM_LINES_PER_ORDER_LINE} regels voor één orderregel, fantoomstuklijsten inbegrepen.`,
    );
  });

  it("counts each shared phantom once per context, so right below the ceiling passes", () => {
    // GIVEN 99 contexts: 99 + 99 × 200 = 19,899 lines read
    const { cat, parent } = scrapContexts(99, 200);
    // WHEN exploded THEN 99 components (one per scrap), and the count is the lines read
    const explosion = explodeBom(cat, parent, "TOP", "2026-12-01");
    expect(explosion.components).toHaveLength(99);
    expect(explosion.bomLinesRead).toBe(19_899);
  });

  it("counts the lines the catalog says a BOM holds (purchased lines stay in the database)", () => {
    // GIVEN a BOM whose catalog carries only its structure but counts 20,001 lines
    const cat = emptyCatalog();
    const parent = addItem(cat, "X", { bomNo: "BIG" });
    addBom(cat, "BIG", [], { lineCount: MAX_BOM_LINES_PER_ORDER_LINE + 1 });
    // WHEN / THEN
    expect(() => explodeBom(cat, parent, "BIG", "2026-12-01")).toThrow(/has more than 20000 lines for one order line/);
  });
});

describe("Refresh ceiling — lines and BOM lines per order", () => {
  it(`more than ${MAX_LINES_PER_ORDER} lines (make-to-order subassemblies included) are refused`, () => {
    // GIVEN make-to-order T whose BOM lists 5,000 distinct make-to-order items: 5,001 lines
    const cat = emptyCatalog();
    const mto = { replenishment: "PROD_ORDER" as const, policy: "MAKE_TO_ORDER" as const };
    addItem(cat, "T", { ...mto, bomNo: "T" });
    const subs = Array.from({ length: MAX_LINES_PER_ORDER }, (_, i) => `S${i}`);
    for (const no of subs) addItem(cat, no, { ...mto });
    addBom(
      cat,
      "T",
      subs.map((no) => ({ no })),
    );
    // WHEN / THEN
    const message = `A production order may have at most ${MAX_LINES_PER_ORDER} lines.`;
    expect(() => calculateRefresh(cat, [seed("T")], ctx)).toThrow(message);
    expect(dutchOf(() => calculateRefresh(cat, [seed("T")], ctx))).toBe(
      `Een productieorder mag hoogstens ${MAX_LINES_PER_ORDER} regels hebben.`,
    );
    // AND one line fewer is fine
    addBom(
      cat,
      "T",
      subs.slice(1).map((no) => ({ no })),
    );
    expect(calculateRefresh(cat, [seed("T")], ctx).lines).toHaveLength(MAX_LINES_PER_ORDER);
  });

  it(`more than ${MAX_BOM_LINES_PER_ORDER} BOM lines over all of an order's lines are refused`, () => {
    // GIVEN 6 top lines, each exploding a BOM of 19,000 lines: 114,000 together
    const cat = emptyCatalog();
    addItem(cat, "C");
    addBom(cat, "B", [{ no: "C" }], { lineCount: 19_000 });
    for (let i = 0; i < 6; i++) addItem(cat, `T${i}`, { replenishment: "PROD_ORDER", bomNo: "B" });
    // WHEN / THEN
    const message = `The BOMs of a production order may have at most ${MAX_BOM_LINES_PER_ORDER} lines together, phantom BOMs included.`;
    expect(() =>
      calculateRefresh(
        cat,
        Array.from({ length: 6 }, (_, i) => seed(`T${i}`)),
        ctx,
      ),
    ).toThrow(message);
    expect(
      dutchOf(() =>
        calculateRefresh(
          cat,
          Array.from({ length: 6 }, (_, i) => seed(`T${i}`)),
          ctx,
        ),
      ),
    ).toMatch(/^De stuklijsten van een productieorder mogen samen hoogstens 100000 regels hebben/);
  });
});

describe("RF-3 Quantity per multiplied through phantom BOMs must fit numeric(38,15)", () => {
  it("30 levels of Quantity per 10 (10^30) are refused on Quantity per, not overflowed", () => {
    // GIVEN P0 … P29 each holding 10 of the next, the last holding 1 of produced item M
    const cat = emptyCatalog();
    const parent = addItem(cat, "X", { bomNo: "P0" });
    addItem(cat, "M", { replenishment: "PROD_ORDER" });
    for (let i = 0; i < 30; i++) addBom(cat, `P${i}`, [{ type: "PRODUCTION_BOM", no: `P${i + 1}`, quantityPer: "10" }]);
    addBom(cat, "P30", [{ no: "M" }]);
    // WHEN / THEN
    const message =
      "Quantity per of item M in Production BOM P0, multiplied through its phantom BOMs, must be less than 100000000000000000000000.";
    expect(() => explodeBom(cat, parent, "P0", "2026-12-01")).toThrow(message);
    expect(dutchOf(() => explodeBom(cat, parent, "P0", "2026-12-01"))).toMatch(/^Aantal per van artikel M in productiestuklijst P0/);
    // AND 10^22 is still fine
    expect(explodeBom(cat, parent, "P8", "2026-12-01").components[0].quantityPer).toBe(`1${"0".repeat(22)}`);
  });
});

describe("RF-4 a subassembly line's quantity must fit numeric(18,5)", () => {
  it("a make-to-order component needed 10^13 times is refused on the quantity, not overflowed", () => {
    // GIVEN make-to-order T holding 10^13 of make-to-order S
    const cat = emptyCatalog();
    const mto = { replenishment: "PROD_ORDER" as const, policy: "MAKE_TO_ORDER" as const };
    addItem(cat, "T", { ...mto, bomNo: "T" });
    addItem(cat, "S", { ...mto });
    addBom(cat, "T", [{ no: "S", quantityPer: `1${"0".repeat(13)}` }]);
    // WHEN / THEN
    const message =
      "Quantity is too large: the line for Item S would need a Quantity of 10000000000000, more than 9,999,999,999,999.99999.";
    expect(() => calculateRefresh(cat, [seed("T")], ctx)).toThrow(message);
    expect(dutchOf(() => calculateRefresh(cat, [seed("T")], ctx))).toMatch(/^Aantal is te groot/);
    // AND 10^13 − 1 is fine
    addBom(cat, "T", [{ no: "S", quantityPer: "9".repeat(13) }]);
    expect(calculateRefresh(cat, [seed("T")], ctx).lines[1].quantity).toBe("9".repeat(13));
  });
});
