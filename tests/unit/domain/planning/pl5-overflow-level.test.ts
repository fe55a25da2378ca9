import { describe, expect, it } from "vitest";
import { calculatePlan } from "@/lib/domain/planning/calculate-plan";
import { parseKeyParameters } from "@/lib/domain/planning/lot-size";
import { formatQty } from "@/lib/domain/planning/quantity";
import { renderMessage } from "@/lib/i18n/domain-message";
import type { PlanningParameters } from "@/lib/domain/planning/types";
import { brief, d, input, item, order, params, sales, stock } from "./fixtures";

// PL-1/PL-5 Overflow Level, as Business Central applies it to Fixed Reorder Qty. and Maximum Qty.:
// codeunit "Planning-Get Parameters" (CalcOverflowLevel, AdjustInvalidValues) gives the level,
// codeunit "Inventory Profile Offsetting" (ChkInitialOverflow, CheckNewOverflow) decreases an
// existing order as far as projected inventory would exceed it: the line's quantity is the order's
// quantity − (projected inventory − overflow level), Cancel when nothing is left, with an Attention
// warning and Accept Action Message off. Hand-computed with the fake scheduler (lead time 2 days:
// a supply started on day t is due on t + 3).

const overflowOf = (over: Partial<PlanningParameters>) => formatQty(parseKeyParameters(params(over), 0, "0")!.overflowLevel);
const warningOf = (line: { warningText: Parameters<typeof renderMessage>[0] | null }) =>
  line.warningText ? renderMessage(line.warningText) : null;

describe("PL-5 Overflow Level: the level", () => {
  it("PL-5 Overflow Level: 0 is BC's default — Maximum Inventory + Minimum Order Quantity, or Reorder Point + the larger of Reorder Quantity and Minimum Order Quantity, rounded up to the Order Multiple", () => {
    const max = { reorderingPolicy: "MAXIMUM_QTY", reorderPoint: "50", maximumInventory: "100" } as const;
    expect(overflowOf(max)).toBe("100");
    expect(overflowOf({ ...max, minimumOrderQuantity: "30" })).toBe("130");
    expect(overflowOf({ ...max, orderMultiple: "12" })).toBe("108");
    const fixed = { reorderingPolicy: "FIXED_REORDER_QTY", reorderPoint: "10", reorderQuantity: "25" } as const;
    expect(overflowOf(fixed)).toBe("35");
    expect(overflowOf({ ...fixed, minimumOrderQuantity: "40" })).toBe("50");
    expect(overflowOf({ ...fixed, minimumOrderQuantity: "20" })).toBe("35");
    expect(overflowOf({ ...fixed, orderMultiple: "6" })).toBe("36");
  });

  it("PL-5 Overflow Level: a level set below Reorder Point + Reorder Quantity (or below Maximum Inventory) is raised to it; one above is taken as it is", () => {
    const fixed = { reorderingPolicy: "FIXED_REORDER_QTY", reorderPoint: "10", reorderQuantity: "25", orderMultiple: "6" } as const;
    expect(overflowOf({ ...fixed, overflowLevel: "20" })).toBe("35");
    expect(overflowOf({ ...fixed, overflowLevel: "61" })).toBe("61");
    const max = { reorderingPolicy: "MAXIMUM_QTY", reorderPoint: "50", maximumInventory: "100" } as const;
    expect(overflowOf({ ...max, overflowLevel: "45" })).toBe("100");
    expect(overflowOf({ ...max, overflowLevel: "120.5" })).toBe("120.5");
  });

  it("PL-5 Overflow Level: Lot-for-Lot and Order have none", () => {
    expect(overflowOf({ reorderingPolicy: "LOT_FOR_LOT", overflowLevel: "50" })).toBe("0");
    expect(overflowOf({ reorderingPolicy: "ORDER", overflowLevel: "50" })).toBe("0");
  });
});

