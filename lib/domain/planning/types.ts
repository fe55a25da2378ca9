// The planning engine's contract (issue 25, spec section PL). The engine is pure: the service
// loads everything a regenerative plan needs in a bounded number of set-based statements
// (lib/services/planning/load-planning-input.ts), hands it over as a PlanningInput, and writes
// the PlanningResult's lines in bulk. Nothing here reads the database or the clock.
//
// Quantities are decimal strings in the item's base unit of measure, as PostgreSQL's
// trim_scale(...)::text prints them (at most 5 decimals); the engine may compute internally in
// scaled integers. Dates are ISO dates (yyyy-mm-dd); a blank variant is "", as in BC.
import type { IsoDate } from "@/lib/domain/calendar/iso-date";
import type { Message } from "@/lib/i18n/domain-message";
import type { PlanningParameterRecord } from "@/lib/domain/planning/parameter-fields";

/** PL-1 Reordering Policy; null = blank = the item is not planned. */
export type ReorderingPolicy = "FIXED_REORDER_QTY" | "MAXIMUM_QTY" | "ORDER" | "LOT_FOR_LOT";

/**
 * PL-1 planning parameters as they apply to one item, variant and location: the stockkeeping
 * unit's where one exists, else the item's (the loader resolves the override). Periods are in
 * days (BC's date formulas reduced to days; blank = null). The fields, their kinds and what a
 * blank means: lib/domain/planning/parameter-fields.ts.
 */
export type PlanningParameters = PlanningParameterRecord;

/** One planning key: BC plans per item, variant and location. */
export type PlanningKey = { itemNo: string; variantCode: string; locationCode: string };

/** A component of an item's certified production BOM (active version), phantoms already expanded. */
export type PlanningBomComponent = {
  itemNo: string;
  variantCode: string;
  /** Per one parent base unit, in the component's base unit, scrap of the BOM line included. */
  quantityPer: string;
  /** Calculation Formula Fixed Quantity: quantityPer is per order, not per unit. */
  fixedQuantity: boolean;
};

export type PlanningItem = {
  itemNo: string;
  description: string;
  replenishmentSystem: "PURCHASE" | "PROD_ORDER";
  manufacturingPolicy: "MAKE_TO_STOCK" | "MAKE_TO_ORDER";
  /** Item's Scrap % (the order line's quantity includes it where BC's planning adds it). */
  scrapPercent: string;
  /** Certified BOM (active version at the plan's start), phantoms expanded; [] when none. */
  components: PlanningBomComponent[];
  /** Parameters per variant and location ("" variant = the item itself); `default` applies elsewhere. */
  parameters: { default: PlanningParameters; byKey: { variantCode: string; locationCode: string; parameters: PlanningParameters }[] };
};

/** PL-3 demand. */
export type PlanningDemand = PlanningKey & {
  kind: "SALES" | "COMPONENT";
  /** Shipment Date (sales) or component Due Date. */
  date: IsoDate;
  /** Outstanding quantity in base units, > 0. */
  quantity: string;
  /** What the demand is, for pegging and the drill-down. */
  source:
    | { type: "SALES"; documentNo: string; lineNo: number }
    | { type: "COMPONENT"; orderStatus: "PLANNED" | "FIRM_PLANNED" | "RELEASED"; orderNo: string; lineNo: number; componentLineNo: number }
    /** Component need of a line proposed in this run (PL-3 dependent demand): its Line No. */
    | { type: "PLANNING_LINE"; lineNo: number };
};

/** PL-3 existing supply: inventory on hand at the plan's start and open production order lines. */
export type PlanningSupply = PlanningKey &
  (
    | { kind: "INVENTORY"; quantity: string }
    | {
        kind: "PROD_ORDER";
        orderStatus: "PLANNED" | "FIRM_PLANNED" | "RELEASED";
        orderNo: string;
        orderLineNo: number;
        /** The order's version: carry-out refuses a line whose order changed since. */
        orderVersion: number;
        dueDate: IsoDate;
        startingDate: IsoDate;
        endingDate: IsoDate;
        /** Remaining quantity in base units. */
        quantity: string;
        /** The order has one line only (Change Qty./Reschedule act on the order as a whole). */
        singleLine: boolean;
      }
  );

