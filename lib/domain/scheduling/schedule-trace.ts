import type { SkippedDay } from "@/lib/domain/calendar/working-days";
// "Why this date?": what the scheduler did, step by step, recorded by the scheduler itself while
// it walks (schedule-operations.ts passes a recorder to the same walks it always runs). The trace
// is data — step kind, parameters, minutes, from/to — and the UI words it in the user's language.
// Every interval is accounted for exactly: working pieces plus skipped periods add up to it.
import { isoDateOf, MS_PER_DAY, MS_PER_MINUTE } from "@/lib/domain/calendar/iso-date";
import { workingPeriods, type ShopCalendar, type WorkedSpans } from "@/lib/domain/scheduling/shop-calendar";

/** Why no work was done in a period: a holiday (with its name), a weekend, another day without shifts, or the hours between shifts. */
export type SkipReason = "holiday" | "weekend" | "nonWorkingDay" | "outsideHours";

export type SkipStep = {
  kind: "skip";
  reason: SkipReason;
  /** The holiday's description (holiday only). */
  name?: string;
  /** The day's working hours in minutes after midnight (outsideHours only). */
  hours?: [number, number][];
  from: string;
  to: string;
  ms: number;
  minutes: number;
};

export type TimeKind = "setup" | "run" | "wait" | "move";

/** Run Time × Quantity ÷ (Capacity × Efficiency %): the parameters of a run step. */
export type RunParams = { runTime: number; quantity: number; capacity: number; efficiency: number };

export type TimeStep = {
  kind: "time";
  time: TimeKind;
  /** Minutes asked (setup/wait/move as entered, run as computed). */
  asked: number;
  params?: RunParams;
  from: string;
  to: string;
  /** Working time consumed (what was asked, to the millisecond). */
  ms: number;
  minutes: number;
  /** Non-working periods passed while consuming it, in time order. */
  skipped: SkipStep[];
};

export type OperationTrace = {
  kind: "operation";
  operationNo: string;
  from: string;
  to: string;
  ms: number;
  minutes: number;
  /** In walking order: backward move, wait, run, setup; forward setup, run, wait, move. */
  steps: TimeStep[];
};

/** A line's routing in walking order: operations and the non-working periods between them. */
export type RoutingTrace = { direction: "BACK" | "FORWARD"; from: string; to: string; steps: (OperationTrace | SkipStep)[] };

const iso = (ms: number) => new Date(ms).toISOString();
const sameHours = (a?: [number, number][], b?: [number, number][]) => JSON.stringify(a) === JSON.stringify(b);

/** The non-working periods of `cal` from `fromMs` to `toMs` (no working time in between), named day by day and merged. */
export function skippedPeriods(cal: ShopCalendar, fromMs: number, toMs: number): SkipStep[] {
  const steps: SkipStep[] = [];
  for (let a = fromMs; a < toMs;) {
    const dayStart = Math.floor(a / MS_PER_DAY) * MS_PER_DAY;
    const b = Math.min(toMs, dayStart + MS_PER_DAY);
    const day = isoDateOf(new Date(dayStart));
    const periods = workingPeriods(cal, day, day);
    const holiday = cal.holidays.includes(day);
    const weekday = new Date(dayStart).getUTCDay();
    const reason: SkipReason = holiday
      ? "holiday"
      : periods.length > 0
        ? "outsideHours"
        : weekday === 0 || weekday === 6
          ? "weekend"
          : "nonWorkingDay";
    const name = holiday ? (cal.holidayNames?.[day] ?? "") : undefined;
    const hours =
      reason === "outsideHours"
        ? periods.map((p): [number, number] => [
            (p.start.getTime() - dayStart) / MS_PER_MINUTE,
            (p.end.getTime() - dayStart) / MS_PER_MINUTE,
          ])
        : undefined;
    const last = steps[steps.length - 1];
    if (last && last.reason === reason && last.name === name && sameHours(last.hours, hours) && reason !== "outsideHours") {
      last.to = iso(b);
      last.ms += b - a;
      last.minutes = last.ms / MS_PER_MINUTE;
    } else {
      steps.push({
        kind: "skip",
        reason,
        ...(name !== undefined && { name }),
        ...(hours && { hours }),
        from: iso(a),
        to: iso(b),
        ms: b - a,
        minutes: (b - a) / MS_PER_MINUTE,
      });
    }
    a = b;
  }
  return steps;
}

/**
 * A time step from the pieces a walk recorded from `startMs` to `endMs` (the earlier moment
 * first, whichever way the walk went): what lies between the pieces is skipped, named by `cal`.
 */
export function timeStep(
  cal: ShopCalendar,
  time: TimeKind,
  asked: number,
  worked: WorkedSpans,
  startMs: number,
  endMs: number,
  params?: RunParams,
): TimeStep {
  const pieces = [...worked].sort((x, y) => x[0] - y[0]);
  const skipped: SkipStep[] = [];
  let at = startMs;
  let ms = 0;
  for (const [s, e] of pieces) {
    if (s > at) skipped.push(...skippedPeriods(cal, at, s));
    ms += e - s;
    at = e;
  }
  if (endMs > at) skipped.push(...skippedPeriods(cal, at, endMs));
  return {
    kind: "time",
    time,
    asked,
    ...(params && { params }),
    from: iso(startMs),
    to: iso(endMs),
    ms,
    minutes: ms / MS_PER_MINUTE,
    skipped,
  };
}

/** Total milliseconds an explanation accounts for: working time plus every skipped period. */
export function accountedMs(step: OperationTrace | SkipStep | TimeStep): number {
  if (step.kind === "skip") return step.ms;
  if (step.kind === "time") return step.ms + step.skipped.reduce((n, s) => n + s.ms, 0);
  return step.steps.reduce((n, s) => n + accountedMs(s), 0);
}

/** Where a line's Safety Lead Time came from (BC: SKU, else item, else Manufacturing Setup's default). */
export type LeadTimeSource = "sku" | "item" | "setup";

/** How one order line got its dates: the lead-time days around the Due Date and the routing's walk. */
export type LineTrace = {
  direction: "BACK" | "FORWARD";
  dueDate: string;
  safetyLeadTimeDays: number;
  safetyLeadTimeFrom: LeadTimeSource;
  inboundHandlingDays: number;
  /** The location whose base calendar counts the days; null = no location calendar, every day counts. */
  calendarLocation: string | null;
  /** Backward: Due Date − days; forward: the date the Due Date was counted from. */
  endingDate: string;
  /** The location calendar's non-working days the lead-time count passed over (between Ending Date and Due Date). */
  leadSkipped?: { days: SkippedDay[]; more: number };
  /** Minutes after midnight (Manufacturing Setup's Normal Ending Time), backward only. */
  normalEndingTime?: number;
  /** Backward: the parent's component Due Date-Time that came earlier and became this line's end. */
  neededBy?: string;
  /** Forward: where the schedule started. */
  forwardStart?: string;
  /** No routing: Lead Time Calculation in working days of the same calendar. */
  leadTimeDays?: number;
  normalStartingTime?: number;
  routing?: RoutingTrace;
  /** Work or machine center and shop calendar per operation no. */
  centers: Record<string, { type: "WORK_CENTER" | "MACHINE_CENTER"; no: string; calendarCode: string }>;
};
