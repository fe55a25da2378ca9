import { describe, expect, it } from "vitest";
import { calculatePlan } from "@/lib/domain/planning/calculate-plan";
import { computeLowLevelCodes } from "@/lib/domain/planning/low-level-codes";
import { comp, d, input, item, sales } from "./fixtures";

describe("PL-2 low-level codes", () => {
  it("PL-2 an item's code is its deepest position in any BOM", () => {
    // GIVEN A → B → C and A → C directly, D on its own
    const items = [
      item("A", { components: [comp("B", "1"), comp("C", "1")] }),
      item("B", { components: [comp("C", "2")] }),
      item("C"),
      item("D"),
    ];
    const { codes, cycles } = computeLowLevelCodes(items);
    expect(Object.fromEntries(codes)).toEqual({ A: 0, B: 1, C: 2, D: 0 });
    expect(cycles).toEqual([]);
  });

  it("PL-2 a BOM cycle is reported, not looped on, and its items still get a code", () => {
    // GIVEN W → X → Y → Z → X, and S that contains itself
    const items = [
      item("W", { components: [comp("X", "1")] }),
      item("X", { components: [comp("Y", "1")] }),
      item("Y", { components: [comp("Z", "1")] }),
      item("Z", { components: [comp("X", "1")] }),
      item("S", { components: [comp("S", "1")] }),
    ];
    const { codes, cycles } = computeLowLevelCodes(items);
    expect(cycles).toEqual([["S"], ["X", "Y", "Z"]]);
    expect(Object.fromEntries(codes)).toEqual({ S: 0, W: 0, X: 1, Y: 1, Z: 1 });
  });

  it("PL-2 planning a cycle terminates and reports it with the plan", () => {
    const lfl = { reorderingPolicy: "LOT_FOR_LOT" as const };
    const items = [item("X", { params: lfl, components: [comp("Y", "1")] }), item("Y", { params: lfl, components: [comp("X", "1")] })];
    const result = calculatePlan(input({ items, demands: [sales("X", d(20), "3")] }));
    expect(result.bomCycles).toEqual([["X", "Y"]]);
    expect(result.lines.map((l) => `${l.actionMessage} ${l.itemNo} ${l.quantity}`)).toEqual(["NEW X 3", "NEW Y 3"]);
  });

  it("PL-2 components are planned after their parents, so the parent's proposal is their demand", () => {
    const lfl = { reorderingPolicy: "LOT_FOR_LOT" as const };
    // GIVEN item numbers sorting the component first
    const items = [
      item("A-COMP", { params: lfl, replenishmentSystem: "PURCHASE" }),
      item("Z-PARENT", { params: lfl, components: [comp("A-COMP", "4")] }),
    ];
    const { lines, lowLevelCodes } = calculatePlan(input({ items, demands: [sales("Z-PARENT", d(20), "5")] }));
    expect(lines.map((l) => `${l.itemNo} ${l.quantity} ${l.dueDate} LLC ${l.lowLevelCode}`)).toEqual([
      `Z-PARENT 5 ${d(20)} LLC 0`,
      `A-COMP 20 ${d(17)} LLC 1`,
    ]);
    expect(lowLevelCodes.get("A-COMP")).toBe(1);
  });
});

describe("PL-2 progress", () => {
  it("PL-2 reports each item planned, in planning order, counting only the items the filter lets through", () => {
    // GIVEN three items of which the filter lets two through
    const planned: number[] = [];
    // WHEN planned with a progress callback
    calculatePlan(
      input({
        items: [item("A", { components: [comp("B", "1")] }), item("B"), item("X")],
        demands: [sales("A", d(10), "5")],
        itemFilter: (no) => no !== "X",
        onProgress: (n) => planned.push(n),
      }),
    );
    // THEN it is told once per planned item: items planned so far
    expect(planned).toEqual([1, 2]);
  });
});