describe("PL-5 Overflow Level: Maximum Qty.", () => {
  // BC's "Design Details: Staying under the Overflow Level" scenario: Maximum Inventory 100, Reorder
  // Point 50, 80 in stock; the Firm Planned 90 was planned for a sale of 70 that is now 40.
  const world = (overflowLevel: string) => ({
    items: [
      item("A", {
        params: {
          reorderingPolicy: "MAXIMUM_QTY",
          reorderPoint: "50",
          maximumInventory: "100",
          maximumOrderQuantity: "100",
          overflowLevel,
        },
      }),
    ],
    demands: [sales("A", d(5), "40")],
    supplies: [stock("A", "80"), order("A", "FIRM_PLANNED", "FP-90", d(8), "90")],
  });

  it("PL-5 Overflow Level: with the default level (Maximum Inventory) the order is decreased to keep projected inventory at 100", () => {
    // 80 − 40 = 40 ≤ 50 on day 5: the supply due day 8 brings 40 + 90 = 130 > 100 → 90 − 30 = 60
    const { lines } = calculatePlan(input(world("0")));
    expect(brief(lines)).toEqual([`CHANGE_QTY A ${d(8)} 60`]);
    expect(lines[0]).toMatchObject({ originalQuantity: "90", warning: "ATTENTION", acceptActionMessage: false });
    expect(warningOf(lines[0])).toBe(`Attention: the projected inventory 130 is higher than the overflow level 100 on ${d(8)}.`);
    expect(renderMessage(lines[0].warningText!, "nl")).toBe(
      `Aandacht: de verwachte voorraad 130 is hoger dan het overflowniveau 100 op ${d(8)}.`,
    );
  });

  it("PL-5 Overflow Level: an explicit level of 120 limits the decrease to 90 − (130 − 120) = 80", () => {
    const { lines } = calculatePlan(input(world("120")));
    expect(brief(lines)).toEqual([`CHANGE_QTY A ${d(8)} 80`]);
    expect(warningOf(lines[0])).toBe(`Attention: the projected inventory 130 is higher than the overflow level 120 on ${d(8)}.`);
  });

  it("PL-5 Overflow Level: an explicit level of 150 that the 130 stays under keeps the order as it is", () => {
    expect(calculatePlan(input(world("150"))).lines).toEqual([]);
  });
});

describe("PL-5 Overflow Level: BC's own test", () => {
  it("PL-5 Overflow Level: SCM Planning SC4TC43TimeBucket — the sale an order of 80 was planned for is deleted: 21 + 80 = 101 > 100 → Change Qty. 80 → 79", () => {
    // GIVEN Maximum Qty. with Reorder Point 20, Maximum Inventory 100, Overflow Level 100, a 5-day
    // Time Bucket, Safety Stock 5 and 21 in stock (codeunit 137020 "SCM Planning")
    const a = item("A", {
      params: {
        reorderingPolicy: "MAXIMUM_QTY",
        reorderPoint: "20",
        maximumInventory: "100",
        overflowLevel: "100",
        timeBucketDays: 5,
        safetyStockQuantity: "5",
      },
    });
    // WHEN 1 is sold on day 5: 21 → 20 ≤ 20, 80 up to the maximum, scheduled forward from the bucket's end (day 10)
    const first = calculatePlan(input({ items: [a], demands: [sales("A", d(5), "1")], supplies: [stock("A", "21")] }));
    expect(brief(first.lines)).toEqual([`NEW A ${d(13)} 80`]);
    // … carried out, and the sale deleted: the order would lift projected inventory to 101
    const again = calculatePlan(input({ items: [a], supplies: [stock("A", "21"), order("A", "FIRM_PLANNED", "FP-80", d(13), "80")] }));
    expect(brief(again.lines)).toEqual([`CHANGE_QTY A ${d(13)} 79`]);
    expect(warningOf(again.lines[0])).toBe(`Attention: the projected inventory 101 is higher than the overflow level 100 on ${d(18)}.`);
  });
});

