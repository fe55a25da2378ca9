import { describe, expect, it } from "vitest";
import { calculatePlan } from "@/lib/domain/planning/calculate-plan";
import { brief, d, fakeScheduler, input, item, params, sales, stock } from "./fixtures";

describe("PL-5 Fixed Reorder Qty.", () => {
  it("PL-5 orders the Reorder Quantity when projected inventory falls to the Reorder Point, as often as needed to rise above it", () => {
    // GIVEN Reorder Point 10, Reorder Quantity 25, Safety Stock 5, 20 in stock and a run of sales
    const a = item("A", {
      params: { reorderingPolicy: "FIXED_REORDER_QTY", reorderPoint: "10", reorderQuantity: "25", safetyStockQuantity: "5" },
    });
    const demands = [
      sales("A", d(5), "8"),
      sales("A", d(10), "5"),
      sales("A", d(15), "15"),
      sales("A", d(20), "10"),
      sales("A", d(25), "2"),
      sales("A", d(30), "60"),
    ];
    // WHEN planned
    const { lines } = calculatePlan(input({ items: [a], demands, supplies: [stock("A", "20")] }));
    // THEN by hand (lead time 2 days: an order started on day t is due on t + 3): 20 → 12 → 7 ≤ 10:
    // 25 scheduled forward from day 10, due day 13 → 32 → 17 → 7: 25 due day 23 → 32 → 30 → −30:
    // below Safety Stock, an Exception order of exactly 35 on day 30 (5), still ≤ 10: 25 due day 33
    expect(brief(lines)).toEqual([`NEW A ${d(13)} 25`, `NEW A ${d(23)} 25`, `NEW A ${d(30)} 35`, `NEW A ${d(33)} 25`]);
    expect(lines.map((l) => l.warning)).toEqual([null, null, "EXCEPTION", null]);
    expect(lines.map((l) => l.startingDate)).toEqual([d(10), d(20), d(27), d(30)]);
    // the line's drill-down shows the projected inventory that crossed the reorder point
    const first = lines[0].projection;
    expect(first.find((p) => p.event === "REORDER_POINT")?.quantity).toBe("10");
    expect(first.filter((p) => p.event === "DEMAND").map((p) => p.quantity)).toEqual(["12", "7"]);
  });

  it("PL-5 Fixed Reorder Qty. with inventory below Safety Stock at the start gives an Exception order", () => {
    const a = item("A", {
      params: { reorderingPolicy: "FIXED_REORDER_QTY", reorderPoint: "10", reorderQuantity: "25", safetyStockQuantity: "5" },
    });
    const { lines } = calculatePlan(input({ items: [a], supplies: [stock("A", "3")] }));
    // THEN exactly 2 to reach Safety Stock (Exception, no order modifiers), and 25 because 5 ≤ 10
    expect(brief(lines)).toEqual([`NEW A ${d(3)} 2`, `NEW A ${d(3)} 25`]);
    expect(lines.map((l) => [l.warning, l.acceptActionMessage])).toEqual([
      ["EXCEPTION", false],
      [null, true],
    ]);
  });
});

describe("PL-5 Lot-for-Lot", () => {
  it("PL-5 accumulates the net requirements of a 7-day Lot Accumulation Period into one supply, inventory included", () => {
    // GIVEN 5 in stock, a 7-day period, and sales on days 1, 3, 7 (one lot), 9 and 20
    const a = item("A", { params: { reorderingPolicy: "LOT_FOR_LOT", lotAccumulationPeriodDays: 7 } });
    const demands = [sales("A", d(1), "10"), sales("A", d(3), "4"), sales("A", d(7), "6"), sales("A", d(9), "3"), sales("A", d(20), "2")];
    // WHEN planned with no lead time
    const { lines } = calculatePlan(input({ items: [a], demands, supplies: [stock("A", "5")], schedule: fakeScheduler(() => 0) }));
    // THEN days 1–8 need 20 − 5 = 15; day 9 starts a new lot of 3; day 20 one of 2
    expect(brief(lines)).toEqual([`NEW A ${d(1)} 15`, `NEW A ${d(9)} 3`, `NEW A ${d(20)} 2`]);
    // and the first lot covers what the stock does not: 5 of day 1, all of days 3 and 7
    expect(lines[0].covers.map((c) => `${c.demand.date} ${c.quantity}`)).toEqual([`${d(1)} 5`, `${d(3)} 4`, `${d(7)} 6`]);
  });

  it("PL-5 Lot-for-Lot without Include Inventory plans as if nothing were in stock", () => {
    const a = item("A", { params: { reorderingPolicy: "LOT_FOR_LOT", includeInventory: false } });
    const { lines } = calculatePlan(input({ items: [a], demands: [sales("A", d(5), "4")], supplies: [stock("A", "50")] }));
    expect(brief(lines)).toEqual([`NEW A ${d(5)} 4`]);
  });

  it("PL-5 Lot-for-Lot keeps Safety Stock: an Exception order tops it up at the start", () => {
    const a = item("A", { params: { reorderingPolicy: "LOT_FOR_LOT", safetyStockQuantity: "10" } });
    const { lines } = calculatePlan(
      input({ items: [a], demands: [sales("A", d(5), "4")], supplies: [stock("A", "4")], schedule: fakeScheduler(() => 0) }),
    );
    // (the fake scheduler cannot finish on the starting date itself: due the day after)
    expect(brief(lines)).toEqual([`NEW A ${d(1)} 6`, `NEW A ${d(5)} 4`]);
    expect(lines.map((l) => l.warning)).toEqual(["EXCEPTION", null]);
  });
});

