import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  InvalidDateError,
  isoDateToUtcMs,
  isoWeekday,
  MS_PER_DAY,
  utcMsToIsoDate,
  utcMsToIsoDateTime,
} from "@/lib/domain/calendar/iso-date";

// The conversions are integer arithmetic for speed; their definition is JavaScript's Date (UTC,
// proleptic Gregorian). These properties compare the two over the whole four-digit year range.

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The Date-based definitions the arithmetic replaces. */
const reference = {
  toIso: (ms: number) => new Date(ms).toISOString().slice(0, 10),
  toMs(date: string): number | "invalid" {
    const m = DATE_RE.exec(date);
    if (!m) return "invalid";
    const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    return reference.toIso(ms) === date ? ms : "invalid";
  },
};
const attempt = (date: string) => {
  try {
    return isoDateToUtcMs(date);
  } catch (e) {
    if (e instanceof InvalidDateError) return "invalid";
    throw e;
  }
};

// From about 400 BC (where Date writes ±YYYYYY and the arithmetic hands over to it) to year 10000.
const YEAR_MINUS_400 = Math.round(Date.UTC(2000, 0, 1) - 2400 * 365.2425 * MS_PER_DAY);
const YEAR_10000 = Date.UTC(10000, 0, 1, 0, 0, 0, 0);

describe("ISO dates as day arithmetic", () => {
  it("utcMsToIsoDate names the UTC day of any moment as Date does", () => {
    fc.assert(
      fc.property(fc.integer({ min: YEAR_MINUS_400, max: YEAR_10000 }), (ms) => {
        expect(utcMsToIsoDate(ms)).toBe(reference.toIso(ms));
      }),
      { numRuns: 20_000 },
    );
    for (const ms of [0, -1, 1, MS_PER_DAY - 1, MS_PER_DAY, -MS_PER_DAY, Date.UTC(2000, 1, 29), Date.UTC(2100, 2, 1) - 1]) {
      expect(utcMsToIsoDate(ms)).toBe(reference.toIso(ms));
    }
  });

  it("utcMsToIsoDateTime writes the moment to the millisecond as toISOString does", () => {
    fc.assert(
      fc.property(fc.integer({ min: YEAR_MINUS_400, max: YEAR_10000 }), (ms) => {
        expect(utcMsToIsoDateTime(ms)).toBe(new Date(ms).toISOString().slice(0, 23));
      }),
      { numRuns: 20_000 },
    );
    for (const ms of [0, -1, 999, 1000, 59_999, 3_599_999, MS_PER_DAY - 1, Date.UTC(10000, 0, 1), -62198755200001]) {
      expect(utcMsToIsoDateTime(ms)).toBe(new Date(ms).toISOString().slice(0, 23));
    }
  });

  it("fractions of a millisecond are cut off toward zero, as Date does", () => {
    for (const ms of [-0.5, 0.5, -1.5, 1.5, MS_PER_DAY - 0.25, -MS_PER_DAY + 0.75, 1_764_892_800_000.9]) {
      expect(utcMsToIsoDate(ms)).toBe(reference.toIso(ms));
      expect(utcMsToIsoDateTime(ms)).toBe(new Date(ms).toISOString().slice(0, 23));
    }
  });

  it("outside four-digit years and for NaN it answers (or fails) exactly as Date does", () => {
    expect(utcMsToIsoDate(Date.UTC(10000, 0, 1))).toBe(reference.toIso(Date.UTC(10000, 0, 1)));
    expect(utcMsToIsoDate(-62198755200001)).toBe(reference.toIso(-62198755200001));
    expect(() => utcMsToIsoDate(Number.NaN)).toThrow(RangeError);
  });

  it("isoDateToUtcMs accepts exactly the dates the Date-based check accepted, at the same midnight", () => {
    const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
    const dateLike = fc.oneof(
      fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
        .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
      fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(dateLike, (date) => {
        expect(attempt(date)).toBe(reference.toMs(date));
      }),
      { numRuns: 20_000 },
    );
    for (const date of [
      "2024-02-29",
      "2023-02-29",
      "1900-02-29",
      "2000-02-29",
      "0099-12-31",
      "0100-01-01",
      "9999-12-31",
      "2026-1-01",
      "2026-01-01 ",
      "２０２６-01-01",
    ]) {
      expect(attempt(date)).toBe(reference.toMs(date));
    }
  });

  it("isoWeekday is 1 (Monday) … 7 (Sunday)", () => {
    expect(isoWeekday("2026-12-07")).toBe(1);
    expect(isoWeekday("2026-12-03")).toBe(4);
    expect(isoWeekday("2026-12-06")).toBe(7);
    expect(isoWeekday("1969-12-31")).toBe(3);
    fc.assert(
      fc.property(fc.integer({ min: -675_000, max: 2_900_000 }), (day) => {
        const date = utcMsToIsoDate(day * MS_PER_DAY);
        const jsDay = new Date(day * MS_PER_DAY).getUTCDay();
        expect(isoWeekday(date)).toBe(jsDay === 0 ? 7 : jsDay);
      }),
      { numRuns: 5_000 },
    );
  });
});
