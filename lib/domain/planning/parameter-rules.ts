import type { ReorderingPolicy } from "@/lib/domain/planning/types";
import { msg, type Message } from "@/lib/i18n/domain-message";

// PL-1: the planning parameters that only make sense together, as Business Central's item card
// checks them. One place for the item card, the stockkeeping units (after their blanks take the
// item's values) and the CSV import (after the file's columns meet the stored ones). Each field on
// its own (no negative quantity, whole days) is the field parser's job.

export const REORDERING_POLICIES = [
  "FIXED_REORDER_QTY",
  "MAXIMUM_QTY",
  "ORDER",
  "LOT_FOR_LOT",
] as const satisfies readonly ReorderingPolicy[];

/** BC's option captions, as the CSV files and the card's select show them. */
export const REORDERING_POLICY_CAPTIONS: Record<ReorderingPolicy, string> = {
  FIXED_REORDER_QTY: "Fixed Reorder Qty.",
  MAXIMUM_QTY: "Maximum Qty.",
  ORDER: "Order",
  LOT_FOR_LOT: "Lot-for-Lot",
};

/** The values the rules read; decimals as numbers or decimal text. */
export type PlanningParameterValues = {
  reorderingPolicy: ReorderingPolicy | null;
  reorderPoint: number | string;
  reorderQuantity: number | string;
  maximumInventory: number | string;
  minimumOrderQuantity: number | string;
  maximumOrderQuantity: number | string;
};

export type PlanningParameterField = keyof PlanningParameterValues;
export type PlanningParameterProblem = { field: PlanningParameterField; message: Message };

/** Every combination the item card refuses, each with the field it stands beside. */
export function planningParameterProblems(v: PlanningParameterValues): PlanningParameterProblem[] {
  const problems: PlanningParameterProblem[] = [];
  const n = (x: number | string) => Number(x);
  if (v.reorderingPolicy === "MAXIMUM_QTY" && !(n(v.maximumInventory) > n(v.reorderPoint)))
    problems.push({
      field: "maximumInventory",
      message: msg("planningMaximumInventoryNotAboveReorderPoint", { reorderPoint: String(v.reorderPoint) }),
    });
  if (v.reorderingPolicy === "FIXED_REORDER_QTY" && !(n(v.reorderQuantity) > 0))
    problems.push({ field: "reorderQuantity", message: msg("planningReorderQuantityRequired") });
  if (n(v.maximumOrderQuantity) !== 0 && n(v.maximumOrderQuantity) < n(v.minimumOrderQuantity))
    problems.push({
      field: "maximumOrderQuantity",
      message: msg("planningMaximumOrderQuantityBelowMinimum", { min: String(v.minimumOrderQuantity) }),
    });
  return problems;
}

/** A stockkeeping unit's parameters: its own where set, else its item's (PL-1). */
export function resolvedParameters<T extends Partial<Record<PlanningParameterField, unknown>>>(
  item: PlanningParameterValues,
  sku: T,
): PlanningParameterValues {
  const pick = <K extends PlanningParameterField>(k: K) => (sku[k] ?? item[k]) as PlanningParameterValues[K];
  return {
    reorderingPolicy: pick("reorderingPolicy"),
    reorderPoint: pick("reorderPoint"),
    reorderQuantity: pick("reorderQuantity"),
    maximumInventory: pick("maximumInventory"),
    minimumOrderQuantity: pick("minimumOrderQuantity"),
    maximumOrderQuantity: pick("maximumOrderQuantity"),
  };
}
