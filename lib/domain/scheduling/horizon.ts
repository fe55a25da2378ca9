// RF-5 horizon: how far scheduling may reach, decided before any walk through a calendar.
// - Dates typed by a user (Due Date, a forward start) lie in 2000-01-01 … 2099-12-31
//   (lib/validation/production-order.ts).
// - One order line's routing (or lead time) may span at most MAX_SPAN_DAYS of calendar time:
//   ten years. A line that needs more working time than its calendars hold in ten years is
//   refused at once, arithmetically (weekly working minutes × weeks), not after a walk.
// - Every scheduled date-time lies in SCHEDULE_FIRST … SCHEDULE_LAST: the typed dates widened
//   by one span, so that a line due on 2000-01-03 may still start in 1999, but no line of a
//   multi-level order (or an order moved forward again and again) drifts off to the year 809.
import { isoDateToUtcMs, MS_PER_DAY, MS_PER_MINUTE } from "@/lib/domain/calendar/iso-date";

export const MAX_SPAN_DAYS = 3653;
export const MAX_SPAN_YEARS = 10;
export const MAX_SPAN_MS = MAX_SPAN_DAYS * MS_PER_DAY;
export const SCHEDULE_FIRST = "1990-01-01";
export const SCHEDULE_LAST = "2109-12-31";
export const SCHEDULE_FIRST_MS = isoDateToUtcMs(SCHEDULE_FIRST);
/** The end of the last day: a line may end at 24:00 of 2109-12-31. */
export const SCHEDULE_END_MS = isoDateToUtcMs(SCHEDULE_LAST) + MS_PER_DAY;

/** A schedule would leave the horizon; `operationNo` names the operation that did not fit. */
export class OutOfHorizonError extends Error {
  constructor(readonly operationNo: string | null = null) {
    super(`The order cannot be scheduled within ${MAX_SPAN_YEARS} years`);
    this.name = "OutOfHorizonError";
  }
}

/**
 * Whether `minutes` of working time can fit in one span on a calendar that works `weekMs`
 * milliseconds in a week without holidays: a span of MAX_SPAN_DAYS touches at most
 * ceil(MAX_SPAN_DAYS / 7) + 1 calendar weeks, and holidays only take time away.
 */
export function fitsInSpan(minutes: number, weekMs: number): boolean {
  const weeks = Math.ceil(MAX_SPAN_DAYS / 7) + 1;
  return Number.isFinite(minutes) && minutes * MS_PER_MINUTE <= weekMs * weeks;
}

/** Whether a moment lies within SCHEDULE_FIRST … the end of SCHEDULE_LAST. */
export function withinScheduleDates(ms: number): boolean {
  return ms >= SCHEDULE_FIRST_MS && ms <= SCHEDULE_END_MS;
}
