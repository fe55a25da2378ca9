// PL-5 lot sizing, in scaled units. The policy decides how much a lot needs; the order modifiers
// then shape it into supply orders in BC's sequence: down to Maximum Order Quantity (splitting
// the rest into further orders), up to Minimum Order Quantity, up to the next Order Multiple.
import { parseQty } from "@/lib/domain/planning/quantity";
import type { PlanningParameters, ReorderingPolicy } from "@/lib/domain/planning/types";

/** The parameters of one planning key, parsed once. */
export type KeyParameters = {
  policy: ReorderingPolicy;
  safetyStock: number;
  reorderPoint: number;
  reorderQuantity: number;
  maximumInventory: number;
  timeBucketDays: number;
  lotAccumulationDays: number;
  reschedulingDays: number;
  dampenerDays: number;
  /** Absolute dampener quantity, or null when it is a % of the supply's own quantity. */
  dampenerQuantity: number | null;
  dampenerPercent: number;
  includeInventory: boolean;
  minimumOrder: number;
  maximumOrder: number;
  orderMultiple: number;
  /** PL-5 Overflow Level as the engine applies it (overflowLevelOf); 0 = none (not a reorder-point policy). */
  overflowLevel: number;
};

export function parseKeyParameters(
  p: PlanningParameters,
  defaultDampenerDays: number,
  defaultDampenerPercent: string,
): KeyParameters | null {
  if (p.reorderingPolicy === null) return null;
  const order = p.reorderingPolicy === "ORDER";
  const lotAccumulationDays = p.lotAccumulationPeriodDays ?? 0;
  const dampenerDays = p.dampenerPeriodDays ?? defaultDampenerDays;
  const parsed = {
    policy: p.reorderingPolicy,
    // Order is order-to-order: no safety stock, no inventory, no modifiers (BC).
    safetyStock: order ? 0 : parseQty(p.safetyStockQuantity),
    reorderPoint: parseQty(p.reorderPoint),
    reorderQuantity: parseQty(p.reorderQuantity),
    maximumInventory: parseQty(p.maximumInventory),
    timeBucketDays: p.timeBucketDays ?? 0,
    lotAccumulationDays,
    reschedulingDays: p.reschedulingPeriodDays ?? 0,
    // BC: the dampener period never exceeds a Lot-for-Lot item's accumulation period.
    dampenerDays:
      p.reorderingPolicy === "LOT_FOR_LOT" && lotAccumulationDays > 0 ? Math.min(dampenerDays, lotAccumulationDays) : dampenerDays,
    dampenerQuantity: p.dampenerQuantity === null ? null : parseQty(p.dampenerQuantity),
    dampenerPercent: Number(defaultDampenerPercent),
    includeInventory: order ? false : p.reorderingPolicy === "LOT_FOR_LOT" ? p.includeInventory : true,
    minimumOrder: order ? 0 : parseQty(p.minimumOrderQuantity),
    maximumOrder: order ? 0 : parseQty(p.maximumOrderQuantity),
    orderMultiple: order ? 0 : parseQty(p.orderMultiple),
  };
  return { ...parsed, overflowLevel: overflowLevelOf(parsed, parseQty(p.overflowLevel)) };
}

/**
 * PL-5 Overflow Level (PL-1), as BC computes it for one stockkeeping unit: codeunit
 * "Planning-Get Parameters", AdjustInvalidValues (an Overflow Level set below Reorder Point +
 * Reorder Quantity, or below Maximum Inventory, is raised to it) and CalcOverflowLevel (0 = BC's
 * default calculation, Manufacturing Setup's "Blank Overflow Level" = Allow Default Calculation:
 * Maximum Qty. → Maximum Inventory + Minimum Order Quantity; Fixed Reorder Qty. → the larger of
 * Reorder Quantity and Minimum Order Quantity, + Reorder Point; rounded up to the Order Multiple).
 * Other policies have none (AdjustInvalidSettings clears it): 0.
 */
export function overflowLevelOf(p: Omit<KeyParameters, "overflowLevel">, overflowLevel: number): number {
  if (p.policy !== "FIXED_REORDER_QTY" && p.policy !== "MAXIMUM_QTY") return 0;
  const floor = p.policy === "FIXED_REORDER_QTY" ? p.reorderPoint + p.reorderQuantity : p.maximumInventory;
  if (overflowLevel !== 0) return Math.max(overflowLevel, floor);
  const level =
    p.policy === "MAXIMUM_QTY" ? p.maximumInventory + p.minimumOrder : Math.max(p.minimumOrder, p.reorderQuantity) + p.reorderPoint;
  return p.orderMultiple > 0 ? Math.ceil(level / p.orderMultiple) * p.orderMultiple : level;
}

/** PL-5 modifiers: the supply orders one lot of `need` units becomes (each > 0). */
export function applyOrderModifiers(need: number, p: KeyParameters): number[] {
  if (need <= 0) return [];
  const chunks: number[] = [];
  let remaining = need;
  while (remaining > 0) {
    let qty = p.maximumOrder > 0 ? Math.min(remaining, p.maximumOrder) : remaining;
    if (qty < p.minimumOrder) qty = p.minimumOrder;
    if (p.orderMultiple > 0) {
      qty = Math.ceil(qty / p.orderMultiple) * p.orderMultiple;
      // Rounding up must not break the maximum: the largest multiple within it instead.
      const largest = Math.floor(p.maximumOrder / p.orderMultiple) * p.orderMultiple;
      if (p.maximumOrder > 0 && qty > p.maximumOrder && largest > 0) qty = largest;
    }
    chunks.push(qty);
    remaining -= qty;
  }
  return chunks;
}

/**
 * PL-5 reorder-point policies: how much to order when projected inventory has fallen to or below
 * the Reorder Point (or below Safety Stock). `lowest` is the lowest projected inventory within the
 * Time Bucket. Fixed Reorder Qty. orders the Reorder Quantity as many times as needed to rise
 * above the Reorder Point; Maximum Qty. orders up to Maximum Inventory.
 */
export function reorderNeed(lowest: number, p: KeyParameters): number {
  const mustReach = Math.max(p.reorderPoint + 1, p.safetyStock);
  if (lowest >= mustReach) return 0;
  if (p.policy === "MAXIMUM_QTY") return Math.max(p.maximumInventory, mustReach) - lowest;
  if (p.reorderQuantity <= 0) return mustReach - lowest;
  return Math.ceil((mustReach - lowest) / p.reorderQuantity) * p.reorderQuantity;
}

/** The Dampener Quantity for an existing supply: absolute, or the default % of its quantity. */
export function dampenerQuantityFor(supplyQty: number, p: KeyParameters): number {
  return p.dampenerQuantity ?? Math.floor((supplyQty * p.dampenerPercent) / 100);
}
