// PL-9: the worksheet's line order is a pure function of the data: top-level lines in planning
// order (low-level code, then item), by variant, location, due date and action, each followed by its make-to-order sublines; Line No.
// steps by 10000 as in BC. Numbers are assigned last, so component demands that name their
// proposal line are patched here.
import { cmp } from "@/lib/domain/planning/low-level-codes";
import { formatQty, isoOfDay } from "@/lib/domain/planning/quantity";
import type { DraftLine } from "@/lib/domain/planning/draft";
import type { ActionMessage, PeggedDemand, PlanningLine } from "@/lib/domain/planning/types";

const ACTION_RANK: Record<ActionMessage, number> = { CANCEL: 0, RESCHEDULE: 1, RESCHEDULE_AND_CHANGE_QTY: 2, CHANGE_QTY: 3, NEW: 4 };

function compareDrafts(a: DraftLine, b: DraftLine, llc: Map<string, number>): number {
  return (
    a.planningLevel - b.planningLevel ||
    (llc.get(a.itemNo) ?? 0) - (llc.get(b.itemNo) ?? 0) ||
    cmp(a.itemNo, b.itemNo) ||
    cmp(a.variantCode, b.variantCode) ||
    cmp(a.locationCode, b.locationCode) ||
    a.dueDay - b.dueDay ||
    ACTION_RANK[a.actionMessage] - ACTION_RANK[b.actionMessage] ||
    cmp(a.existing?.orderNo ?? "", b.existing?.orderNo ?? "") ||
    (a.existing?.orderLineNo ?? 0) - (b.existing?.orderLineNo ?? 0) ||
    a.seq - b.seq
  );
}

export function numberLines(drafts: DraftLine[], lowLevelCodes: Map<string, number>): PlanningLine[] {
  const ordered: DraftLine[] = [];
  const compare = (a: DraftLine, b: DraftLine) => compareDrafts(a, b, lowLevelCodes);
  for (const top of [...drafts].sort(compare)) {
    ordered.push(top);
    ordered.push(...[...top.children].sort(compare));
  }
  const numbers = new Map<DraftLine, number>();
  ordered.forEach((d, i) => numbers.set(d, (i + 1) * 10000));
  return ordered.map((d) => {
    const lineNo = numbers.get(d)!;
    for (const demand of d.componentDemands) demand.source = { type: "PLANNING_LINE", lineNo };
    return toPlanningLine(d, lineNo, d.parent ? numbers.get(d.parent)! : null, lowLevelCodes.get(d.itemNo) ?? 0);
  });
}

function toPlanningLine(d: DraftLine, lineNo: number, parentLineNo: number | null, lowLevelCode: number): PlanningLine {
  const s = d.existing;
  const dateChanged = d.actionMessage === "RESCHEDULE" || d.actionMessage === "RESCHEDULE_AND_CHANGE_QTY";
  const qtyChanged = d.actionMessage === "CHANGE_QTY" || d.actionMessage === "RESCHEDULE_AND_CHANGE_QTY" || d.actionMessage === "CANCEL";
  return {
    itemNo: d.itemNo,
    variantCode: d.variantCode,
    locationCode: d.locationCode,
    lineNo,
    actionMessage: d.actionMessage,
    acceptActionMessage: d.warning === null,
    description: d.item.description,
    replenishmentSystem: d.item.replenishmentSystem,
    dueDate: isoOfDay(d.dueDay),
    originalDueDate: s && dateChanged ? s.dueDate : null,
    quantity: formatQty(d.qty),
    originalQuantity: s && qtyChanged ? s.quantity : null,
    startingDate: d.startingDate,
    endingDate: d.endingDate,
    ref: s && s.orderStatus !== "RELEASED" ? { orderStatus: s.orderStatus, orderNo: s.orderNo, orderLineNo: s.orderLineNo, orderVersion: s.orderVersion } : null,
    planningLevel: d.planningLevel,
    parentLineNo,
    lowLevelCode,
    warning: d.warning,
    warningText: d.warningText,
    covers: mergeCovers(d.covers),
    projection: d.projection,
  };
}

/** One entry per demand: pegging may take a demand from the same line in several pieces. */
function mergeCovers(covers: { demand: DraftLine["covers"][number]["demand"]; qty: number }[]): PeggedDemand[] {
  const byDemand = new Map<object, number>();
  for (const c of covers) byDemand.set(c.demand, (byDemand.get(c.demand) ?? 0) + c.qty);
  return [...byDemand].map(([demand, qty]) => ({ demand: demand as PeggedDemand["demand"], quantity: formatQty(qty) }));
}
