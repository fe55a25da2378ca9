// RF-5: place the routing operations of one order line on their work centers' shop calendars.
// As BC's CalculateRoutingLine does, an operation's Starting/Ending Date-Time spans its setup,
// run, wait and move time: backward, the operation ends where the next one starts (or the line
// ends) and its move and wait time come first (CalcMove, CalcWaitBack), then run and setup;
// forward, setup and run come first, then wait and move, and the next operation starts there.
// Design choice: wait and move time are also counted in the work center's working time (BC can
// count them in calendar time); one rule for all four times keeps the arithmetic predictable and
// never lets material "move" over a weekend nobody works.
// With `trace`, the same walks record what they consumed and skipped ("Why this date?").
import { MessageRangeError } from "@/lib/errors";
import { fitsInSpan, MAX_SPAN_MS, OutOfHorizonError } from "@/lib/domain/scheduling/horizon";
import {
  consumeBackward,
  consumeForward,
  snapBackward,
  snapForward,
  weeklyWorkingMs,
  type ShopCalendar,
  type WorkedSpans,
} from "@/lib/domain/scheduling/shop-calendar";
import { MS_PER_MINUTE } from "@/lib/domain/calendar/iso-date";
import {
  skippedPeriods,
  timeStep,
  type OperationTrace,
  type RoutingTrace,
  type RunParams,
  type SkipStep,
  type TimeKind,
  type TimeStep,
} from "@/lib/domain/scheduling/schedule-trace";
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

/** Starting = start of the setup; Ending = end of the move time (BC: the span holds all four times). */
export type ScheduledOperation = { operationNo: string; startingDateTime: Date; endingDateTime: Date };

export type LineSchedule = {
  operations: ScheduledOperation[];
  /** First operation's start. */
  startingDateTime: Date;
  /** Backward: the moment the schedule started from; forward: the last operation's end. */
  endingDateTime: Date;
  /** Only when asked for: how every moment was reached. */
  trace?: RoutingTrace;
};

function requireNonNegative(value: number, label: CaptionKey, operationNo: string): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new MessageRangeError(msg("operationValueNegative", { field: msg(label), no: operationNo, value }));
  }
}

/** Run minutes for `quantity`: parallel units and efficiency shorten the run, not the setup. */
export function runMinutes(op: OperationToSchedule, quantity: number): number {
  if (!(op.capacity > 0)) throw new MessageRangeError(msg("operationValuePositive", { field: msg("partCapacity"), no: op.operationNo }));
  if (!(op.efficiency > 0))
    throw new MessageRangeError(msg("operationValuePositive", { field: msg("partEfficiency"), no: op.operationNo }));
  requireNonNegative(op.runTime, "partRunTime", op.operationNo);
  requireNonNegative(quantity, "partQuantity", op.operationNo);
  return (op.runTime * quantity) / (op.capacity * (op.efficiency / 100));
}

function validate(op: OperationToSchedule, quantity: number): { run: number; setup: number } {
  const run = runMinutes(op, quantity);
  requireNonNegative(op.setupTime, "partSetupTime", op.operationNo);
  requireNonNegative(op.waitTime, "partWaitTime", op.operationNo);
  requireNonNegative(op.moveTime, "partMoveTime", op.operationNo);
  return { run, setup: op.setupTime };
}

/**
 * RF-5 horizon, decided before any walk: an operation whose minutes exceed what its calendar
 * holds in a whole span (weekly working time × weeks) is refused at once. Operations that fit
 * one by one but not together are stopped by the walks' own horizon (week by week, so quickly).
 */
function requireFitsInSpan(ops: readonly OperationToSchedule[], durations: Durations[]): void {
  ops.forEach((op, i) => {
    const { run, setup, wait, move } = durations[i];
    if (!fitsInSpan(run + setup + wait + move, weeklyWorkingMs(op.calendar))) throw new OutOfHorizonError(op.operationNo);
  });
}

/** Runs one operation's walks; a walk leaving the horizon names the operation. */
function inHorizon(operationNo: string, walk: () => void): void {
  try {
    walk();
  } catch (e) {
    if (e instanceof OutOfHorizonError && e.operationNo === null) throw new OutOfHorizonError(operationNo);
    throw e;
  }
}

/**
 * One operation's walks in a given order. Each walk is the plain consume function; with a trace
 * it records the working pieces it took, turned into a time step (skipped periods named).
 */
function walkOperation(
  op: OperationToSchedule,
  durations: Durations,
  quantity: number,
  from: Date,
  backward: boolean,
  limitMs: number,
  trace: boolean,
): { at: Date; step?: OperationTrace } {
  const order: TimeKind[] = backward ? ["move", "wait", "run", "setup"] : ["setup", "run", "wait", "move"];
  const steps: TimeStep[] = [];
  let at = from;
  for (const time of order) {
    const minutes = durations[time];
    const worked: WorkedSpans | undefined = trace ? [] : undefined;
    const next = backward
      ? consumeBackward(op.calendar, at, minutes, limitMs, worked)
      : consumeForward(op.calendar, at, minutes, limitMs, worked);
    if (worked) {
      const [a, b] = backward ? [next, at] : [at, next];
      const params: RunParams | undefined =
        time === "run" ? { runTime: op.runTime, quantity, capacity: op.capacity, efficiency: op.efficiency } : undefined;
      steps.push(timeStep(op.calendar, time, minutes, worked, a.getTime(), b.getTime(), params));
    }
    at = next;
  }
  if (!trace) return { at };
  const [a, b] = backward ? [at, from] : [from, at];
  const ms = b.getTime() - a.getTime();
  return {
    at,
    step: {
      kind: "operation",
      operationNo: op.operationNo,
      from: a.toISOString(),
      to: b.toISOString(),
      ms,
      minutes: ms / MS_PER_MINUTE,
      steps,
    },
  };
}

