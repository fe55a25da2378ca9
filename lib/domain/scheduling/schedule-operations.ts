// RF-5: place the routing operations of one order line on their work centers' shop calendars.
// Design choice: wait and move time are also counted in the work center's working time (BC can
// count them in calendar time); one rule for all four times keeps the arithmetic predictable and
// never lets material "move" over a weekend nobody works.
import { MessageRangeError } from "@/lib/errors";
import { fitsInSpan, MAX_SPAN_MS, OutOfHorizonError } from "@/lib/domain/scheduling/horizon";
import {
  consumeBackward,
  consumeForward,
  snapBackward,
  snapForward,
  weeklyWorkingMs,
  type ShopCalendar,
} from "@/lib/domain/scheduling/shop-calendar";
import { msg, type CaptionKey } from "@/lib/i18n/domain-message";

export type OperationToSchedule = {
  operationNo: string;
  calendar: ShopCalendar;
  /** Parallel units of the work/machine center. */
  capacity: number;
  /** Percent; 100 = nominal speed. */
  efficiency: number;
  /** Minutes; runTime is per unit. */
  setupTime: number;
  runTime: number;
  waitTime: number;
  moveTime: number;
};

/** Ending = end of the run, i.e. before its wait and move time. */
export type ScheduledOperation = { operationNo: string; startingDateTime: Date; endingDateTime: Date };

export type LineSchedule = {
  operations: ScheduledOperation[];
  /** First operation's start. */
  startingDateTime: Date;
  /** Last operation's end. */
  endingDateTime: Date;
};

function requireNonNegative(value: number, label: CaptionKey, operationNo: string): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new MessageRangeError(msg("operationValueNegative", { field: msg(label), no: operationNo, value }));
  }
}

/** Run minutes for `quantity`: parallel units and efficiency shorten the run, not the setup. */
export function runMinutes(op: OperationToSchedule, quantity: number): number {
  if (!(op.capacity > 0)) throw new MessageRangeError(msg("operationValuePositive", { field: msg("partCapacity"), no: op.operationNo }));
  if (!(op.efficiency > 0)) throw new MessageRangeError(msg("operationValuePositive", { field: msg("partEfficiency"), no: op.operationNo }));
  requireNonNegative(op.runTime, "partRunTime", op.operationNo);
  requireNonNegative(quantity, "partQuantity", op.operationNo);
  return (op.runTime * quantity) / (op.capacity * (op.efficiency / 100));
}

function validate(op: OperationToSchedule, quantity: number): { run: number; setup: number; waitMove: number } {
  const run = runMinutes(op, quantity);
  requireNonNegative(op.setupTime, "partSetupTime", op.operationNo);
  requireNonNegative(op.waitTime, "partWaitTime", op.operationNo);
  requireNonNegative(op.moveTime, "partMoveTime", op.operationNo);
  return { run, setup: op.setupTime, waitMove: op.waitTime + op.moveTime };
}

type Durations = { run: number; setup: number; waitMove: number };

/**
 * RF-5 horizon, decided before any walk: an operation whose minutes exceed what its calendar
 * holds in a whole span (weekly working time × weeks) is refused at once. Operations that fit
 * one by one but not together are stopped by the walks' own horizon (week by week, so quickly).
 */
function requireFitsInSpan(ops: readonly OperationToSchedule[], durations: Durations[]): void {
  ops.forEach((op, i) => {
    const { run, setup, waitMove } = durations[i];
    if (!fitsInSpan(run + setup + waitMove, weeklyWorkingMs(op.calendar))) throw new OutOfHorizonError(op.operationNo);
  });
}

/** Runs one operation's walks; a walk leaving the horizon names the operation. */
function inHorizon<T>(operationNo: string, walk: () => T): T {
  try {
    return walk();
  } catch (e) {
    if (e instanceof OutOfHorizonError && e.operationNo === null) throw new OutOfHorizonError(operationNo);
    throw e;
  }
}

function summarize(operations: ScheduledOperation[], fallback: Date): LineSchedule {
  if (operations.length === 0) {
    return { operations, startingDateTime: new Date(fallback), endingDateTime: new Date(fallback) };
  }
  return {
    operations,
    startingDateTime: operations[0].startingDateTime,
    endingDateTime: operations[operations.length - 1].endingDateTime,
  };
}

/**
 * Backward from the line's Ending Date-Time: each operation, last to first, takes its move and
 * wait time, then run, then setup. Its end is snapped back to working time so that it never ends
 * on a night or a weekend when an earlier moment will do.
 */
export function scheduleBackward(ops: readonly OperationToSchedule[], lineEnd: Date, quantity: number): LineSchedule {
  const durations = ops.map((op) => validate(op, quantity)); // fail before any arithmetic
  requireFitsInSpan(ops, durations);
  const notBefore = lineEnd.getTime() - MAX_SPAN_MS;
  const scheduled: ScheduledOperation[] = [];
  let cursor = lineEnd;
  for (let i = ops.length - 1; i >= 0; i--) {
    const { calendar, operationNo } = ops[i];
    const { run, setup, waitMove } = durations[i];
    const { startingDateTime, endingDateTime } = inHorizon(operationNo, () => {
      const ending = snapBackward(calendar, consumeBackward(calendar, cursor, waitMove, notBefore));
      const starting = consumeBackward(calendar, consumeBackward(calendar, ending, run, notBefore), setup, notBefore);
      if (starting.getTime() < notBefore) throw new OutOfHorizonError(operationNo);
      return { startingDateTime: starting, endingDateTime: ending };
    });
    scheduled.unshift({ operationNo, startingDateTime, endingDateTime });
    cursor = startingDateTime;
  }
  return summarize(scheduled, lineEnd);
}

/**
 * Forward from the line's Starting Date-Time, the mirror image: each operation, first to last,
 * starts at the next working moment and takes setup, run, then wait and move before the next.
 */
export function scheduleForward(ops: readonly OperationToSchedule[], lineStart: Date, quantity: number): LineSchedule {
  const durations = ops.map((op) => validate(op, quantity));
  requireFitsInSpan(ops, durations);
  const notAfter = lineStart.getTime() + MAX_SPAN_MS;
  const scheduled: ScheduledOperation[] = [];
  let cursor = lineStart;
  ops.forEach(({ calendar, operationNo }, i) => {
    const { run, setup, waitMove } = durations[i];
    inHorizon(operationNo, () => {
      const startingDateTime = snapForward(calendar, cursor);
      const endingDateTime = consumeForward(calendar, consumeForward(calendar, startingDateTime, setup, notAfter), run, notAfter);
      if (endingDateTime.getTime() > notAfter) throw new OutOfHorizonError(operationNo);
      scheduled.push({ operationNo, startingDateTime, endingDateTime });
      cursor = consumeForward(calendar, endingDateTime, waitMove, notAfter);
    });
  });
  return summarize(scheduled, lineStart);
}
