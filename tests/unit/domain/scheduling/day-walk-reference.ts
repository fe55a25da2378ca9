// The day-by-day walk of RF-5 as it was before week walking (lib/domain/scheduling/shop-calendar.ts
// before the horizon change), kept verbatim as the reference the week walk must agree with.
import { addCalendarDays, isoDateOf, isoDateToUtcMs, isoWeekday, MS_PER_MINUTE, type IsoDate } from "@/lib/domain/calendar/iso-date";
import { MAX_IDLE_DAYS, NoWorkingTimeError, type ShopCalendar, type ShopCalendarDay } from "@/lib/domain/scheduling/shop-calendar";

type Span = [startMs: number, endMs: number];

function isValidDay(d: ShopCalendarDay): boolean {
  return Number.isInteger(d.weekday) && d.weekday >= 1 && d.weekday <= 7 && d.endTime > d.startTime;
}

function assertCalendar(cal: ShopCalendar): void {
  for (const d of cal.days) {
    if (!(d.startTime >= 0 && d.endTime <= 1440 && d.startTime <= d.endTime)) {
      throw new RangeError(`Working hours must lie within one day (0–1440 minutes, start ≤ end), got ${d.startTime}–${d.endTime}.`);
    }
  }
  if (!cal.days.some(isValidDay)) throw new NoWorkingTimeError();
}

/** One day's working spans, sorted and with overlapping or touching shifts merged. */
function spansOfDay(cal: ShopCalendar, day: IsoDate): Span[] {
  if (cal.holidays.includes(day)) return [];
  const midnight = isoDateToUtcMs(day);
  const weekday = isoWeekday(day);
  const spans = cal.days
    .filter((d) => d.weekday === weekday && isValidDay(d))
    .map((d): Span => [midnight + d.startTime * MS_PER_MINUTE, midnight + d.endTime * MS_PER_MINUTE])
    .sort((a, b) => a[0] - b[0]);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/** Working spans from the day of `fromMs` onward (step 1) or backward (step -1), guarded. */
function* walkSpans(cal: ShopCalendar, fromMs: number, step: 1 | -1): Generator<Span> {
  assertCalendar(cal);
  let day = isoDateOf(new Date(fromMs));
  for (let idle = 0; idle <= MAX_IDLE_DAYS; day = addCalendarDays(day, step)) {
    const spans = spansOfDay(cal, day);
    idle = spans.length === 0 ? idle + 1 : 0;
    yield* step === 1 ? spans : spans.reverse();
  }
  throw new NoWorkingTimeError();
}

function toMs(minutes: number): number {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`A duration must be a non-negative number of minutes, got ${minutes}.`);
  }
  // Millisecond precision is what a Date holds; fractions of a millisecond are not meaningful.
  return Math.round(minutes * MS_PER_MINUTE);
}

/** The moment `minutes` of working time before `end`. Zero minutes returns `end` unchanged. */
export function dayWalkBackward(cal: ShopCalendar, end: Date, minutes: number): Date {
  let remaining = toMs(minutes);
  if (remaining === 0) return new Date(end.getTime());
  const endMs = end.getTime();
  for (const [s, e] of walkSpans(cal, endMs, -1)) {
    if (s >= endMs) continue;
    const to = Math.min(e, endMs);
    if (to - s >= remaining) return new Date(to - remaining);
    remaining -= to - s;
  }
  throw new NoWorkingTimeError(); // unreachable: walkSpans throws first
}

/** The moment `minutes` of working time after `start`. Zero minutes returns `start` unchanged. */
export function dayWalkForward(cal: ShopCalendar, start: Date, minutes: number): Date {
  let remaining = toMs(minutes);
  if (remaining === 0) return new Date(start.getTime());
  const startMs = start.getTime();
  for (const [s, e] of walkSpans(cal, startMs, 1)) {
    if (e <= startMs) continue;
    const from = Math.max(s, startMs);
    if (e - from >= remaining) return new Date(from + remaining);
    remaining -= e - from;
  }
  throw new NoWorkingTimeError();
}

// snapBackward, snapForward and workingPeriods as they were before they moved onto the week
// walk's day spans (the cleanup that removed walkSpans/spansOfDay from shop-calendar.ts).

/** The latest moment at or before `t` at which work can end. */
export function dayWalkSnapBackward(cal: ShopCalendar, t: Date): Date {
  const ms = t.getTime();
  for (const [s, e] of walkSpans(cal, ms, -1)) {
    if (s < ms) return new Date(Math.min(e, ms));
  }
  throw new NoWorkingTimeError();
}

/** The earliest moment at or after `t` at which work can start. */
export function dayWalkSnapForward(cal: ShopCalendar, t: Date): Date {
  const ms = t.getTime();
  for (const [s, e] of walkSpans(cal, ms, 1)) {
    if (e > ms) return new Date(Math.max(s, ms));
  }
  throw new NoWorkingTimeError();
}

/** Working periods of every day from `fromDay` to `toDay`, both included. */
export function dayWalkWorkingPeriods(cal: ShopCalendar, fromDay: IsoDate, toDay: IsoDate): { start: Date; end: Date }[] {
  assertCalendar(cal);
  isoDateToUtcMs(toDay);
  const periods: { start: Date; end: Date }[] = [];
  for (let day = fromDay; day <= toDay; day = addCalendarDays(day, 1)) {
    for (const [s, e] of spansOfDay(cal, day)) periods.push({ start: new Date(s), end: new Date(e) });
  }
  return periods;
}
