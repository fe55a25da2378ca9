// PO-3, RF-5 (no routing), RF-6: lead times in days are counted on the working days of a base
// calendar (a location's), as BC's CalendarManagement.CalcDateBOC does with a base calendar.
import { addCalendarDays, isoDateToUtcMs, isoWeekday, type IsoDate } from "@/lib/domain/calendar/iso-date";

export type BaseCalendar = {
  /** ISO weekdays 1 = Monday … 7 = Sunday that are working days. */
  workingWeekdays: number[];
  /** Non-working dates (yyyy-mm-dd) on otherwise working weekdays. */
  holidays: string[];
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
  constructor(message = "The base calendar has no working days.") {
    super(message);
    this.name = "NoWorkingDaysError";
  }
}

export function isWorkingDay(cal: BaseCalendar, date: IsoDate): boolean {
  return cal.workingWeekdays.includes(isoWeekday(date)) && !cal.holidays.includes(date);
}

function requireDayCount(n: number): void {
  if (!Number.isInteger(n)) throw new RangeError(`A number of working days must be whole, got ${n}.`);
}

function walk(cal: BaseCalendar, date: IsoDate, n: number, step: 1 | -1): IsoDate {
  isoDateToUtcMs(date); // validates the start even when n is 0
  if (n === 0) return date; // BC: a zero lead time keeps the date, even on a non-working day
  if (!cal.workingWeekdays.some((d) => Number.isInteger(d) && d >= 1 && d <= 7)) {
    throw new NoWorkingDaysError();
  }
  let current = date;
  for (let counted = 0; counted < n; counted++) {
    let skipped = 0;
    do {
      current = addCalendarDays(current, step);
      if (++skipped > MAX_NON_WORKING_RUN) {
        throw new NoWorkingDaysError(
          `The base calendar has no working day within ${MAX_NON_WORKING_RUN} days of ${current}.`,
        );
      }
    } while (!isWorkingDay(cal, current));
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