describe("PL-5 Maximum Qty.", () => {
  it("PL-5 orders up to Maximum Inventory, split by Maximum Order Quantity and rounded to the Order Multiple", () => {
    // GIVEN Maximum Inventory 100, Reorder Point 20, Maximum Order Quantity 40, Order Multiple 12, 30 in stock
    const a = item("A", {
      params: {
        reorderingPolicy: "MAXIMUM_QTY",
        maximumInventory: "100",
        reorderPoint: "20",
        maximumOrderQuantity: "40",
        orderMultiple: "12",
      },
    });
    // WHEN 25 are sold on day 5 (30 → 5 ≤ 20)
    const { lines } = calculatePlan(input({ items: [a], demands: [sales("A", d(5), "25")], supplies: [stock("A", "30")] }));
    // THEN 95 up to the maximum: orders of at most 40 in multiples of 12 → 36, 36, and 23 rounded to 24,
    // scheduled forward from day 5 (due day 8)
    expect(brief(lines)).toEqual([`NEW A ${d(8)} 36`, `NEW A ${d(8)} 36`, `NEW A ${d(8)} 24`]);
  });

  it("PL-5 Minimum Order Quantity raises a small lot", () => {
    const a = item("A", { params: { reorderingPolicy: "LOT_FOR_LOT", minimumOrderQuantity: "50" } });
    const { lines } = calculatePlan(
      input({ items: [a], demands: [sales("A", d(5), "4"), sales("A", d(9), "30"), sales("A", d(12), "20")] }),
    );
    // 50 on day 5 covers day 9 too (46 left → 16); day 12 needs 4 more → 50 again
    expect(brief(lines)).toEqual([`NEW A ${d(5)} 50`, `NEW A ${d(12)} 50`]);
  });
});

describe("PL-5 Order", () => {
  it("PL-5 Order gives one supply per demand and ignores inventory and accumulation", () => {
    const a = item("A", {
      params: { reorderingPolicy: "ORDER", lotAccumulationPeriodDays: 30, orderMultiple: "10", safetyStockQuantity: "7" },
    });
    const demands = [sales("A", d(5), "4"), sales("A", d(5), "3"), sales("A", d(8), "6")];
    const { lines } = calculatePlan(input({ items: [a], demands, supplies: [stock("A", "100")] }));
    expect(brief(lines)).toEqual([`NEW A ${d(5)} 4`, `NEW A ${d(5)} 3`, `NEW A ${d(8)} 6`]);
    expect(lines.map((l) => l.covers.map((c) => c.demand.quantity))).toEqual([["4"], ["3"], ["6"]]);
  });

  it("PL-5 an item without a Reordering Policy is not planned", () => {
    const a = item("A", { params: { reorderingPolicy: null } });
    expect(calculatePlan(input({ items: [a], demands: [sales("A", d(5), "4")] })).lines).toEqual([]);
  });
});

describe("PL-1 parameters per planning key", () => {
  it("PL-1 a stockkeeping unit's parameters override the item's at its location; each key is planned on its own", () => {
    // GIVEN Lot-for-Lot on the item, Order on its stockkeeping unit at BLUE, and demand at both locations
    const a = item("A", { params: { reorderingPolicy: "LOT_FOR_LOT", lotAccumulationPeriodDays: 10 } });
    a.parameters.byKey.push({ variantCode: "", locationCode: "BLUE", parameters: params({ reorderingPolicy: "ORDER" }) });
    const demands = [
      sales("A", d(5), "4", "BLUE"),
      sales("A", d(6), "3", "BLUE"),
      sales("A", d(5), "4", "RED"),
      sales("A", d(6), "3", "RED"),
    ];
    // WHEN planned with 10 in stock at BLUE
    const { lines } = calculatePlan(input({ items: [a], demands, supplies: [stock("A", "10", "BLUE")] }));
    // THEN BLUE gets one order per demand (Order ignores its stock), RED one lot for both days
    expect(lines.map((l) => `${l.locationCode} ${l.dueDate} ${l.quantity}`)).toEqual([`BLUE ${d(5)} 4`, `BLUE ${d(6)} 3`, `RED ${d(5)} 7`]);
  });
});
