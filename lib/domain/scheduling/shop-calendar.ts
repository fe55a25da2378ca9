// RF-5: time on a work center passes only during its shop calendar's working hours. Date-times
// are JS Dates read as UTC wall-clock, i.e. plant-local time, so a shift from 08:00 to 16:00 is
// 08:00Z–16:00Z and there is no DST gap or overlap to handle.
import { MessageRangeError } from "@/lib/errors";
import { isoDateToUtcMs, MS_PER_MINUTE, MS_PER_DAY, type IsoDate } from "@/lib/domain/calendar/iso-date";
import { OutOfHorizonError } from "@/lib/domain/scheduling/horizon";
import { msg } from "@/lib/i18n/domain-message";

/** Working hours of one weekday in minutes after midnight; a weekday may have several shifts. */
export type ShopCalendarDay = { weekday: number; startTime: number; endTime: number };

/**
 * A night shift crossing midnight is entered as two rows (22:00–24:00 and 00:00–06:00).
 * `holidayNames` (date → description) only names holidays in an explanation.
 */
export type ShopCalendar = { days: ShopCalendarDay[]; holidays: string[]; holidayNames?: Readonly<Record<string, string>> };

export type WorkingPeriod = { start: Date; end: Date };

/** Ten years of consecutive days without working time means the walk would never end. */
export const MAX_IDLE_DAYS = 3660;

export class NoWorkingTimeError extends Error {
  constructor() {
    super("The calendar has no working time");
    this.name = "NoWorkingTimeError";
  }
}

type Span = [startMs: number, endMs: number];

/**
 * Where a walk records the working time it consumed ("Why this date?"): one [from, to] pair in
 * ms per piece of a working period, in walking order. A recording walk goes day by day (no
 * week skipping), so every piece and every gap between them is seen.
 */
export type WorkedSpans = Span[];

function isValidDay(d: ShopCalendarDay): boolean {
  return Number.isInteger(d.weekday) && d.weekday >= 1 && d.weekday <= 7 && d.endTime > d.startTime;
}

function assertCalendar(cal: ShopCalendar): void {
  for (const d of cal.days) {
    if (!(d.startTime >= 0 && d.endTime <= 1440 && d.startTime <= d.endTime)) {
      throw new MessageRangeError(msg("workingHoursOutsideDay", { start: d.startTime, end: d.endTime }));
    }
  }
  if (!cal.days.some(isValidDay)) throw new NoWorkingTimeError();
}

/** Working periods of every day from `fromDay` to `toDay`, both included, in time order. */
export function workingPeriods(cal: ShopCalendar, fromDay: IsoDate, toDay: IsoDate): WorkingPeriod[] {
  const week = weekOf(cal);
  const last = isoDateToUtcMs(toDay) / MS_PER_DAY; // an invalid end date would make the loop below run away
  const periods: WorkingPeriod[] = [];
  for (let day = isoDateToUtcMs(fromDay) / MS_PER_DAY; day <= last; day++) {
    for (const [s, e] of daySpans(week, day)) periods.push({ start: new Date(day * MS_PER_DAY + s), end: new Date(day * MS_PER_DAY + e) });
  }
  return periods;
}

// Week walking. A calendar's week is known once: the working spans of each weekday and what a
// week without holidays holds. Kept per calendar object (catalog calendars are never mutated;
// a changed array is noticed by identity and length).
type Week = {
  days: ShopCalendarDay[];
  holidays: string[];
  counts: [number, number];
  /** Index 1–7 = ISO weekday; offsets in ms after midnight, merged and sorted. */
  spans: Span[][];
  weekMs: number;
  holidayDays: Set<number>;
  sortedHolidayDays: number[];
  /** Consecutive idle weekdays from weekday w onward / up to weekday w (within one week). */
  idleAtStart: number[];
  idleAtEnd: number[];
};

/** A skipped week must not hide the idle-day guard firing inside it (≤ 6 idle days a week). */
const SKIP_IDLE_LIMIT = MAX_IDLE_DAYS - 7;

const weeks = new WeakMap<ShopCalendar, Week>();

