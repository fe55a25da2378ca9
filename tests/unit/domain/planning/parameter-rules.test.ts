import { describe, expect, it } from "vitest";
import { planningParameterProblems, resolvedParameters, type PlanningParameterValues } from "@/lib/domain/planning/parameter-rules";

// PL-1: the planning parameters that only make sense together (BC's item card checks).

const base: PlanningParameterValues = {
  reorderingPolicy: null,
  reorderPoint: 0,
  reorderQuantity: 0,
  maximumInventory: 0,
  minimumOrderQuantity: 0,
  maximumOrderQuantity: 0,
};
const fields = (v: Partial<PlanningParameterValues>) => planningParameterProblems({ ...base, ...v }).map((p) => p.field);

describe("PL-1 planning parameter combinations", () => {
  it("a blank policy with every quantity 0 is fine (the item is not planned)", () => {
    expect(fields({})).toEqual([]);
  });

  it("Maximum Qty. needs a Maximum Inventory above the Reorder Point", () => {
    expect(fields({ reorderingPolicy: "MAXIMUM_QTY", reorderPoint: 10, maximumInventory: 10 })).toEqual(["maximumInventory"]);
    expect(fields({ reorderingPolicy: "MAXIMUM_QTY", reorderPoint: "10", maximumInventory: "10.00001" })).toEqual([]);
    // other policies do not read Maximum Inventory
    expect(fields({ reorderingPolicy: "LOT_FOR_LOT", reorderPoint: 10, maximumInventory: 0 })).toEqual([]);
  });

  it("Fixed Reorder Qty. needs a Reorder Quantity", () => {
    expect(fields({ reorderingPolicy: "FIXED_REORDER_QTY", reorderPoint: 10 })).toEqual(["reorderQuantity"]);
    expect(fields({ reorderingPolicy: "FIXED_REORDER_QTY", reorderPoint: 10, reorderQuantity: 25 })).toEqual([]);
  });

  it("a Maximum Order Quantity is 0 (no maximum) or at least the Minimum Order Quantity", () => {
    expect(fields({ minimumOrderQuantity: 10, maximumOrderQuantity: 5 })).toEqual(["maximumOrderQuantity"]);
    expect(fields({ minimumOrderQuantity: 10, maximumOrderQuantity: 0 })).toEqual([]);
    expect(fields({ minimumOrderQuantity: 10, maximumOrderQuantity: 10 })).toEqual([]);
  });

  it("a stockkeeping unit's blank fields take its item's values, its own ones win", () => {
    const item = { ...base, reorderingPolicy: "MAXIMUM_QTY" as const, reorderPoint: 10, maximumInventory: 50 };
    expect(resolvedParameters(item, { maximumInventory: null })).toEqual(item);
    expect(planningParameterProblems(resolvedParameters(item, { maximumInventory: 8 })).map((p) => p.field)).toEqual(["maximumInventory"]);
    expect(resolvedParameters(item, { reorderingPolicy: "ORDER", reorderPoint: undefined }).reorderingPolicy).toBe("ORDER");
  });
});
