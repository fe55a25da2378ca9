// PO-3, RF-5 (no routing), RF-6: lead times in days are counted on the working days of a base
// calendar (a location's), as BC's CalendarManagement.CalcDateBOC does with a base calendar.
import { MessageRangeError } from "@/lib/errors";
import { addCalendarDays, isoDateToUtcMs, isoWeekday, MS_PER_DAY, type IsoDate } from "@/lib/domain/calendar/iso-date";
import { msg, renderMessage, type Message } from "@/lib/i18n/domain-message";

export type BaseCalendar = {
  /** ISO weekdays 1 = Monday … 7 = Sunday that are working days. */
  workingWeekdays: number[];
  /** Non-working dates (yyyy-mm-dd) on otherwise working weekdays. */
  holidays: string[];
  /** Date → description: only names holidays in an explanation ("Why this date?"). */
  holidayNames?: Readonly<Record<string, string>>;
};

/** A calendar where every day is a working day: what a location without a calendar uses. */
export const ALWAYS_WORKING_CALENDAR: BaseCalendar = {
  workingWeekdays: [1, 2, 3, 4, 5, 6, 7],
  holidays: [],
};

/**
 * About ten years of consecutive non-working days. A real calendar never has that many, so
 * reaching it means the holidays cover everything and the walk would never end.
 */
export const MAX_NON_WORKING_RUN = 3660;

export class NoWorkingDaysError extends Error {
  constructor(readonly text: Message = msg("baseCalendarNoWorkingDays")) {
    super(renderMessage(text));
    this.name = "NoWorkingDaysError";
  }
}

export function isWorkingDay(cal: BaseCalendar, date: IsoDate): boolean {
  return cal.workingWeekdays.includes(isoWeekday(date)) && !cal.holidays.includes(date);
}

function requireDayCount(n: number): void {
  if (!Number.isInteger(n)) throw new MessageRangeError(msg("workingDaysNotWhole", { value: n }));
}

/** Working weekdays of a calendar and its holidays as sorted day numbers (per calendar object). */
type Week = { workingWeekdays: Set<number>; perWeek: number; holidayDays: number[]; holidays: string[]; count: number };
const weeks = new WeakMap<BaseCalendar, Week>();

function weekOf(cal: BaseCalendar): Week {
  const known = weeks.get(cal);
  if (known && known.holidays === cal.holidays && known.count === cal.holidays.length) return known;
  const workingWeekdays = new Set(cal.workingWeekdays.filter((d) => Number.isInteger(d) && d >= 1 && d <= 7));
  const holidayDays: number[] = [];
  for (const h of cal.holidays) {
    try {
      holidayDays.push(isoDateToUtcMs(h) / MS_PER_DAY);
    } catch {
      // Not a date: it never matched a day in the day-by-day walk either.
    }
  }
  holidayDays.sort((a, b) => a - b);
  const week = { workingWeekdays, perWeek: workingWeekdays.size, holidayDays, holidays: cal.holidays, count: cal.holidays.length };
  weeks.set(cal, week);
  return week;
}

function hasHolidayIn(week: Week, from: IsoDate, to: IsoDate): boolean {
  const a = week.holidayDays;
  const lo0 = isoDateToUtcMs(from) / MS_PER_DAY;
  const hi0 = isoDateToUtcMs(to) / MS_PER_DAY;
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < lo0) lo = mid + 1;
    else hi = mid;
  }
  return lo < a.length && a[lo] <= hi0;
}

/** Non-working days at the far end of the week just passed, walking in `step`'s direction. */
function trailingIdle(week: Week, last: IsoDate, step: 1 | -1): number {
  let n = 0;
  while (n < 7 && !week.workingWeekdays.has(isoWeekday(addCalendarDays(last, -step * n)))) n++;
  return n;
}

function walk(cal: BaseCalendar, date: IsoDate, n: number, step: 1 | -1): IsoDate {
  isoDateToUtcMs(date); // validates the start even when n is 0
  if (n === 0) return date; // BC: a zero lead time keeps the date, even on a non-working day
  if (!cal.workingWeekdays.some((d) => Number.isInteger(d) && d >= 1 && d <= 7)) {
    throw new NoWorkingDaysError();
  }
  const week = weekOf(cal);
  let current = date;
  let skipped = 0;
  for (let counted = 0; counted < n;) {
    // A whole week without holidays that cannot hold the rest: its working days are known, so it
    // is passed in one step, landing where the day walk would (RF-5: long spans by weeks).
    if (n - counted > week.perWeek && skipped <= MAX_NON_WORKING_RUN - 7) {
      const next = addCalendarDays(current, step);
      const last = addCalendarDays(current, 7 * step);
      if (!hasHolidayIn(week, step === 1 ? next : last, step === 1 ? last : next)) {
        counted += week.perWeek;
        current = last;
        skipped = trailingIdle(week, last, step);
        continue;
      }
    }
    do {
      current = addCalendarDays(current, step);
      if (++skipped > MAX_NON_WORKING_RUN) {
        throw new NoWorkingDaysError(msg("baseCalendarNoWorkingDayWithin", { days: MAX_NON_WORKING_RUN, date: current, code: "" }));
      }
    } while (!isWorkingDay(cal, current));
    counted++;
    skipped = 0;
  }
  return current;
}

/**
 * The date `n` working days after `date`; the days in between that are not working days do not
 * count. A negative n counts backward.
 */
export function addWorkingDays(cal: BaseCalendar, date: IsoDate, n: number): IsoDate {
  requireDayCount(n);
  return n < 0 ? walk(cal, date, -n, -1) : walk(cal, date, n, 1);
}

/** The date `n` working days before `date`. A negative n counts forward. */
export function subtractWorkingDays(cal: BaseCalendar, date: IsoDate, n: number): IsoDate {
  requireDayCount(n);
  return n < 0 ? walk(cal, date, -n, 1) : walk(cal, date, n, -1);
}

export type SkippedDay = { date: IsoDate; reason: "weekend" | "nonWorkingDay" | "holiday"; name?: string };

/**
 * "Why this date?": the non-working days a lead-time count passed over, strictly between `from`
 * and `to` (either order), as isWorkingDay decides them. At most `limit` are listed; `more`
 * counts the rest. The walk is bounded by MAX_NON_WORKING_RUN days whatever the dates.
 */
export function skippedDays(cal: BaseCalendar | null, from: IsoDate, to: IsoDate, limit = 20): { days: SkippedDay[]; more: number } {
  const days: SkippedDay[] = [];
  let more = 0;
  if (!cal) return { days, more };
  const [a, b] = from <= to ? [from, to] : [to, from];
  let date = addCalendarDays(a, 1);
  for (let i = 0; date < b && i < MAX_NON_WORKING_RUN; i++, date = addCalendarDays(date, 1)) {
    if (isWorkingDay(cal, date)) continue;
    if (days.length >= limit) {
      more++;
      continue;
    }
    const weekday = isoWeekday(date);
    if (!cal.workingWeekdays.includes(weekday)) days.push({ date, reason: weekday >= 6 ? "weekend" : "nonWorkingDay" });
    else days.push({ date, reason: "holiday", name: cal.holidayNames?.[date] ?? "" });
  }
  return { days, more };
}