const weekdayOfDay = (day: number) => (((day % 7) + 10) % 7) + 1; // day 0 = 1970-01-01, a Thursday

function weekOf(cal: ShopCalendar): Week {
  const known = weeks.get(cal);
  if (
    known &&
    known.days === cal.days &&
    known.holidays === cal.holidays &&
    known.counts[0] === cal.days.length &&
    known.counts[1] === cal.holidays.length
  ) {
    return known;
  }
  assertCalendar(cal);
  const spans: Span[][] = [[]];
  let weekMs = 0;
  for (let w = 1; w <= 7; w++) {
    const sorted = cal.days
      .filter((d) => d.weekday === w && isValidDay(d))
      .map((d): Span => [d.startTime * MS_PER_MINUTE, d.endTime * MS_PER_MINUTE])
      .sort((a, b) => a[0] - b[0]);
    const merged: Span[] = [];
    for (const span of sorted) {
      const last = merged[merged.length - 1];
      if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
      else merged.push([span[0], span[1]]);
    }
    spans.push(merged);
    for (const [s, e] of merged) weekMs += e - s;
  }
  const holidayDays = new Set<number>();
  for (const h of cal.holidays) {
    try {
      holidayDays.add(isoDateToUtcMs(h) / MS_PER_DAY);
    } catch {
      // Not a date: it never matched a day in the day-by-day walk either.
    }
  }
  const idle = (w: number) => spans[((w - 1 + 7) % 7) + 1].length === 0;
  const run = (w: number, step: number) => {
    let n = 0;
    while (n < 7 && idle(w + n * step)) n++;
    return n;
  };
  const week: Week = {
    days: cal.days,
    holidays: cal.holidays,
    counts: [cal.days.length, cal.holidays.length],
    spans,
    weekMs,
    holidayDays,
    sortedHolidayDays: [...holidayDays].sort((a, b) => a - b),
    idleAtStart: [0, 1, 2, 3, 4, 5, 6, 7].map((w) => (w === 0 ? 0 : run(w, 1))),
    idleAtEnd: [0, 1, 2, 3, 4, 5, 6, 7].map((w) => (w === 0 ? 0 : run(w, -1))),
  };
  weeks.set(cal, week);
  return week;
}

function daySpans(week: Week, day: number): Span[] {
  return week.holidayDays.has(day) ? [] : week.spans[weekdayOfDay(day)];
}

/** Whether a holiday falls on a day from `from` to `to`, both included (binary search). */
function hasHolidayIn(week: Week, from: number, to: number): boolean {
  const a = week.sortedHolidayDays;
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < a.length && a[lo] <= to;
}

/** Working milliseconds in a week without holidays (what week walking skips at once). */
export function weeklyWorkingMs(cal: ShopCalendar): number {
  return weekOf(cal).weekMs;
}

function toMs(minutes: number): number {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new MessageRangeError(msg("durationNegative", { value: minutes }));
  }
  // Millisecond precision is what a Date holds; fractions of a millisecond are not meaningful.
  return Math.round(minutes * MS_PER_MINUTE);
}

/**
 * The moment `minutes` of working time before `end`. Zero minutes returns `end` unchanged.
 * With `notBeforeMs`, needing working time from a day wholly before that moment throws
 * OutOfHorizonError (the walk never goes further than the horizon).
 */
export function consumeBackward(cal: ShopCalendar, end: Date, minutes: number, notBeforeMs = -Infinity, worked?: WorkedSpans): Date {
  let remaining = toMs(minutes);
  if (remaining === 0) return new Date(end.getTime());
  const endMs = end.getTime();
  const week = weekOf(cal);
  let day = Math.floor(endMs / MS_PER_DAY);
  for (let idle = 0; ; day--) {
    const dayMs = day * MS_PER_DAY;
    if (dayMs + MS_PER_DAY <= notBeforeMs) throw new OutOfHorizonError();
    // A whole week (day-6 … day) after the first day, without holidays, that cannot hold the
    // rest: its working time is known, so it is skipped in one step, exactly as the day walk
    // would have passed through it.
    if (!worked && dayMs + MS_PER_DAY <= endMs && remaining > week.weekMs && idle <= SKIP_IDLE_LIMIT && !hasHolidayIn(week, day - 6, day)) {
      remaining -= week.weekMs;
      idle = week.idleAtStart[weekdayOfDay(day - 6)];
      day -= 6;
      continue;
    }
    const spans = daySpans(week, day);
    if (spans.length === 0) {
      if (++idle > MAX_IDLE_DAYS) throw new NoWorkingTimeError();
      continue;
    }
    idle = 0;
    for (let i = spans.length - 1; i >= 0; i--) {
      const s = dayMs + spans[i][0];
      if (s >= endMs) continue;
      const to = Math.min(dayMs + spans[i][1], endMs);
      if (to - s >= remaining) {
        worked?.push([to - remaining, to]);
        return new Date(to - remaining);
      }
      worked?.push([s, to]);
      remaining -= to - s;
    }
  }
}

