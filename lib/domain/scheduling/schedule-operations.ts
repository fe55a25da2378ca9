// RF-5: place the routing operations of one order line on their work centers' shop calendars.
// Design choice: wait and move time are also counted in the work center's working time (BC can
// count them in calendar time); one rule for all four times keeps the arithmetic predictable and
// never lets material "move" over a weekend nobody works.
import {
  consumeBackward,
  consumeForward,
  snapBackward,
  snapForward,
  type ShopCalendar,
} from "@/lib/domain/scheduling/shop-calendar";

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

function requireNonNegative(value: number, label: string, operationNo: string): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${label} of operation ${operationNo} must be zero or more, got ${value}.`);
  }
}

/** Run minutes for `quantity`: parallel units and efficiency shorten the run, not the setup. */
export function runMinutes(op: OperationToSchedule, quantity: number): number {
  if (!(op.capacity > 0)) throw new RangeError(`Capacity of operation ${op.operationNo} must be greater than 0.`);
  if (!(op.efficiency > 0)) throw new RangeError(`Efficiency of operation ${op.operationNo} must be greater than 0.`);
  requireNonNegative(op.runTime, "Run Time", op.operationNo);
  requireNonNegative(quantity, "Quantity", op.operationNo);
  return (op.runTime * quantity) / (op.capacity * (op.efficiency / 100));
}

function validate(op: OperationToSchedule, quantity: number): { run: number; setup: number; waitMove: number } {
  const run = runMinutes(op, quantity);
  requireNonNegative(op.setupTime, "Setup Time", op.operationNo);
  requireNonNegative(op.waitTime, "Wait Time", op.operationNo);
  requireNonNegative(op.moveTime, "Move Time", op.operationNo);
  return { run, setup: op.setupTime, waitMove: op.waitTime + op.moveTime };
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
  const scheduled: ScheduledOperation[] = [];
  let cursor = lineEnd;
  for (let i = ops.length - 1; i >= 0; i--) {
    const { calendar, operationNo } = ops[i];
    const { run, setup, waitMove } = durations[i];
    const endingDateTime = snapBackward(calendar, consumeBackward(calendar, cursor, waitMove));
    const runStart = consumeBackward(calendar, endingDateTime, run);
    const startingDateTime = consumeBackward(calendar, runStart, setup);
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
  const scheduled: ScheduledOperation[] = [];
  let cursor = lineStart;
  ops.forEach(({ calendar, operationNo }, i) => {
    const { run, setup, waitMove } = durations[i];
    const startingDateTime = snapForward(calendar, cursor);
    const runStart = consumeForward(calendar, startingDateTime, setup);
    const endingDateTime = consumeForward(calendar, runStart, run);
    scheduled.push({ operationNo, startingDateTime, endingDateTime });
    cursor = consumeForward(calendar, endingDateTime, waitMove);
  });
  return summarize(scheduled, lineStart);
}
