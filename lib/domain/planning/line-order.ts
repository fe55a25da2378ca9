// PL-9: the worksheet's line order is a pure function of the data: top-level lines in planning
// order (low-level code, then item), by variant, location, due date and action, each followed by its make-to-order sublines; Line No.
// steps by 10000 as in BC. Numbers are assigned last, so component demands that name their
// proposal line get it through the line's shared source object.
import { cmp } from "@/lib/domain/planning/low-level-codes";
import { formatQty, isoOfDay } from "@/lib/domain/planning/quantity";
import type { DraftLine } from "@/lib/domain/planning/draft";
import type { ActionMessage, PeggedDemand, PlanningLine } from "@/lib/domain/planning/types";

const ACTION_RANK: Record<ActionMessage, number> = { CANCEL: 0, RESCHEDULE: 1, RESCHEDULE_AND_CHANGE_QTY: 2, CHANGE_QTY: 3, NEW: 4 };

function compareDrafts(a: DraftLine, b: DraftLine): number {
  return (
    a.planningLevel - b.planningLevel ||
    a.lowLevelCode - b.lowLevelCode ||
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

export function numberLines(drafts: DraftLine[]): PlanningLine[] {
  const ordered: DraftLine[] = [];
  for (const top of [...drafts].sort(compareDrafts)) {
    ordered.push(top);
    if (top.children.length > 0) ordered.push(...[...top.children].sort(compareDrafts));
  }
  ordered.forEach((d, i) => (d.source.lineNo = (i + 1) * 10000));
  return ordered.map((d) => toPlanningLine(d, d.parent ? d.parent.source.lineNo : null));
}

function toPlanningLine(d: DraftLine, parentLineNo: number | null): PlanningLine {
  const s = d.existing;
  const dateChanged = d.actionMessage === "RESCHEDULE" || d.actionMessage === "RESCHEDULE_AND_CHANGE_QTY";
  const qtyChanged = d.actionMessage === "CHANGE_QTY" || d.actionMessage === "RESCHEDULE_AND_CHANGE_QTY" || d.actionMessage === "CANCEL";
  return {
    itemNo: d.itemNo,
    variantCode: d.variantCode,
    locationCode: d.locationCode,
    lineNo: d.source.lineNo,
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
    ref:
      s && s.orderStatus !== "RELEASED"
        ? { orderStatus: s.orderStatus, orderNo: s.orderNo, orderLineNo: s.orderLineNo, orderVersion: s.orderVersion }
        : null,
    planningLevel: d.planningLevel,
    parentLineNo,
    lowLevelCode: d.lowLevelCode,
    warning: d.warning,
    warningText: d.warningText,
    covers: mergeCovers(d.covers),
    projection: d.projection,
  };
}

/** One entry per demand (a line's supply takes each demand in one piece, sublines sum several). */
function mergeCovers(covers: DraftLine["covers"]): PeggedDemand[] {
  const merged: PeggedDemand[] = [];
  for (let i = 0; i < covers.length; i++) {
    let qty = covers[i].qty;
    while (i + 1 < covers.length && covers[i + 1].demand === covers[i].demand) qty += covers[++i].qty;
    merged.push({ demand: covers[i].demand, quantity: formatQty(qty) });
  }
  return merged;
}
