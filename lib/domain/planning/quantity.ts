// Planning computes in scaled integers: quantities reach the engine as decimal strings with at
// most 5 decimals (types.ts), so 1 unit = 100,000 and every sum is exact in a double up to ~9e10
// units. Balancing adds and compares thousands of quantities per item; BigInt decimals there
// would cost more than the whole plan may take (issue 25's 20-second target).
import { isoDateToUtcMs, MS_PER_DAY, utcMsToIsoDate, type IsoDate } from "@/lib/domain/calendar/iso-date";

export const QTY_SCALE = 100_000;

/** A decimal string as scaled integer units, rounded half away from zero beyond 5 decimals. */
export function parseQty(text: string): number {
  const value = Number(text) * QTY_SCALE;
  if (!Number.isFinite(value)) throw new RangeError(`Not a quantity: ${text}`);
  return value < 0 ? -Math.round(-value) : Math.round(value);
}

/** Scaled units as the decimal text Prisma accepts (no exponent, no trailing zeros). */
export function formatQty(units: number): string {
  if (units % QTY_SCALE === 0) return String(units / QTY_SCALE);
  const negative = units < 0;
  const abs = Math.abs(units);
  const whole = Math.floor(abs / QTY_SCALE);
  const fraction = String(abs % QTY_SCALE)
    .padStart(5, "0")
    .replace(/0+$/, "");
  return `${negative && abs !== 0 ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

/** Days since 1970-01-01: balancing compares dates as integers. */
const dayByIso = new Map<IsoDate, number>();
export function dayOf(date: IsoDate): number {
  let day = dayByIso.get(date);
  if (day === undefined) {
    day = isoDateToUtcMs(date) / MS_PER_DAY;
    if (dayByIso.size < 100_000) dayByIso.set(date, day);
  }
  return day;
}
// A plan touches a few hundred distinct days but formats them hundreds of thousands of times.
const isoByDay = new Map<number, IsoDate>();
export function isoOfDay(day: number): IsoDate {
  let iso = isoByDay.get(day);
  if (iso === undefined) {
    iso = utcMsToIsoDate(day * MS_PER_DAY);
    if (isoByDay.size < 100_000) isoByDay.set(day, iso);
  }
  return iso;
}
