import { atMinutes, isoDateOf, type IsoDate } from "@/lib/domain/calendar/iso-date";
import { endingDateFromDueDate, startingDateWithoutRouting, type LeadTimeInput } from "@/lib/domain/production-order/dates";
import { lineDatesOf, rescheduleError, withNeighbours } from "@/lib/domain/order-edit/reschedule-routing";
import { scheduleRouting, type ScheduleAnchor } from "@/lib/domain/scheduling/schedule-routing";
import type { SqlTx } from "@/lib/services/sql-tx";
import type { OrderRow } from "@/lib/services/production-orders/refresh/load-order";
import { ts } from "@/lib/services/production-orders/refresh/write-plan";
import { loadLineSchedule, type LineSchedule, type StoredOperation } from "./load-line-schedule";

// Reschedules one order line from its stored routing lines and writes the result set-based: the
// routing lines' dates and neighbours (one UPDATE), the line's dates (one), and its components'
// Due Date (one: the start of the first operation with the component's Routing Link Code, else
// the line's start, as the refresh sets it). Statements: load (1) + up to 3 updates.

export type RescheduleRequest =
  /**
   * A routing line changed, was added or deleted: reschedule from the operation at this id (or the
   * one after which it was), from its stored start or from the one given (the timeline's drag).
   */
  | { kind: "fromOperation"; operationId: number | null; fallbackStart: Date | null; startingDateTime?: Date }
  /** Quantity changed: backward from the line's Ending Date-Time. */
  | { kind: "keepEnd" }
  /** Due Date changed: backward from the Ending Date the Due Date gives (PO-9, RF-6). */
  | { kind: "fromDueDate"; dueDate: IsoDate };

const leadOf = (line: LineSchedule, order: OrderRow): LeadTimeInput => ({
  safetyLeadTimeDays: line.safetyLeadTimeDays ?? order.setup.defaultSafetyLeadTimeDays,
  inboundHandlingDays: line.inboundHandlingDays,
  calendar: line.calendar,
});

export async function rescheduleLine(tx: SqlTx, order: OrderRow, orderLineId: number, request: RescheduleRequest, field: string) {
  const line = await loadLineSchedule(tx, order.id, orderLineId);
  const lead = leadOf(line, order);
  const quantity = Number(line.quantity);
  let dates: { startingDateTime: Date; endingDateTime: Date; dueDate: IsoDate } | null;
  const ops: StoredOperation[] = line.operations;
  let scheduled: { startingDateTime: Date; endingDateTime: Date }[] = [];
  try {
    const anchor = anchorOf(line, order, lead, request);
    if (!anchor) return;
    scheduled = scheduleRouting(ops, anchor, quantity).operations;
    const keepDue = request.kind === "fromDueDate" ? request.dueDate : request.kind === "keepEnd" ? line.dueDate : null;
    dates =
      lineDatesOf(
        scheduled.map((s, i) => ({ ...s, operationNo: ops[i].operationNo })),
        lead,
        keepDue,
      ) ?? withoutRouting(line, order, lead, anchor, keepDue);
  } catch (e) {
    throw rescheduleError(e, field);
  }
  if (ops.length > 0) {
    const n = withNeighbours(ops);
    await tx.$executeRaw`
      UPDATE "ProdOrderRoutingLine" r SET "startingDateTime" = t.starts, "endingDateTime" = t.ends,
        "previousOperationNo" = t.prev, "nextOperationNo" = t.next, "inputQuantity" = ${line.quantity}::numeric
      FROM unnest(${ops.map((o) => o.id)}::int[], ${scheduled.map((s) => ts(s.startingDateTime))}::timestamp[],
                  ${scheduled.map((s) => ts(s.endingDateTime))}::timestamp[], ${n.map((o) => o.previousOperationNo)}::text[],
                  ${n.map((o) => o.nextOperationNo)}::text[]) AS t(id, starts, ends, prev, next)
      WHERE r.id = t.id AND r."orderLineId" = ${orderLineId}`;
  }
  if (!dates) return;
  await tx.$executeRaw`
    UPDATE "ProdOrderLine" SET "startingDateTime" = ${ts(dates.startingDateTime)}::timestamp, "endingDateTime" = ${ts(dates.endingDateTime)}::timestamp,
      "dueDate" = ${dates.dueDate}::date
    WHERE id = ${orderLineId}`;
  await tx.$executeRaw`
    UPDATE "ProdOrderComponent" c SET "dueDateTime" = d.due_at, "dueDate" = d.due_at::date
    FROM (SELECT c2.id, coalesce(
            (SELECT r."startingDateTime" FROM "ProdOrderRoutingLine" r
             WHERE r."orderLineId" = ${orderLineId} AND c2."routingLinkCode" <> '' AND r."routingLinkCode" = c2."routingLinkCode"
             ORDER BY r."startingDateTime" LIMIT 1),
            ${ts(dates.startingDateTime)}::timestamp) AS due_at
          FROM "ProdOrderComponent" c2 WHERE c2."orderLineId" = ${orderLineId}) d
    WHERE c.id = d.id`;
}

function anchorOf(line: LineSchedule, order: OrderRow, lead: LeadTimeInput, request: RescheduleRequest): ScheduleAnchor | null {
  if (request.kind === "fromDueDate") {
    return {
      from: "lineEnd",
      endingDateTime: atMinutes(endingDateFromDueDate({ ...lead, dueDate: request.dueDate }), order.setup.normalEndingTime),
    };
  }
  if (request.kind === "keepEnd") return line.endingDateTime ? { from: "lineEnd", endingDateTime: line.endingDateTime } : null;
  const index = line.operations.findIndex((o) => o.id === request.operationId);
  const op = line.operations[Math.max(index, 0)];
  const start = (op && request.startingDateTime) || (op?.startingDateTime ?? request.fallbackStart ?? line.startingDateTime);
  return start ? { from: "operation", index: Math.max(index, 0), startingDateTime: start } : null;
}

/** RF-5 without a routing (its last operation deleted): the line lasts its Lead Time Calculation. */
function withoutRouting(line: LineSchedule, order: OrderRow, lead: LeadTimeInput, anchor: ScheduleAnchor, keepDue: IsoDate | null) {
  if (anchor.from !== "lineEnd") return null;
  const endingDate = isoDateOf(anchor.endingDateTime);
  const startingDate = startingDateWithoutRouting({ endingDate, leadTimeDays: line.leadTimeDays, calendar: lead.calendar });
  return {
    startingDateTime: atMinutes(startingDate, order.setup.normalStartingTime),
    endingDateTime: anchor.endingDateTime,
    dueDate: keepDue ?? line.dueDate ?? endingDate,
  };
}
