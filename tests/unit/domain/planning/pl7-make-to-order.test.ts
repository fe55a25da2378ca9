import { describe, expect, it } from "vitest";
import { calculatePlan } from "@/lib/domain/planning/calculate-plan";
import { comp, d, input, item, sales } from "./fixtures";

const mto = { manufacturingPolicy: "MAKE_TO_ORDER" as const, params: { reorderingPolicy: "ORDER" as const } };

describe("PL-7 make-to-order chain", () => {
  it("PL-7 a three-level make-to-order chain from one sales line: sublines under the parent, carried out with it", () => {
    // GIVEN A (2 B each) → B (3 C each) → C (1 D each), all make-to-order; D is a purchased stock item
    const items = [
      item("A", { ...mto, components: [comp("B", "2")] }),
      item("B", { ...mto, components: [comp("C", "3")] }),
      item("C", { ...mto, components: [comp("D", "1")] }),
      item("D", { replenishmentSystem: "PURCHASE", params: { reorderingPolicy: "LOT_FOR_LOT" } }),
    ];
    // WHEN one sales line of 5 A on day 20 is planned (lead time 2 days per level)
    const { lines } = calculatePlan(input({ items, demands: [sales("A", d(20), "5")] }));
    // THEN A's New line carries B and C as Planning Level 1 and 2, each due on its parent's Starting Date
    expect(
      lines.map((l) => `${l.lineNo} ${l.actionMessage} ${l.itemNo} L${l.planningLevel} ${l.parentLineNo} ${l.quantity} ${l.dueDate}`),
    ).toEqual([
      `10000 NEW A L0 null 5 ${d(20)}`,
      `20000 NEW B L1 10000 10 ${d(17)}`,
      `30000 NEW C L2 10000 30 ${d(14)}`,
      `40000 NEW D L0 null 30 ${d(11)}`,
    ]);
    // the sublines cover the component need of the line above them
    expect(lines[1].covers.map((c) => [c.demand.source, c.quantity])).toEqual([[{ type: "PLANNING_LINE", lineNo: 10000 }, "10"]]);
    expect(lines[2].covers.map((c) => [c.demand.source, c.quantity])).toEqual([[{ type: "PLANNING_LINE", lineNo: 20000 }, "30"]]);
    expect(lines.map((l) => l.lowLevelCode)).toEqual([0, 1, 2, 3]);
  });

  it("PL-7 identical subassembly need within one chain collapses into one subline per item", () => {
    // GIVEN A needs B directly and through E; both make-to-order
    const items = [
      item("A", { ...mto, components: [comp("B", "1"), comp("E", "1")] }),
      item("E", { ...mto, components: [comp("F", "2")] }),
      item("B", { ...mto }),
      item("F", { ...mto }),
    ];
    const { lines } = calculatePlan(input({ items, demands: [sales("A", d(20), "4")] }));
    expect(lines.map((l) => `${l.itemNo} L${l.planningLevel} ${l.quantity}`)).toEqual(["A L0 4", "B L1 4", "E L1 4", "F L2 8"]);
  });

  it("PL-7 a make-to-stock parent's make-to-order component is planned on its own, not as a subline", () => {
    const items = [item("A", { params: { reorderingPolicy: "LOT_FOR_LOT" }, components: [comp("B", "2")] }), item("B", { ...mto })];
    const { lines } = calculatePlan(input({ items, demands: [sales("A", d(20), "5")] }));
    expect(lines.map((l) => `${l.itemNo} L${l.planningLevel} ${l.parentLineNo}`)).toEqual(["A L0 null", "B L0 null"]);
  });

  it("PL-7 the item filter limits lines to the filtered items", () => {
    const items = [
      item("A", { params: { reorderingPolicy: "LOT_FOR_LOT" }, components: [comp("B", "2")] }),
      item("B", { params: { reorderingPolicy: "LOT_FOR_LOT" } }),
    ];
    const { lines } = calculatePlan(
      input({ items, demands: [sales("A", d(20), "5"), sales("B", d(20), "1")], itemFilter: (no) => no === "B" }),
    );
    expect(lines.map((l) => `${l.itemNo} ${l.quantity}`)).toEqual(["B 1"]);
  });
});
