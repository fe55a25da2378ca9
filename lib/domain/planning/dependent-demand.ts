// PL-3/PL-6/PL-7: the component need of proposed supply. A proposal's components are needed on
// its Starting Date, in the quantity refresh will give them (RF-3's expectedQuantity, the one
// implementation), so that carrying out a line and planning again finds exactly the demand this
// run planned for (PL-9). A make-to-order component of a make-to-order parent is not planned on
// its own: it becomes a line under the parent (Planning Level + 1, RF-4), merged per item and
// level, and is carried out with it.
import { expectedQuantity } from "@/lib/domain/bom/expected-quantity";
import { dayOf, formatQty, isoOfDay, parseQty } from "@/lib/domain/planning/quantity";
import type { DraftLine } from "@/lib/domain/planning/draft";
import type { PlanningBomComponent, PlanningDemand, PlanningItem, PlanningScheduler } from "@/lib/domain/planning/types";

/** RF-4's depth limit: a make-to-order chain deeper than this is cut (a cycle is reported by PL-2). */
const MAX_CHAIN_DEPTH = 50;

/** Component need of `parentQty` (scaled) of `parent`, in scaled units, as refresh computes it. */
export function componentNeed(parent: PlanningItem, component: PlanningBomComponent, parentQty: number): number {
  return parseQty(
    expectedQuantity({
      quantityPer: component.quantityPer,
      lineQuantity: formatQty(parentQty),
      lineScrapPercent: parent.scrapPercent,
      componentScrapPercent: 0,
      calculationFormula: component.fixedQuantity ? "FIXED_QUANTITY" : "NONE",
    }),
  );
}

const isMakeToOrderProduced = (item: PlanningItem | undefined): item is PlanningItem =>
  !!item && item.manufacturingPolicy === "MAKE_TO_ORDER" && item.replenishmentSystem === "PROD_ORDER";

export type ExplodeEnv = {
  items: Map<string, PlanningItem>;
  lowLevelCodes: Map<string, number>;
  startDay: number;
  schedule: PlanningScheduler;
  nextSeq: () => number;
  /** Hands a component demand to its key's profile (dropped when that key is already planned). */
  addDemand: (demand: PlanningDemand, qty: number) => void;
};

/** The component demands (and make-to-order sublines) of one top-level draft line. */
export function explodeLine(line: DraftLine, env: ExplodeEnv): void {
  if (line.actionMessage === "CANCEL" || line.item.replenishmentSystem !== "PROD_ORDER") return;
  let level: DraftLine[] = [line];
  for (let depth = 1; level.length > 0 && depth <= MAX_CHAIN_DEPTH; depth++) {
    const merged = new Map<string, { item: PlanningItem; variantCode: string; qty: number; dueDay: number; demands: { demand: PlanningDemand; qty: number }[] }>();
    for (const parent of level) {
      const chainParent = line.actionMessage === "NEW" && isMakeToOrderProduced(parent.item);
      for (const component of parent.item.components) {
        const qty = componentNeed(parent.item, component, parent.qty);
        if (qty <= 0) continue;
        const demand: PlanningDemand = {
          itemNo: component.itemNo,
          variantCode: component.variantCode,
          locationCode: parent.locationCode,
          kind: "COMPONENT",
          date: parent.startingDate,
          quantity: formatQty(qty),
          source: { type: "PLANNING_LINE", lineNo: 0 },
        };
        parent.componentDemands.push(demand);
        const componentItem = env.items.get(component.itemNo);
        if (chainParent && isMakeToOrderProduced(componentItem)) {
          const mergeKey = `${component.itemNo}\u0000${component.variantCode}`;
          const entry = merged.get(mergeKey);
          const day = dayOf(parent.startingDate);
          if (entry) {
            entry.qty += qty;
            entry.dueDay = Math.min(entry.dueDay, day);
            entry.demands.push({ demand, qty });
          } else merged.set(mergeKey, { item: componentItem, variantCode: component.variantCode, qty, dueDay: day, demands: [{ demand, qty }] });
        } else env.addDemand(demand, qty);
      }
    }
    level = [...merged.values()].map((m) => {
      // Backward from the parent's start, even into the past: the subline is part of the parent's
      // order (RF-4 schedules it the same way), so a late chain shows as Attention, not as a
      // different date that the next plan would see as a shortage.
      const dates = env.schedule({ itemNo: m.item.itemNo, variantCode: m.variantCode, locationCode: line.locationCode, quantity: formatQty(m.qty), dueDate: isoOfDay(m.dueDay) });
      const late = dayOf(dates.startingDate) < env.startDay;
      const sub: DraftLine = {
        itemNo: m.item.itemNo,
        variantCode: m.variantCode,
        locationCode: line.locationCode,
        item: m.item,
        actionMessage: "NEW",
        existing: null,
        qty: m.qty,
        dueDay: m.dueDay,
        startingDate: dates.startingDate,
        endingDate: dates.endingDate,
        warning: late ? "ATTENTION" : null,
        warningText: late ? { key: "planningWarningStartBeforePlan", params: { startingDate: dates.startingDate, planStartingDate: isoOfDay(env.startDay) } } : null,
        covers: m.demands,
        projection: [],
        planningLevel: depth,
        parent: line,
        children: [],
        seq: env.nextSeq(),
        componentDemands: [],
      };
      line.children.push(sub);
      return sub;
    });
  }
}
