import { msg, renderMessage } from "@/lib/i18n/domain-message";
// Plain calendar dates travel as ISO strings (yyyy-mm-dd) so that a date never picks up a time
// zone on its way between PostgreSQL `date`, the server and the browser. All arithmetic is done
// on UTC midnights, where every day is exactly 24 hours long (no DST surprises).

export type IsoDate = string;

export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;

export class InvalidDateError extends Error {
  constructor(readonly value: string) {
    super(renderMessage(msg("invalidIsoDate", { value })));
    this.name = "InvalidDateError";
  }
}

// Scheduling converts between dates and milliseconds for every day it walks. Through Date objects
// (and Next's instrumented Date constructor on the server) that was a visible share of a created
// order's CPU, so the conversions are integer arithmetic on day numbers (H. Hinnant's
// days_from_civil / civil_from_days, proleptic Gregorian like Date). Unit tests compare them
// with the Date-based definitions.

/** Days since 1970-01-01 of a proleptic Gregorian date. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const isDigit = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};
const daysInMonth = (y: number, m: number) =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;

/**
 * UTC midnight of an ISO date, in epoch milliseconds. Rejects impossible dates like 2024-02-30,
 * and years 0000–0099, which Date.UTC would read as 1900–1999.
 */
export function isoDateToUtcMs(date: IsoDate): number {
  if (typeof date !== "string" || date.length !== 10 || date[4] !== "-" || date[7] !== "-") throw new InvalidDateError(date);
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) if (!isDigit(date, i)) throw new InvalidDateError(date);
  const y = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const m = digit(date, 5) * 10 + digit(date, 6);
  const d = digit(date, 8) * 10 + digit(date, 9);
  if (y < 100 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) throw new InvalidDateError(date);
  return daysFromCivil(y, m, d) * MS_PER_DAY;
}

/** Year, month and day of the UTC day `ms` falls in (civil_from_days); ms is truncated as Date does. */
function civilOf(ms: number): { y: number; m: number; d: number; dayMs: number } {
  const days = Math.floor(ms / MS_PER_DAY);
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d: doy - Math.floor((153 * mp + 2) / 5) + 1, dayMs: ms - days * MS_PER_DAY };
}

/** Four-digit years only; outside them (and for NaN) Date's own rules apply, errors included. */
const civilIn4DigitYears = (ms: number) => {
  const c = civilOf(Math.trunc(ms));
  return c.y >= 0 && c.y <= 9999 ? c : null;
};
const isoDateText = ({ y, m, d }: { y: number; m: number; d: number }) =>
  `${y < 1000 ? String(y).padStart(4, "0") : y}-${pad2(m)}-${pad2(d)}`;

/** The ISO date of the UTC day `ms` falls in (as `new Date(ms).toISOString().slice(0, 10)`). */
export function utcMsToIsoDate(ms: number): IsoDate {
  const c = civilIn4DigitYears(ms);
  return c ? isoDateText(c) : new Date(ms).toISOString().slice(0, 10);
}

/** `yyyy-mm-ddThh:mm:ss.mmm` of a UTC moment (as `new Date(ms).toISOString().slice(0, 23)`). */
export function utcMsToIsoDateTime(ms: number): string {
  const c = civilIn4DigitYears(ms);
  if (!c) return new Date(ms).toISOString().slice(0, 23);
  const t = c.dayMs;
  const milli = t % 1000;
  return `${isoDateText(c)}T${pad2(Math.floor(t / 3_600_000))}:${pad2(Math.floor(t / 60_000) % 60)}:${pad2(Math.floor(t / 1000) % 60)}.${milli < 10 ? "00" : milli < 100 ? "0" : ""}${milli}`;
}

/** The moment `minutes` after midnight of `date`, read as UTC wall-clock (plant-local) time. */
export const atMinutes = (date: IsoDate, minutes: number) => new Date(isoDateToUtcMs(date) + minutes * MS_PER_MINUTE);

/** The calendar day a UTC wall-clock date-time falls on. */
export function isoDateOf(dateTime: Date): IsoDate {
  return utcMsToIsoDate(dateTime.getTime());
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return utcMsToIsoDate(isoDateToUtcMs(date) + days * MS_PER_DAY);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  const days = isoDateToUtcMs(date) / MS_PER_DAY; // 1970-01-01 was a Thursday (4)
  return (((days % 7) + 10) % 7) + 1;
}

/** Compares ISO dates; string order equals date order because the format is fixed-width. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
