import { describe, expect, it } from "vitest";
import { explodeBom, MAX_PHANTOM_LEVELS } from "@/lib/domain/refresh/explode-bom";
import { addBom, addItem, emptyCatalog } from "./catalog";

describe("RF-3 component explosion", () => {
  it("multiplies Quantity per through a phantom BOM (10 × 15 = 150)", () => {
    // GIVEN a BOM with 10 of a phantom BOM that holds 15 of component C
    const cat = emptyCatalog();
    const parent = addItem(cat, "P", { bomNo: "P", scrapPercent: "5" });
    addItem(cat, "C");
    addBom(cat, "P", [{ type: "PRODUCTION_BOM", no: "PH", quantityPer: "10" }]);
    addBom(cat, "PH", [{ no: "C", quantityPer: "15" }]);
    // WHEN exploded
    const { components } = explodeBom(cat, parent, "P", "2026-12-01");
    // THEN one component with Quantity per 150
    expect(components).toHaveLength(1);
    expect(components[0]).toMatchObject({ itemNo: "C", quantityPer: "150", uom: "PCS" });
  });

  it("adds up duplicate items and keeps different scrap apart", () => {
    const cat = emptyCatalog();
    const parent = addItem(cat, "P", { bomNo: "P" });
    addItem(cat, "C");
    addBom(cat, "P", [
      { no: "C", quantityPer: "2" },
      { no: "C", quantityPer: "0.5" },
      { no: "C", quantityPer: "1", scrapPercent: "3" },
    ]);
    const { components } = explodeBom(cat, parent, "P", "2026-12-01");
    expect(components.map((c) => [c.quantityPer, c.scrapPercent])).toEqual([
      ["2.5", "0"],
      ["1", "3"],
    ]);
  });

  it("converts the BOM unit to the base unit without rounding", () => {
    // GIVEN component C kept in BOX of 3 PCS... base unit BOX, BOM line in PCS (1/3 BOX)
    const cat = emptyCatalog();
    const parent = addItem(cat, "P", { bomNo: "P" });
    addItem(cat, "C", { baseUom: "BOX", uoms: { BOX: "3", PCS: "1" } });
    addItem(cat, "S", { uoms: { PCS: "1", SET: "4" } });
    addBom(cat, "P", [
      { no: "C", quantityPer: "1", uom: "PCS" },
      { no: "S", quantityPer: "3", uom: "SET" },
    ]);
    const { components } = explodeBom(cat, parent, "P", "2026-12-01");
    // THEN 1 PCS = 0.333333333333333 BOX (15 decimals, not the 0.00001 rounding precision)
    expect(components[0]).toMatchObject({ uom: "BOX", quantityPer: "0.333333333333333" });
    expect(components[1]).toMatchObject({ uom: "PCS", quantityPer: "12" });
  });

  it("keeps a Quantity per of 0 and a Fixed Quantity line", () => {
    const cat = emptyCatalog();
    const parent = addItem(cat, "P", { bomNo: "P" });
    addItem(cat, "Z");
    addItem(cat, "F");
    addBom(cat, "P", [
      { no: "Z", quantityPer: "0" },
      { no: "F", quantityPer: "2", formula: "FIXED_QUANTITY" },
    ]);
    const { components } = explodeBom(cat, parent, "P", "2026-12-01");
    expect(components.map((c) => [c.itemNo, c.quantityPer, c.formula])).toEqual([
      ["Z", "0", "NONE"],
      ["F", "2", "FIXED_QUANTITY"],
    ]);
  });

  it("skips lines whose Starting/Ending Date excludes the line's Starting Date", () => {
    const cat = emptyCatalog();
    const parent = addItem(cat, "P", { bomNo: "P" });
    for (const no of ["OLD", "NEW", "NOW"]) addItem(cat, no);
    addBom(cat, "P", [
      { no: "OLD", endingDate: "2026-11-30" },
      { no: "NEW", startingDate: "2026-12-02" },
      { no: "NOW", startingDate: "2026-12-01", endingDate: "2026-12-01" },
    ]);
    expect(explodeBom(cat, parent, "P", "2026-12-01").components.map((c) => c.itemNo)).toEqual(["NOW"]);
  });

  it("uses the version valid on the date", () => {
    const cat = emptyCatalog();
    const parent = addItem(cat, "P", { bomNo: "P" });
    for (const no of ["A", "B"]) addItem(cat, no);
    addBom(cat, "P", [{ no: "A" }], {}, [{ code: "V2", startingDate: "2027-01-01", lines: [{ no: "B" }] }]);
    expect(explodeBom(cat, parent, "P", "2026-12-31")).toMatchObject({ versionCode: null, components: [{ itemNo: "A" }] });
    expect(explodeBom(cat, parent, "P", "2027-01-01")).toMatchObject({ versionCode: "V2", components: [{ itemNo: "B" }] });
  });

  it("an uncertified phantom BOM → Status must be Certified", () => {
    const cat = emptyCatalog();
    const parent = addItem(cat, "P", { bomNo: "P" });
    addBom(cat, "P", [{ type: "PRODUCTION_BOM", no: "PH" }]);
    addBom(cat, "PH", [], { status: "UNDER_DEVELOPMENT" });
    expect(() => explodeBom(cat, parent, "P", "2026-12-01")).toThrow("Status must be Certified in Production BOM Header No.='PH'.");
  });

  it(`stops after ${MAX_PHANTOM_LEVELS} levels of phantom BOMs with a clear error`, () => {
    // GIVEN 51 nested phantoms (and, separately, a phantom containing itself)
    const cat = emptyCatalog();
    const parent = addItem(cat, "P", { bomNo: "PH0" });
    addItem(cat, "LEAF");
    for (let i = 0; i < 51; i++) addBom(cat, `PH${i}`, [{ type: "PRODUCTION_BOM", no: `PH${i + 1}` }]);
    addBom(cat, "PH51", [{ no: "LEAF" }]);
    addBom(cat, "SELF", [{ type: "PRODUCTION_BOM", no: "SELF" }]);
    // WHEN / THEN
    expect(() => explodeBom(cat, parent, "PH0", "2026-12-01")).toThrow(/Production BOM PH0 has more than 50 levels/);
    expect(() => explodeBom(cat, parent, "SELF", "2026-12-01")).toThrow(/more than 50 levels/);
    // AND exactly 50 levels are fine
    expect(explodeBom(cat, parent, "PH2", "2026-12-01").components).toHaveLength(1);
  });
});

