// PL-3/PL-6/PL-7: the component need of proposed supply. A proposal's components are needed on
// its Starting Date, in the quantity refresh will give them (RF-3's expectedQuantity, the one
// implementation), so that carrying out a line and planning again finds exactly the demand this
// run planned for (PL-9). A make-to-order component of a make-to-order parent is not planned on
// its own: it becomes a line under the parent (Planning Level + 1, RF-4), merged per item and
// level, and is carried out with it.
import { msg } from "@/lib/i18n/domain-message";
import { expectedQuantity } from "@/lib/domain/bom/expected-quantity";
import { addDecimal, divDecimal, mulDecimal, parseDecimal } from "@/lib/domain/bom/decimal";
import { dayOf, formatQty, isoOfDay, parseQty, QTY_SCALE } from "@/lib/domain/planning/quantity";
import type { DraftLine } from "@/lib/domain/planning/draft";
import type { PlanningBomComponent, PlanningDemand, PlanningItem, PlanningScheduler } from "@/lib/domain/planning/types";

/** RF-4's depth limit: a make-to-order chain deeper than this is cut (a cycle is reported by PL-2). */
const MAX_CHAIN_DEPTH = 50;

/**
 * Component need of `parentQty` (scaled) of `parent`, in scaled units, as refresh computes it.
 * A plan asks this hundreds of thousands of times, so when Quantity per × (1 + Scrap %) has few
 * enough decimals that the product is an exact safe integer, it is computed in integers; that is
 * the same number RF-3's exact arithmetic gives (no rounding happens before the last step).
 */
export function componentNeed(parent: PlanningItem, component: PlanningBomComponent, parentQty: number): number {
  const factor = perUnitFactor(parent, component);
  if (factor) {
    const exact = component.fixedQuantity ? factor.units * QTY_SCALE : factor.units * parentQty;
    if (Number.isSafeInteger(exact)) return roundHalfAway(exact, factor.divisor);
  }
  return exactComponentNeed(parent, component, parentQty);
}

type Factor = { units: number; divisor: number } | null;
const factors = new WeakMap<PlanningBomComponent, { scrap: string; factor: Factor }>();

/** Quantity per × (1 + Scrap %) as units / divisor, or null when it has more than 10 decimals. */
function perUnitFactor(parent: PlanningItem, component: PlanningBomComponent): Factor {
  const scrap = component.fixedQuantity ? "0" : parent.scrapPercent;
  const cached = factors.get(component);
  if (cached && cached.scrap === scrap) return cached.factor;
  const exact = mulDecimal(component.quantityPer, addDecimal(1n, divDecimal(scrap, 100n, parseDecimal(scrap).scale + 2)));
  const factor =
    exact.scale <= 10 && exact.units <= BigInt(Number.MAX_SAFE_INTEGER) ? { units: Number(exact.units), divisor: 10 ** exact.scale } : null;
  factors.set(component, { scrap, factor });
  return factor;
}

const roundHalfAway = (n: number, d: number) => (n < 0 ? -Math.floor((-n * 2 + d) / (2 * d)) : Math.floor((n * 2 + d) / (2 * d)));

function exactComponentNeed(parent: PlanningItem, component: PlanningBomComponent, parentQty: number): number {
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

type Subassembly = {
  item: PlanningItem;
  variantCode: string;
  qty: number;
  dueDay: number;
  demands: { demand: PlanningDemand; qty: number }[];
};

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
    let merged: Map<string, Subassembly> | null = null;
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
          source: parent.source,
        };
        const componentItem = env.items.get(component.itemNo);
        if (chainParent && isMakeToOrderProduced(componentItem)) {
          const mergeKey = `${component.itemNo}\u0000${component.variantCode}`;
          merged ??= new Map();
          const entry = merged.get(mergeKey);
          const day = dayOf(parent.startingDate);
          if (entry) {
            entry.qty += qty;
            entry.dueDay = Math.min(entry.dueDay, day);
            entry.demands.push({ demand, qty });
          } else
            merged.set(mergeKey, { item: componentItem, variantCode: component.variantCode, qty, dueDay: day, demands: [{ demand, qty }] });
        } else env.addDemand(demand, qty);
      }
    }
    if (!merged) break;
    level = [...merged.values()].map((m) => {
      // Backward from the parent's start, even into the past: the subline is part of the parent's
      // order (RF-4 schedules it the same way), so a late chain shows as Attention, not as a
      // different date that the next plan would see as a shortage.
      const dates = env.schedule({
        itemNo: m.item.itemNo,
        variantCode: m.variantCode,
        locationCode: line.locationCode,
        quantity: formatQty(m.qty),
        dueDate: isoOfDay(m.dueDay),
      });
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
        warningText: late
          ? msg("planningWarningStartBeforePlan", { startingDate: dates.startingDate, planStartingDate: isoOfDay(env.startDay) })
          : null,
        covers: m.demands,
        projection: [],
        planningLevel: depth,
        parent: line,
        children: [],
        seq: env.nextSeq(),
        lowLevelCode: env.lowLevelCodes.get(m.item.itemNo) ?? 0,
        source: { type: "PLANNING_LINE", lineNo: 0 },
      };
      line.children.push(sub);
      return sub;
    });
  }
}
