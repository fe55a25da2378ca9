// RF-5/RF-6 after a change on the card. BC's Prod. Order Routing Line recalculates from the
// changed operation (CalcStartingEndingDates → CalcSequenceFromActual): the changed operation
// keeps its Starting Date-Time and it and the later ones go forward, the earlier ones go backward
// from its start. A line whose Quantity or Due Date changes is rescheduled backward from its
// Ending Date-Time (ProdOrderLine.Validate → Recalculate, Direction Backward). The arithmetic is
// the scheduler's own, from one entry point (lib/domain/scheduling/schedule-routing.ts); this file
// rolls the result up to the line.
import { isoDateOf, type IsoDate } from "@/lib/domain/calendar/iso-date";
import { NoWorkingDaysError } from "@/lib/domain/calendar/working-days";
import { MAX_SPAN_YEARS, OutOfHorizonError } from "@/lib/domain/scheduling/horizon";
import { NoWorkingTimeError } from "@/lib/domain/scheduling/shop-calendar";
import { DomainError, MessageRangeError } from "@/lib/errors";
import { msg } from "@/lib/i18n/domain-message";
import { lineDueDate, type LeadTimeInput } from "@/lib/domain/production-order/dates";
import type { ScheduledOperation } from "@/lib/domain/scheduling/schedule-operations";

export type RescheduledLine = { startingDateTime: Date; endingDateTime: Date; dueDate: IsoDate };

/**
 * The line spans its operations (RF-5); its Due Date follows its new end when the routing moved
 * (RF-6), and stays what was asked for when the line was scheduled backward from it.
 */
export function lineDatesOf(ops: readonly ScheduledOperation[], lead: LeadTimeInput, keepDueDate: IsoDate | null): RescheduledLine | null {
  if (ops.length === 0) return null;
  const startingDateTime = ops.reduce((m, o) => (o.startingDateTime < m ? o.startingDateTime : m), ops[0].startingDateTime);
  const endingDateTime = ops.reduce((m, o) => (o.endingDateTime > m ? o.endingDateTime : m), ops[0].endingDateTime);
  const dueDate = keepDueDate ?? lineDueDate({ ...lead, endingDate: isoDateOf(endingDateTime) });
  return { startingDateTime, endingDateTime, dueDate };
}

/** Operations with their neighbours, as the refresh writes them (Previous/Next Operation No.). */
export function withNeighbours<T extends { operationNo: string }>(ops: readonly T[]) {
  return ops.map((o, i) => ({ ...o, previousOperationNo: ops[i - 1]?.operationNo ?? "", nextOperationNo: ops[i + 1]?.operationNo ?? "" }));
}

/** A scheduling failure as a message beside the field that caused it (PO-11). */
export function rescheduleError(e: unknown, field: string): unknown {
  if (e instanceof OutOfHorizonError) {
    return new DomainError(
      "OUT_OF_HORIZON",
      msg("orderEditOutOfHorizon", { years: MAX_SPAN_YEARS, operation: e.operationNo ?? "" }),
      field,
    );
  }
  if (e instanceof NoWorkingTimeError) return new DomainError("SCHEDULING_FAILED", msg("calendarNoWorkingTime"), field);
  if (e instanceof NoWorkingDaysError || e instanceof MessageRangeError) return new DomainError("SCHEDULING_FAILED", e.text, field);
  return e;
}
