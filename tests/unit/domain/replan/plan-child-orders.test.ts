import { describe, expect, it } from "vitest";
import { planChildOrders, type ComponentNeed } from "@/lib/domain/replan/plan-child-orders";

const need = (over: Partial<ComponentNeed>): ComponentNeed => ({
  componentId: 1,
  itemNo: "C",
  variantCode: "",
  locationCode: "BLUE",
  dueDate: "2027-01-10",
  produced: true,
  suppliedWithinOrder: false,
  available: "0",
  ...over,
});

describe("RP-2 child orders for negative projected availability", () => {
  it("a produced component short by 20 gets one order for 20 on its due date", () => {
    // GIVEN component C due 2027-01-10 with availability −20
    // WHEN planned / THEN one order for 20 C, same location, due that day
    expect(planChildOrders([need({ available: "-20" })])).toEqual([
      {
        itemNo: "C",
        variantCode: "",
        locationCode: "BLUE",
        dueDate: "2027-01-10",
        quantity: "20",
        componentIds: [1],
        covers: [{ componentId: 1, available: "-20", coveredBefore: "0", shortage: "20" }],
      },
    ]);
  });

  it("purchased components, components supplied by a line of their own order and available ones get none", () => {
    expect(
      planChildOrders([
        need({ componentId: 1, produced: false, available: "-5" }),
        need({ componentId: 2, suppliedWithinOrder: true, available: "-5" }),
        need({ componentId: 3, available: "0" }),
        need({ componentId: 4, available: "12.5" }),
      ]),
    ).toEqual([]);
  });

  it("a later component of the same item only gets what the earlier new order does not cover", () => {
    // GIVEN C due on the 10th (availability −3) and on the 20th (availability −8, counting both demands)
    const plans = planChildOrders([
      need({ componentId: 2, dueDate: "2027-01-20", available: "-8" }),
      need({ componentId: 1, dueDate: "2027-01-10", available: "-3" }),
    ]);
    // THEN 3 on the 10th and the remaining 5 on the 20th
    expect(plans.map((p) => [p.dueDate, p.quantity, p.componentIds])).toEqual([
      ["2027-01-10", "3", [1]],
      ["2027-01-20", "5", [2]],
    ]);
    // AND each says why: the 20th's availability −8 of which the 10th's new order covers 3
    expect(plans.map((p) => p.covers)).toEqual([
      [{ componentId: 1, available: "-3", coveredBefore: "0", shortage: "3" }],
      [{ componentId: 2, available: "-8", coveredBefore: "3", shortage: "5" }],
    ]);
  });

  it("components of one item due the same day share one order", () => {
    const plans = planChildOrders([need({ componentId: 1, available: "-7" }), need({ componentId: 2, available: "-7" })]);
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({ quantity: "7", componentIds: [1] });
  });

  it("different items, variants and locations are planned separately, ordered by due date then item", () => {
    const plans = planChildOrders([
      need({ componentId: 1, itemNo: "B", available: "-1" }),
      need({ componentId: 2, itemNo: "A", available: "-2", dueDate: "2027-01-11" }),
      need({ componentId: 3, itemNo: "B", variantCode: "RED", available: "-3" }),
      need({ componentId: 4, itemNo: "B", locationCode: "RED", available: "-4" }),
    ]);
    expect(plans.map((p) => [p.itemNo, p.variantCode, p.locationCode, p.quantity])).toEqual([
      ["B", "", "BLUE", "1"],
      ["B", "RED", "BLUE", "3"],
      ["B", "", "RED", "4"],
      ["A", "", "BLUE", "2"],
    ]);
  });

  it("a shortage with more than 5 decimals is rounded up", () => {
    expect(planChildOrders([need({ available: "-0.333333333333333" })])[0].quantity).toBe("0.33334");
  });
});