type Durations = Record<TimeKind, number>;

function durationsOf(op: OperationToSchedule, quantity: number): Durations {
  const { run, setup } = validate(op, quantity);
  return { setup, run, wait: op.waitTime, move: op.moveTime };
}

/** A snap that moved a moment, as the non-working period it passed (line level, between operations). */
function snapGap(cal: ShopCalendar, a: Date, b: Date): SkipStep[] {
  return a.getTime() === b.getTime() ? [] : skippedPeriods(cal, Math.min(a.getTime(), b.getTime()), Math.max(a.getTime(), b.getTime()));
}

/**
 * Backward from the line's Ending Date-Time, last operation to first: an operation ends where
 * the next one starts (snapped back to working time, so it never ends on a night or a weekend
 * when an earlier moment will do), then takes its move, wait, run and setup time. The line keeps
 * the Ending Date-Time it was scheduled from.
 */
export function scheduleBackward(
  ops: readonly OperationToSchedule[],
  lineEnd: Date,
  quantity: number,
  options: { trace?: boolean } = {},
): LineSchedule {
  const durations = ops.map((op) => durationsOf(op, quantity)); // fail before any arithmetic
  requireFitsInSpan(ops, durations);
  const trace = options.trace === true;
  const notBefore = lineEnd.getTime() - MAX_SPAN_MS;
  const scheduled: ScheduledOperation[] = [];
  const steps: RoutingTrace["steps"] = [];
  let cursor = lineEnd;
  for (let i = ops.length - 1; i >= 0; i--) {
    const op = ops[i];
    inHorizon(op.operationNo, () => {
      const endingDateTime = snapBackward(op.calendar, cursor);
      if (trace) steps.push(...snapGap(op.calendar, endingDateTime, cursor).reverse());
      const { at: startingDateTime, step } = walkOperation(op, durations[i], quantity, endingDateTime, true, notBefore, trace);
      if (startingDateTime.getTime() < notBefore) throw new OutOfHorizonError(op.operationNo);
      if (step) steps.push(step);
      scheduled.unshift({ operationNo: op.operationNo, startingDateTime, endingDateTime });
      cursor = startingDateTime;
    });
  }
  const startingDateTime = scheduled[0]?.startingDateTime ?? new Date(lineEnd);
  const schedule: LineSchedule = { operations: scheduled, startingDateTime, endingDateTime: new Date(lineEnd) };
  if (trace) schedule.trace = { direction: "BACK", from: startingDateTime.toISOString(), to: lineEnd.toISOString(), steps };
  return schedule;
}

/**
 * Forward from the line's Starting Date-Time, the mirror image: each operation, first to last,
 * starts at the next working moment and takes setup, run, wait and move; the next one starts
 * there, and the line ends where the last one does.
 */
export function scheduleForward(
  ops: readonly OperationToSchedule[],
  lineStart: Date,
  quantity: number,
  options: { trace?: boolean } = {},
): LineSchedule {
  const durations = ops.map((op) => durationsOf(op, quantity));
  requireFitsInSpan(ops, durations);
  const trace = options.trace === true;
  const notAfter = lineStart.getTime() + MAX_SPAN_MS;
  const scheduled: ScheduledOperation[] = [];
  const steps: RoutingTrace["steps"] = [];
  let cursor = lineStart;
  ops.forEach((op, i) => {
    inHorizon(op.operationNo, () => {
      const startingDateTime = snapForward(op.calendar, cursor);
      // The line starts with its first operation: only gaps between operations are the line's.
      if (trace && i > 0) steps.push(...snapGap(op.calendar, cursor, startingDateTime));
      const { at: endingDateTime, step } = walkOperation(op, durations[i], quantity, startingDateTime, false, notAfter, trace);
      if (endingDateTime.getTime() > notAfter) throw new OutOfHorizonError(op.operationNo);
      if (step) steps.push(step);
      scheduled.push({ operationNo: op.operationNo, startingDateTime, endingDateTime });
      cursor = endingDateTime;
    });
  });
  const startingDateTime = scheduled[0]?.startingDateTime ?? new Date(lineStart);
  const endingDateTime = scheduled[scheduled.length - 1]?.endingDateTime ?? new Date(lineStart);
  const schedule: LineSchedule = { operations: scheduled, startingDateTime, endingDateTime };
  if (trace) schedule.trace = { direction: "FORWARD", from: startingDateTime.toISOString(), to: endingDateTime.toISOString(), steps };
  return schedule;
}