/**
 * PL-6 dates come from the scheduler refresh uses (one implementation): the service passes a
 * function that, for a supply of `quantity` of an item at a location due on `dueDate`, returns
 * its Ending Date (Due Date − Safety Lead Time − Inbound Whse. Handling Time in working days) and
 * Starting Date (from the routing, or the Lead Time Calculation) — backward from the due date.
 * `startNotBefore`: when set and the backward start falls before it, the scheduler schedules
 * forward from it instead and returns the later due date it reaches (Emergency/Attention cases).
 */
export type PlanningScheduler = (request: {
  itemNo: string;
  variantCode: string;
  locationCode: string;
  quantity: string;
  dueDate: IsoDate;
  startNotBefore?: IsoDate;
}) => { startingDate: IsoDate; endingDate: IsoDate; dueDate: IsoDate };

export type PlanningInput = {
  /** The Calculate Regenerative Plan dialog's Starting Date and Ending Date. */
  startingDate: IsoDate;
  endingDate: IsoDate;
  /** The items in the plan (already filtered by the dialog's item filter), and every item they need. */
  items: PlanningItem[];
  demands: PlanningDemand[];
  supplies: PlanningSupply[];
  /** Manufacturing Setup: Default Dampener Period (days) and Default Dampener % (PL-1). */
  defaultDampenerPeriodDays: number;
  defaultDampenerPercent: string;
  /** Only these items get lines (the dialog's filter); others are read for dependent demand. */
  itemFilter: ((itemNo: string) => boolean) | null;
  schedule: PlanningScheduler;
  /** Called after each item the plan covers, with how many are planned so far (items planned of total). */
  onProgress?: (itemsPlanned: number) => void;
};

/** PL-4 action messages (BC's Action Message option). */
export type ActionMessage = "NEW" | "CHANGE_QTY" | "RESCHEDULE" | "RESCHEDULE_AND_CHANGE_QTY" | "CANCEL";

/** PL-6 warnings on a line (BC's Warning field). */
export type PlanningWarning = "EMERGENCY" | "EXCEPTION" | "ATTENTION";

/** What a line covers (PL-7 drill-down): the demand it is pegged to, with the quantity it takes. */
export type PeggedDemand = { demand: PlanningDemand; quantity: string };

/** Projected available inventory over time that triggered a line (PL-7 drill-down). */
export type ProjectionPoint = { date: IsoDate; quantity: string; event: "DEMAND" | "SUPPLY" | "SAFETY_STOCK" | "REORDER_POINT" };

/** PL-7 one worksheet line; `lineNo` orders them deterministically (PL-9). */
export type PlanningLine = PlanningKey & {
  lineNo: number;
  actionMessage: ActionMessage;
  /** BC proposes Accept Action Message = true unless a warning needs the planner's eye. */
  acceptActionMessage: boolean;
  description: string;
  replenishmentSystem: "PURCHASE" | "PROD_ORDER";
  dueDate: IsoDate;
  originalDueDate: IsoDate | null;
  quantity: string;
  originalQuantity: string | null;
  startingDate: IsoDate;
  endingDate: IsoDate;
  /** The existing order the message acts on (null for New). */
  ref: { orderStatus: "PLANNED" | "FIRM_PLANNED"; orderNo: string; orderLineNo: number; orderVersion: number } | null;
  /** PL-7: 0 for an ordinary line; > 0 for a make-to-order component under its parent's line. */
  planningLevel: number;
  /** The parent line (make-to-order chain), carried out with it. */
  parentLineNo: number | null;
  lowLevelCode: number;
  warning: PlanningWarning | null;
  /** The warning's explanation: a domainErrors catalog message (render with renderMessage). */
  warningText: Message | null;
  covers: PeggedDemand[];
  projection: ProjectionPoint[];
};

export type PlanningResult = {
  lines: PlanningLine[];
  /** PL-2: each item's low-level code as recalculated for this plan. */
  lowLevelCodes: Map<string, number>;
  /** PL-2: BOM cycles found (reported, never looped on): the item numbers of each cycle. */
  bomCycles: string[][];
};
