import { describe, expect, it } from "vitest";
import { parseKeyParameters } from "@/lib/domain/planning/lot-size";
import { formatQty } from "@/lib/domain/planning/quantity";
import type { PlanningParameters } from "@/lib/domain/planning/types";
import { params } from "./fixtures";

// PL-1/PL-5 Overflow Level, as Business Central applies it to Fixed Reorder Qty. and Maximum Qty.:
// codeunit "Planning-Get Parameters" (CalcOverflowLevel, AdjustInvalidValues) gives the level,
// codeunit "Inventory Profile Offsetting" (ChkInitialOverflow, CheckNewOverflow) decreases an
// existing order as far as projected inventory would exceed it: the line's quantity is the order's
// quantity − (projected inventory − overflow level), Cancel when nothing is left, with an Attention
// warning and Accept Action Message off. Hand-computed with the fake scheduler (lead time 2 days:
// a supply started on day t is due on t + 3).

const overflowOf = (over: Partial<PlanningParameters>) => formatQty(parseKeyParameters(params(over), 0, "0")!.overflowLevel);

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