describe("RF-3 component explosion — a shared sub-BOM is exploded once", () => {
  /** P0 … P{levels-1} each list the next one twice as a phantom line; the last holds 1.5 of LEAF. */
  function doubledChain(levels: number) {
    const cat = emptyCatalog();
    const parent = addItem(cat, "X", { bomNo: "P0" });
    addItem(cat, "LEAF");
    for (let i = 0; i < levels; i++) {
      addBom(cat, `P${i}`, [
        { type: "PRODUCTION_BOM", no: `P${i + 1}` },
        { type: "PRODUCTION_BOM", no: `P${i + 1}` },
      ]);
    }
    addBom(cat, `P${levels}`, [{ no: "LEAF", quantityPer: "1.5" }]);
    return { cat, parent };
  }

  it("30 levels × 2: one merged component with Quantity per 2^30 × the leaf's, one frame per BOM", () => {
    // GIVEN a chain of 30 BOMs each holding the next one twice (2^30 paths down to the leaf)
    const { cat, parent } = doubledChain(30);
    // WHEN exploded
    const { components, frames } = explodeBom(cat, parent, "P0", "2026-12-01");
    // THEN one component: Quantity per 2^30 × 1.5, exact, at the position of its first path
    expect(components).toHaveLength(1);
    expect(components[0]).toMatchObject({ itemNo: "LEAF", quantityPer: String(2 ** 30 * 1.5) });
    expect(components[0].path).toEqual([...Array(30).fill(10000), 10000]);
    // AND the work is linear: each of the 31 BOMs became ONE frame, its factor the sum over its paths
    expect(frames).toHaveLength(31);
    expect(frames.map((f) => f.factor)).toEqual(Array.from({ length: 31 }, (_, i) => (2n ** BigInt(i)).toString()));
    expect(frames[30]).toMatchObject({ bomNo: "P30", path: Array(30).fill(10000) });
  });

  it("a shared phantom under different scrap or routing links stays apart (RF-3 keeps them apart)", () => {
    // GIVEN BOM P holding phantom S twice with 5 % scrap, once with link L1, and once plainly
    const cat = emptyCatalog();
    const parent = addItem(cat, "X", { bomNo: "P" });
    addItem(cat, "C");
    addBom(cat, "P", [
      { type: "PRODUCTION_BOM", no: "S", scrapPercent: "5", quantityPer: "2" },
      { type: "PRODUCTION_BOM", no: "S", routingLinkCode: "L1" },
      { type: "PRODUCTION_BOM", no: "S", scrapPercent: "5", quantityPer: "3" },
      { type: "PRODUCTION_BOM", no: "S" },
    ]);
    addBom(cat, "S", [{ no: "C", quantityPer: "4" }]);
    // WHEN exploded
    const { components, frames } = explodeBom(cat, parent, "P", "2026-12-01");
    // THEN three components in depth-first order: scrap 5 % (2 + 3) × 4, link L1, and plain
    expect(components.map((c) => [c.quantityPer, c.scrapPercent, c.routingLinkCode, c.path])).toEqual([
      ["20", "5", "", [10000, 10000]],
      ["4", "0", "L1", [20000, 10000]],
      ["4", "0", "", [40000, 10000]],
    ]);
    // AND S is read once per context: P, S (5 %), S (L1), S
    expect(frames.map((f) => [f.bomNo, f.factor, f.path])).toEqual([
      ["P", "1", []],
      ["S", "5", [10000]],
      ["S", "1", [20000]],
      ["S", "1", [40000]],
    ]);
  });

  it("a BOM reached deeper through a second path still stops at 50 levels, naming where", () => {
    // GIVEN TOP → A directly, and TOP → D1 → … → D48 → A, where A → B → LEAF
    const cat = emptyCatalog();
    const parent = addItem(cat, "X", { bomNo: "TOP" });
    addItem(cat, "LEAF");
    addBom(cat, "TOP", [
      { type: "PRODUCTION_BOM", no: "A" },
      { type: "PRODUCTION_BOM", no: "D1" },
    ]);
    for (let i = 1; i < 48; i++) addBom(cat, `D${i}`, [{ type: "PRODUCTION_BOM", no: `D${i + 1}` }]);
    addBom(cat, "D48", [{ type: "PRODUCTION_BOM", no: "A" }]);
    addBom(cat, "A", [{ type: "PRODUCTION_BOM", no: "B" }]);
    addBom(cat, "B", [{ no: "LEAF" }]);
    // WHEN / THEN: A sits on level 50 via the D chain, B on 51: refused at B, as a full walk is
    expect(() => explodeBom(cat, parent, "TOP", "2026-12-01")).toThrow(
      "Production BOM TOP has more than 50 levels of phantom BOMs (stopped at B); a BOM may contain itself.",
    );
  });
});
