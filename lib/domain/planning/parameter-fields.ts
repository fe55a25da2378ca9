import type { ReorderingPolicy } from "@/lib/domain/planning/types";

// PL-1 the planning parameters, once: their names (the item's and the stockkeeping unit's
// columns, PlanningParameters' keys), BC's captions (the CSV files' column headers), the caption
// key of the item card (messages "items"; the field's name in a domain message is "part" + it)
// and their kind. The engine's type, the item card, the list export and the CSV import derive
// from this list, so a new parameter is added here and nowhere else by hand.

/**
 * - policy: the Reordering Policy option; blank = not planned.
 * - quantity: a decimal in the item's base unit of measure, 0 when not set.
 * - days: a period in whole days (BC's date formula reduced to days); blank = none.
 * - yesNo: a Boolean.
 */
export type PlanningParameterKind = "policy" | "quantity" | "days" | "yesNo";

type FieldDef = {
  name: string;
  caption: string;
  captionKey: string;
  kind: PlanningParameterKind;
  /** Blank means Manufacturing Setup's default (Default Dampener Period / Default Dampener %). */
  blankIsSetupDefault?: true;
};

export const PLANNING_PARAMETER_FIELDS = [
  { name: "reorderingPolicy", caption: "Reordering Policy", captionKey: "reorderingPolicy", kind: "policy" },
  { name: "safetyStockQuantity", caption: "Safety Stock Quantity", captionKey: "safetyStockQuantity", kind: "quantity" },
  { name: "reorderPoint", caption: "Reorder Point", captionKey: "reorderPoint", kind: "quantity" },
  { name: "reorderQuantity", caption: "Reorder Quantity", captionKey: "reorderQuantity", kind: "quantity" },
  { name: "maximumInventory", caption: "Maximum Inventory", captionKey: "maximumInventory", kind: "quantity" },
  { name: "overflowLevel", caption: "Overflow Level", captionKey: "overflowLevel", kind: "quantity" },
  { name: "timeBucketDays", caption: "Time Bucket", captionKey: "timeBucket", kind: "days" },
  { name: "lotAccumulationPeriodDays", caption: "Lot Accumulation Period", captionKey: "lotAccumulationPeriod", kind: "days" },
  { name: "reschedulingPeriodDays", caption: "Rescheduling Period", captionKey: "reschedulingPeriod", kind: "days" },
  { name: "dampenerPeriodDays", caption: "Dampener Period", captionKey: "dampenerPeriod", kind: "days", blankIsSetupDefault: true },
  // The only quantity that may be blank.
  { name: "dampenerQuantity", caption: "Dampener Quantity", captionKey: "dampenerQuantity", kind: "quantity", blankIsSetupDefault: true },
  { name: "includeInventory", caption: "Include Inventory", captionKey: "includeInventory", kind: "yesNo" },
  { name: "minimumOrderQuantity", caption: "Minimum Order Quantity", captionKey: "minimumOrderQuantity", kind: "quantity" },
  // "0" = no maximum.
  { name: "maximumOrderQuantity", caption: "Maximum Order Quantity", captionKey: "maximumOrderQuantity", kind: "quantity" },
  // "0" = no multiple.
  { name: "orderMultiple", caption: "Order Multiple", captionKey: "orderMultiple", kind: "quantity" },
] as const satisfies readonly FieldDef[];

export type PlanningParameterFieldDef = (typeof PLANNING_PARAMETER_FIELDS)[number];
export type PlanningParameterName = PlanningParameterFieldDef["name"];
/** The names of the parameters of one kind, in the list's order. */
export type PlanningParameterNameOf<K extends PlanningParameterKind> = Extract<PlanningParameterFieldDef, { kind: K }>["name"];

/** The names of the parameters of `kind`, in the list's order. */
export function planningParameterNames<K extends PlanningParameterKind>(kind: K): PlanningParameterNameOf<K>[] {
  return PLANNING_PARAMETER_FIELDS.filter((f) => f.kind === kind).map((f) => f.name as PlanningParameterNameOf<K>);
}

/** A parameter's value as the engine reads it (quantities as decimal text, as in PlanningInput). */
type EngineValue<F extends FieldDef> = F extends { kind: "policy" }
  ? ReorderingPolicy | null
  : F extends { kind: "quantity"; blankIsSetupDefault: true }
    ? string | null
    : F extends { kind: "quantity" }
      ? string
      : F extends { kind: "days" }
        ? number | null
        : boolean;

/** PL-1 one item's (or stockkeeping unit's) parameters, as PlanningParameters. */
export type PlanningParameterRecord = { [F in PlanningParameterFieldDef as F["name"]]: EngineValue<F> };

/** A parameter's name in a domain message ("Safety Stock Quantity must be …"): "part" + its caption key. */
export const partCaptionKey = <F extends PlanningParameterFieldDef>(f: F) =>
  `part${f.captionKey.charAt(0).toUpperCase()}${f.captionKey.slice(1)}` as `part${Capitalize<F["captionKey"]>}`;
