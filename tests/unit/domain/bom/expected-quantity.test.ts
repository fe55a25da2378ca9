import { describe, expect, it } from "vitest";
import { convertQuantityPer, expectedQuantity, explodedQuantityPer, type ExpectedQuantityInput } from "@/lib/domain/bom/expected-quantity";

const base: ExpectedQuantityInput = {
  quantityPer: "1",
  lineQuantity: "1",
  lineScrapPercent: "0",
  componentScrapPercent: "0",
  calculationFormula: "NONE",
};

describe("RF-3 expected quantity", () => {
  it("GIVEN the spec's two-level BOM THEN Quantity per 150 and Expected Quantity 15,750", () => {
    // GIVEN a phantom at 10 per holding a component at 15 per, item Scrap 5 % and order Quantity 100
    const quantityPer = explodedQuantityPer("10", "15");
    // WHEN the component's expected quantity is computed
    const expected = expectedQuantity({ ...base, quantityPer, lineQuantity: "100", lineScrapPercent: "5" });
    // THEN 150 per and 150 × 100 × 1.05
    expect(quantityPer).toBe("150");
    expect(expected).toBe("15750");
  });

  it.each([
    ["quantity per × line quantity", { quantityPer: "2", lineQuantity: "7" }, "14"],
    ["line scrap", { quantityPer: "2", lineQuantity: "10", lineScrapPercent: "10" }, "22"],
    ["component scrap", { quantityPer: "2", lineQuantity: "10", componentScrapPercent: "2.5" }, "20.5"],
    ["both scraps compound", { quantityPer: "1", lineQuantity: "100", lineScrapPercent: 10, componentScrapPercent: 10 }, "121"],
    ["decimals without float error", { quantityPer: "0.1", lineQuantity: "3" }, "0.3"],
    ["quantity per 0 (still a component)", { quantityPer: "0", lineQuantity: "100", lineScrapPercent: "5" }, "0"],
    ["a tiny quantity per", { quantityPer: "0.000000000000001", lineQuantity: "3" }, "0.000000000000003"],
    ["rounding to 15 decimals", { quantityPer: "0.333333333333333", lineQuantity: "1", lineScrapPercent: "0.5" }, "0.335"],
    ["fractional scrap", { quantityPer: "3", lineQuantity: "1", componentScrapPercent: "0.125" }, "3.00375"],
  ])("NONE: %s", (_label, change, expected) => {
    // GIVEN a BOM line without calculation formula / WHEN computed / THEN the product of all factors
    expect(expectedQuantity({ ...base, ...change })).toBe(expected);
  });

  it.each([
    ["ignores the line quantity", { quantityPer: "4", lineQuantity: "100" }, "4"],
    ["ignores the line scrap", { quantityPer: "4", lineQuantity: "100", lineScrapPercent: "50" }, "4"],
    ["keeps the component scrap", { quantityPer: "4", lineQuantity: "100", componentScrapPercent: "25" }, "5"],
  ])("FIXED_QUANTITY %s", (_label, change, expected) => {
    // GIVEN a Fixed Quantity BOM line / WHEN computed / THEN the quantity per order, not per unit
    expect(expectedQuantity({ ...base, ...change, calculationFormula: "FIXED_QUANTITY" })).toBe(expected);
  });
});

describe("RF-3 quantity per in the base unit", () => {
  it.each([
    ["a box of 12 into pieces", "2", "12", "1", "24"],
    ["grams into kilograms", "250", "0.001", "1", "0.25"],
    ["a third, not rounded to the unit", "1", "1", "3", "0.333333333333333"],
    ["identical units", "1.5", "1", "1", "1.5"],
    ["pieces into a base of pairs", "3", "1", "2", "1.5"],
  ])("%s", (_label, quantityPer, bomUomQtyPer, itemBaseQtyPer, expected) => {
    // GIVEN a BOM line in another unit / WHEN converted / THEN exact up to 15 decimals
    expect(convertQuantityPer(quantityPer, bomUomQtyPer, itemBaseQtyPer)).toBe(expected);
  });

  it.each(["0", "-1"])("rejects a Qty. per Unit of Measure of %s", (itemBaseQtyPer) => {
    // GIVEN a unit of measure without a positive factor / WHEN converted / THEN refused
    expect(() => convertQuantityPer("1", "1", itemBaseQtyPer)).toThrow(RangeError);
  });

  it.each([
    [["10", "15"], "150"],
    [["2", "0.5", "3"], "3"],
    [[], "1"],
  ] as const)("multiplies phantom levels %j into %s", (levels, expected) => {
    // GIVEN Quantity per on each phantom level / WHEN exploded / THEN their product
    expect(explodedQuantityPer(...levels)).toBe(expected);
  });
});
