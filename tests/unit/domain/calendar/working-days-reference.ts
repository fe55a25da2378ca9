// The day-by-day working-day walk as it was before week walking (lib/domain/calendar/working-days.ts
// before the horizon change), kept verbatim as the reference the week walk must agree with.
import { addCalendarDays, isoDateToUtcMs, type IsoDate } from "@/lib/domain/calendar/iso-date";
import { msg } from "@/lib/i18n/domain-message";
import { isWorkingDay, MAX_NON_WORKING_RUN, NoWorkingDaysError, type BaseCalendar } from "@/lib/domain/calendar/working-days";

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
        throw new NoWorkingDaysError(msg("baseCalendarNoWorkingDayWithin", { days: MAX_NON_WORKING_RUN, date: current }));
      }
    } while (!isWorkingDay(cal, current));
  }
  return current;
}

/**
 * The date `n` working days after `date`; the days in between that are not working days do not
 * count. A negative n counts backward.
 */
export function dayWalkAddWorkingDays(cal: BaseCalendar, date: IsoDate, n: number): IsoDate {
  requireDayCount(n);
  return n < 0 ? walk(cal, date, -n, -1) : walk(cal, date, n, 1);
}

/** The date `n` working days before `date`. A negative n counts forward. */
export function dayWalkSubtractWorkingDays(cal: BaseCalendar, date: IsoDate, n: number): IsoDate {
  requireDayCount(n);
  return n < 0 ? walk(cal, date, -n, 1) : walk(cal, date, n, -1);
}
