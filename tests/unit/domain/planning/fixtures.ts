// Builders for the planning engine's unit tests: a small item master, demand and supply, and a
// fake scheduler (Ending = Due − 1 day, Starting = Ending − lead days; forward from startNotBefore
// when the backward start falls before it), so expected dates are easy to compute by hand.
import { addCalendarDays } from "@/lib/domain/calendar/iso-date";
import type {
  PlanningBomComponent,
  PlanningDemand,
  PlanningInput,
  PlanningItem,
  PlanningParameters,
  PlanningScheduler,
  PlanningSupply,
} from "@/lib/domain/planning/types";

export const START = "2027-01-04";
export const END = "2027-03-31";
export const d = (offset: number) => addCalendarDays(START, offset);

export function params(over: Partial<PlanningParameters> = {}): PlanningParameters {
  return {
    reorderingPolicy: "LOT_FOR_LOT",
    safetyStockQuantity: "0",
    reorderPoint: "0",
    reorderQuantity: "0",
    maximumInventory: "0",
    overflowLevel: "0",
    timeBucketDays: null,
    lotAccumulationPeriodDays: null,
    reschedulingPeriodDays: null,
    dampenerPeriodDays: 0,
    dampenerQuantity: "0",
    includeInventory: true,
    minimumOrderQuantity: "0",
    maximumOrderQuantity: "0",
    orderMultiple: "0",
    ...over,
  };
}

export function item(
  itemNo: string,
  over: Partial<Omit<PlanningItem, "parameters">> & { params?: Partial<PlanningParameters> } = {},
): PlanningItem {
  const { params: p, ...rest } = over;
  return {
    itemNo,
    description: `Item ${itemNo}`,
    replenishmentSystem: "PROD_ORDER",
    manufacturingPolicy: "MAKE_TO_STOCK",
    scrapPercent: "0",
    components: [],
    parameters: { default: params(p), byKey: [] },
    ...rest,
  };
}

export const comp = (itemNo: string, quantityPer: string, fixedQuantity = false): PlanningBomComponent => ({
  itemNo,
  variantCode: "",
  quantityPer,
  fixedQuantity,
});

let salesNo = 0;
export function sales(itemNo: string, date: string, quantity: string, locationCode = ""): PlanningDemand {
  salesNo++;
  return {
    itemNo,
    variantCode: "",
    locationCode,
    kind: "SALES",
    date,
    quantity,
    source: { type: "SALES", documentNo: `SO${1000 + salesNo}`, lineNo: 10000 },
  };
}

export const stock = (itemNo: string, quantity: string, locationCode = ""): PlanningSupply => ({
  itemNo,
  variantCode: "",
  locationCode,
  kind: "INVENTORY",
  quantity,
});

export function order(
  itemNo: string,
  orderStatus: "PLANNED" | "FIRM_PLANNED" | "RELEASED",
  orderNo: string,
  dueDate: string,
  quantity: string,
  leadDays = 2,
): PlanningSupply {
  const endingDate = addCalendarDays(dueDate, -1);
  return {
    itemNo,
    variantCode: "",
    locationCode: "",
    kind: "PROD_ORDER",
    orderStatus,
    orderNo,
    orderLineNo: 10000,
    orderVersion: 1,
    dueDate,
    endingDate,
    startingDate: addCalendarDays(endingDate, -leadDays),
    quantity,
    singleLine: true,
  };
}

/** Ending = Due − 1 day, Starting = Ending − lead days; forward from startNotBefore when needed. */
export function fakeScheduler(leadDays: (itemNo: string) => number = () => 2): PlanningScheduler {
  return ({ itemNo, dueDate, startNotBefore }) => {
    const lead = leadDays(itemNo);
    const endingDate = addCalendarDays(dueDate, -1);
    const startingDate = addCalendarDays(endingDate, -lead);
    if (startNotBefore && startingDate < startNotBefore) {
      const ending = addCalendarDays(startNotBefore, lead);
      return { startingDate: startNotBefore, endingDate: ending, dueDate: addCalendarDays(ending, 1) };
    }
    return { startingDate, endingDate, dueDate };
  };
}

export function input(over: Partial<PlanningInput>): PlanningInput {
  return {
    startingDate: START,
    endingDate: END,
    items: [],
    demands: [],
    supplies: [],
    defaultDampenerPeriodDays: 0,
    defaultDampenerPercent: "0",
    itemFilter: null,
    schedule: fakeScheduler(),
    ...over,
  };
}

/** The lines in a compact form for hand-computed expectations. */
export const brief = (lines: { actionMessage: string; itemNo: string; dueDate: string; quantity: string }[]) =>
  lines.map((l) => `${l.actionMessage} ${l.itemNo} ${l.dueDate} ${l.quantity}`);