/** The moment `minutes` of working time after `start` (mirror of consumeBackward). */
export function consumeForward(cal: ShopCalendar, start: Date, minutes: number, notAfterMs = Infinity, worked?: WorkedSpans): Date {
  let remaining = toMs(minutes);
  if (remaining === 0) return new Date(start.getTime());
  const startMs = start.getTime();
  const week = weekOf(cal);
  let day = Math.floor(startMs / MS_PER_DAY);
  for (let idle = 0; ; day++) {
    const dayMs = day * MS_PER_DAY;
    if (dayMs >= notAfterMs) throw new OutOfHorizonError();
    if (!worked && dayMs >= startMs && remaining > week.weekMs && idle <= SKIP_IDLE_LIMIT && !hasHolidayIn(week, day, day + 6)) {
      remaining -= week.weekMs;
      idle = week.idleAtEnd[weekdayOfDay(day + 6)];
      day += 6;
      continue;
    }
    const spans = daySpans(week, day);
    if (spans.length === 0) {
      if (++idle > MAX_IDLE_DAYS) throw new NoWorkingTimeError();
      continue;
    }
    idle = 0;
    for (const [from0, e0] of spans) {
      const e = dayMs + e0;
      if (e <= startMs) continue;
      const from = Math.max(dayMs + from0, startMs);
      if (e - from >= remaining) {
        worked?.push([from, from + remaining]);
        return new Date(from + remaining);
      }
      worked?.push([from, e]);
      remaining -= e - from;
    }
  }
}

/**
 * Working spans (absolute ms) from the day of `fromMs` onward (step 1) or backward (step -1),
 * in walking order; gives up after MAX_IDLE_DAYS days without working time.
 */
function* walkDays(cal: ShopCalendar, fromMs: number, step: 1 | -1): Generator<Span> {
  const week = weekOf(cal);
  let day = Math.floor(fromMs / MS_PER_DAY);
  for (let idle = 0; idle <= MAX_IDLE_DAYS; day += step) {
    const spans = daySpans(week, day);
    idle = spans.length === 0 ? idle + 1 : 0;
    const dayMs = day * MS_PER_DAY;
    for (let i = 0; i < spans.length; i++) {
      const [s, e] = spans[step === 1 ? i : spans.length - 1 - i];
      yield [dayMs + s, dayMs + e];
    }
  }
  throw new NoWorkingTimeError();
}

/**
 * The latest moment at or before `t` at which work can end: `t` itself inside a working period
 * (its end included, its start excluded), else the end of the previous period. Keeps an
 * operation from "ending" on a Saturday or at 08:00 on Monday before any work was done.
 */
export function snapBackward(cal: ShopCalendar, t: Date): Date {
  const ms = t.getTime();
  for (const [s, e] of walkDays(cal, ms, -1)) {
    if (s < ms) return new Date(Math.min(e, ms));
  }
  throw new NoWorkingTimeError();
}

/** The earliest moment at or after `t` at which work can start (mirror of snapBackward). */
export function snapForward(cal: ShopCalendar, t: Date): Date {
  const ms = t.getTime();
  for (const [s, e] of walkDays(cal, ms, 1)) {
    if (e > ms) return new Date(Math.max(s, ms));
  }
  throw new NoWorkingTimeError();
}