describe("PL-5 Overflow Level: Fixed Reorder Qty.", () => {
  // Reorder Point 10, Reorder Quantity 25: default level 35
  const fixed = (overflowLevel = "0") =>
    item("A", { params: { reorderingPolicy: "FIXED_REORDER_QTY", reorderPoint: "10", reorderQuantity: "25", overflowLevel } });

  it("PL-5 Overflow Level: an order nothing needs is decreased to the level, not cancelled: 20 + 30 = 50 > 35 → 30 − 15 = 15", () => {
    const supplies = [stock("A", "20"), order("A", "FIRM_PLANNED", "FP-30", d(10), "30")];
    const { lines } = calculatePlan(input({ items: [fixed()], supplies }));
    expect(brief(lines)).toEqual([`CHANGE_QTY A ${d(10)} 15`]);
    expect(lines[0]).toMatchObject({
      originalQuantity: "30",
      ref: expect.objectContaining({ orderNo: "FP-30" }),
      acceptActionMessage: false,
    });
    expect(warningOf(lines[0])).toBe(`Attention: the projected inventory 50 is higher than the overflow level 35 on ${d(10)}.`);
    // its dates follow the new quantity from the scheduler: ending the day before, starting 2 days earlier
    expect([lines[0].endingDate, lines[0].startingDate]).toEqual([d(9), d(7)]);
  });

  it("PL-5 Overflow Level: an explicit level of 60 keeps it; one of 40 decreases it to 20", () => {
    const supplies = [stock("A", "20"), order("A", "FIRM_PLANNED", "FP-30", d(10), "30")];
    expect(calculatePlan(input({ items: [fixed("60")], supplies })).lines).toEqual([]);
    expect(brief(calculatePlan(input({ items: [fixed("40")], supplies })).lines)).toEqual([`CHANGE_QTY A ${d(10)} 20`]);
  });

  it("PL-5 Overflow Level: an order that inventory alone already lifts above the level is cancelled, with the warning", () => {
    const supplies = [stock("A", "40"), order("A", "PLANNED", "P-10", d(10), "10")];
    const { lines } = calculatePlan(input({ items: [fixed()], supplies }));
    expect(brief(lines)).toEqual([`CANCEL A ${d(10)} 0`]);
    expect(warningOf(lines[0])).toBe(`Attention: the projected inventory 50 is higher than the overflow level 35 on ${d(10)}.`);
  });

  it("PL-5 Overflow Level: the decreased order keeps the Order Multiple; where that would still overflow, it is cancelled (BC's DecreaseQty, ChkInitialOverflow)", () => {
    // Order Multiple 10: default level 35 rounded up to 40
    const a = item("A", {
      params: { reorderingPolicy: "FIXED_REORDER_QTY", reorderPoint: "10", reorderQuantity: "25", orderMultiple: "10" },
    });
    const fp30 = order("A", "FIRM_PLANNED", "FP-30", d(10), "30");
    // 20 + 30 = 50 > 40: 30 − 10 = 20, a multiple of 10
    expect(brief(calculatePlan(input({ items: [a], supplies: [stock("A", "20"), fp30] })).lines)).toEqual([`CHANGE_QTY A ${d(10)} 20`]);
    // 25 + 30 = 55 > 40: 30 − 15 = 15 rounds up to 20, which still overflows: Cancel
    const { lines } = calculatePlan(input({ items: [a], supplies: [stock("A", "25"), fp30] }));
    expect(brief(lines)).toEqual([`CANCEL A ${d(10)} 0`]);
    expect(warningOf(lines[0])).toBe(`Attention: the projected inventory 55 is higher than the overflow level 40 on ${d(10)}.`);
  });

  it("PL-5 Overflow Level: a new reorder supply decreases a later order (BC's CheckNewOverflow): 5 + 25 + 20 = 50 > 35 → 20 − 15 = 5", () => {
    // 20 − 15 = 5 ≤ 10 on day 5: 25 scheduled forward, due day 8; the Firm Planned 20 on day 20 overflows
    const supplies = [stock("A", "20"), order("A", "FIRM_PLANNED", "FP-20", d(20), "20")];
    const { lines } = calculatePlan(input({ items: [fixed()], demands: [sales("A", d(5), "15")], supplies }));
    expect(brief(lines)).toEqual([`NEW A ${d(8)} 25`, `CHANGE_QTY A ${d(20)} 5`]);
    expect(lines.map((l) => l.acceptActionMessage)).toEqual([true, false]);
    // … and with a level of 50 the later order stays as it is
    const high = calculatePlan(input({ items: [fixed("50")], demands: [sales("A", d(5), "15")], supplies }));
    expect(brief(high.lines)).toEqual([`NEW A ${d(8)} 25`]);
  });

  it("PL-5 Overflow Level: a Released order is fixed supply — it counts, but is never decreased (PL-4)", () => {
    const supplies = [stock("A", "20"), order("A", "RELEASED", "R-30", d(10), "30")];
    expect(calculatePlan(input({ items: [fixed()], supplies })).lines).toEqual([]);
  });
});

describe("PL-5 Overflow Level: other policies ignore it", () => {
  it("PL-5 Overflow Level: Lot-for-Lot and Order plan the same whatever the level", () => {
    for (const policy of ["LOT_FOR_LOT", "ORDER"] as const) {
      const demands = [sales("A", d(5), "50")];
      const plan = (overflowLevel: string) =>
        calculatePlan(
          input({
            items: [item("A", { params: { reorderingPolicy: policy, overflowLevel } })],
            demands,
            supplies: [order("A", "FIRM_PLANNED", "FP-80", d(5), "80"), order("A", "FIRM_PLANNED", "FP-9", d(30), "9")],
          }),
        ).lines;
      // the 80 is decreased to the 50 needed and the 9 nothing needs is cancelled, without a warning
      expect(brief(plan("0"))).toEqual([`CHANGE_QTY A ${d(5)} 50`, `CANCEL A ${d(30)} 0`]);
      expect(plan("0").map((l) => l.warning)).toEqual([null, null]);
      expect(plan("10")).toEqual(plan("0"));
      expect(plan("1000")).toEqual(plan("0"));
    }
  });
});
