// Plain calendar dates travel as ISO strings (yyyy-mm-dd) so that a date never picks up a time
// zone on its way between PostgreSQL `date`, the server and the browser. All arithmetic is done
// on UTC midnights, where every day is exactly 24 hours long (no DST surprises).

export type IsoDate = string;

export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export class InvalidDateError extends Error {
  constructor(readonly value: string) {
    super(`"${value}" is not a valid date (expected yyyy-mm-dd).`);
    this.name = "InvalidDateError";
  }
}

/** UTC midnight of an ISO date, in epoch milliseconds. Rejects impossible dates like 2024-02-30. */
export function isoDateToUtcMs(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new InvalidDateError(date);
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  // Date.UTC silently rolls 02-30 over to 03-01; a round trip catches that.
  if (utcMsToIsoDate(ms) !== date) throw new InvalidDateError(date);
  return ms;
}

export function utcMsToIsoDate(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The calendar day a UTC wall-clock date-time falls on. */
export function isoDateOf(dateTime: Date): IsoDate {
  return utcMsToIsoDate(dateTime.getTime());
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return utcMsToIsoDate(isoDateToUtcMs(date) + days * MS_PER_DAY);
}

/** ISO weekday: 1 = Monday … 7 = Sunday (JavaScript's getUTCDay uses 0 = Sunday). */
export function isoWeekday(date: IsoDate): number {
  const jsDay = new Date(isoDateToUtcMs(date)).getUTCDay();
  return jsDay === 0 ? 7 : jsDay;
}

/** Compares ISO dates; string order equals date order because the format is fixed-width. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
