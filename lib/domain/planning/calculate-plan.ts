// PL-2 … PL-9: the regenerative plan. Items are planned in ascending low-level code (parents
// before components), each planning key balanced in memory on its own; a proposal's component
// need joins its components' profiles before they are planned. Nothing here reads a clock or a
// database: the same input gives the same lines in the same order (PL-9).
import { balanceKey } from "@/lib/domain/planning/balance";
import { explodeLine } from "@/lib/domain/planning/dependent-demand";
import { numberLines } from "@/lib/domain/planning/line-order";
import { cmp, computeLowLevelCodes } from "@/lib/domain/planning/low-level-codes";
import { parseKeyParameters, type KeyParameters } from "@/lib/domain/planning/lot-size";
import { dayOf, parseQty } from "@/lib/domain/planning/quantity";
import type { DemandEvent, DraftLine, KeyProfile } from "@/lib/domain/planning/draft";
import type { PlanningDemand, PlanningInput, PlanningItem, PlanningKey, PlanningResult } from "@/lib/domain/planning/types";

const keyOf = (variantCode: string, locationCode: string) => `${variantCode}\u0000${locationCode}`;
const orderLineKey = (status: string, orderNo: string, lineNo: number) => `${status}\u0000${orderNo}\u0000${lineNo}`;

export function calculatePlan(input: PlanningInput): PlanningResult {
  const items = new Map(input.items.map((item) => [item.itemNo, item]));
  const { codes: lowLevelCodes, cycles: bomCycles } = computeLowLevelCodes(input.items);
  const startDay = dayOf(input.startingDate);
  const endDay = dayOf(input.endingDate);
  let seq = 0;
  const nextSeq = () => seq++;

  const profiles = new Map<string, Map<string, KeyProfile>>();
  const profileOf = (k: PlanningKey): KeyProfile => {
    let byKey = profiles.get(k.itemNo);
    if (!byKey) profiles.set(k.itemNo, (byKey = new Map()));
    const id = keyOf(k.variantCode, k.locationCode);
    let profile = byKey.get(id);
    if (!profile) {
      profile = {
        itemNo: k.itemNo,
        variantCode: k.variantCode,
        locationCode: k.locationCode,
        inventory: 0,
        demands: [],
        supplies: [],
        planned: false,
      };
      byKey.set(id, profile);
    }
    return profile;
  };

  // Existing component need per order line, so a changed order's need can replace it (BC).
  const componentNeedOf = new Map<string, DemandEvent[]>();
  const addDemand = (demand: PlanningDemand, qty: number) => {
    const profile = profileOf(demand);
    if (profile.planned) return; // a BOM cycle (PL-2 reports it): never planned twice
    const event: DemandEvent = {
      demand,
      day: dayOf(demand.date),
      qty,
      priority: demand.kind === "SALES" ? 0 : 1,
      seq: nextSeq(),
      dropped: false,
    };
    profile.demands.push(event);
    return event;
  };
  for (const demand of input.demands) {
    const event = addDemand(demand, parseQty(demand.quantity));
    if (event && demand.source.type === "COMPONENT") {
      const id = orderLineKey(demand.source.orderStatus, demand.source.orderNo, demand.source.lineNo);
      const list = componentNeedOf.get(id);
      if (list) list.push(event);
      else componentNeedOf.set(id, [event]);
    }
  }
  for (const supply of input.supplies) {
    const profile = profileOf(supply);
    if (supply.kind === "INVENTORY") profile.inventory += parseQty(supply.quantity);
    else
      profile.supplies.push({
        supply,
        day: dayOf(supply.dueDate),
        qty: parseQty(supply.quantity),
        changeable: supply.orderStatus !== "RELEASED",
        assigned: false,
      });
  }

  const explodeEnv = { items, lowLevelCodes, startDay, schedule: input.schedule, nextSeq, addDemand };

  const drafts: DraftLine[] = [];
  // PL-8 carries a Cancel out by deleting the whole order: a multi-level order (RF-4) whose lines
  // nothing needs gets ONE Cancel, on its first line planned (the parent, by low-level code).
  const cancelledOrders = new Set<string>();
  const planningOrder = [...input.items].sort(
    (a, b) => (lowLevelCodes.get(a.itemNo) ?? 0) - (lowLevelCodes.get(b.itemNo) ?? 0) || cmp(a.itemNo, b.itemNo),
  );
  let itemsPlanned = 0;
  for (const item of planningOrder) {
    if (input.itemFilter && !input.itemFilter(item.itemNo)) continue;
    const parameters = parametersOf(item, input.defaultDampenerPeriodDays, input.defaultDampenerPercent);
    const balanceEnv = { startDay, endDay, schedule: input.schedule, nextSeq, lowLevelCode: lowLevelCodes.get(item.itemNo) ?? 0 };
    for (const profile of keysToPlan(item, profiles, profileOf, parameters)) {
      profile.planned = true;
      const params = parameters(profile.variantCode, profile.locationCode);
      if (!params) continue;
      for (const line of balanceKey({ profile, params, item }, balanceEnv)) {
        if (line.existing) {
          const s = line.existing;
          for (const event of componentNeedOf.get(orderLineKey(s.orderStatus, s.orderNo, s.orderLineNo)) ?? []) event.dropped = true;
          if (line.actionMessage === "CANCEL") {
            const order = `${s.orderStatus}\u0000${s.orderNo}`;
            if (cancelledOrders.has(order)) continue;
            cancelledOrders.add(order);
          }
        }
        explodeLine(line, explodeEnv);
        drafts.push(line);
      }
    }
    input.onProgress?.(++itemsPlanned);
  }
  return { lines: numberLines(drafts), lowLevelCodes, bomCycles };
}

/** Parsed parameters per variant and location: the stockkeeping unit's, else the item's. */
function parametersOf(item: PlanningItem, dampenerDays: number, dampenerPercent: string) {
  const parsedDefault = parseKeyParameters(item.parameters.default, dampenerDays, dampenerPercent);
  const byKey = new Map<string, KeyParameters | null>();
  for (const sku of item.parameters.byKey)
    byKey.set(keyOf(sku.variantCode, sku.locationCode), parseKeyParameters(sku.parameters, dampenerDays, dampenerPercent));
  return (variantCode: string, locationCode: string) => {
    const id = keyOf(variantCode, locationCode);
    return byKey.has(id) ? byKey.get(id)! : parsedDefault;
  };
}

/**
 * The keys an item is planned for: every key with demand or supply, every stockkeeping unit, and
 * the item itself (blank variant and location) when nothing else exists but its parameters ask
 * for stock (a reorder point or safety stock), as BC plans an item without any orders.
 */
function keysToPlan(
  item: PlanningItem,
  profiles: Map<string, Map<string, KeyProfile>>,
  profileOf: (k: PlanningKey) => KeyProfile,
  parameters: (variantCode: string, locationCode: string) => KeyParameters | null,
): KeyProfile[] {
  for (const sku of item.parameters.byKey) profileOf({ itemNo: item.itemNo, variantCode: sku.variantCode, locationCode: sku.locationCode });
  if (!profiles.has(item.itemNo)) {
    const p = parameters("", "");
    if (p && (p.policy === "FIXED_REORDER_QTY" || p.policy === "MAXIMUM_QTY" || p.safetyStock > 0))
      profileOf({ itemNo: item.itemNo, variantCode: "", locationCode: "" });
  }
  const keys = [...(profiles.get(item.itemNo)?.values() ?? [])];
  return keys.sort((a, b) => cmp(a.variantCode, b.variantCode) || cmp(a.locationCode, b.locationCode));
}
