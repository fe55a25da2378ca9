// Covers PO-3/RF-5's working-day walks (lead times without a routing) walked by whole weeks:
// the same dates as the former day-by-day walk, for any calendar and holidays (property test).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MS_PER_DAY } from "@/lib/domain/calendar/iso-date";
import { addWorkingDays, subtractWorkingDays, type BaseCalendar } from "@/lib/domain/calendar/working-days";
import { dayWalkAddWorkingDays, dayWalkSubtractWorkingDays } from "./working-days-reference";

const BASE = Date.UTC(2025, 0, 1);
const dayText = (offset: number) => new Date(BASE + offset * MS_PER_DAY).toISOString().slice(0, 10);
const calendar: fc.Arbitrary<BaseCalendar> = fc.record({
  workingWeekdays: fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 7 }),
  holidays: fc.array(fc.integer({ min: -3000, max: 3000 }).map(dayText), { maxLength: 80 }),
});
const start = fc.integer({ min: -2000, max: 2000 }).map(dayText);

function outcome(f: () => string): string {
  try {
    return f();
  } catch (e) {
    return String(e);
  }
}

describe("RF-5 working days walked by weeks", () => {
  it("adds and subtracts working days to exactly the day walk's date", () => {
    fc.assert(
      fc.property(calendar, start, fc.integer({ min: -800, max: 800 }), (cal, date, n) => {
        // GIVEN any base calendar with holidays / WHEN n working days are added or subtracted
        // THEN the dates (or the errors) are the day walk's
        expect(outcome(() => addWorkingDays(cal, date, n))).toBe(outcome(() => dayWalkAddWorkingDays(cal, date, n)));
        expect(outcome(() => subtractWorkingDays(cal, date, n))).toBe(outcome(() => dayWalkSubtractWorkingDays(cal, date, n)));
      }),
      { numRuns: 400 },
    );
  }, 120_000);

  it("walks a ten-year lead time on a five-day week to the day walk's date", () => {
    // GIVEN Mon–Fri with a few holidays / WHEN 3,650 working days are subtracted / THEN the same date
    const cal: BaseCalendar = { workingWeekdays: [1, 2, 3, 4, 5], holidays: ["2026-12-25", "2020-01-01", "2015-05-05"] };
    expect(subtractWorkingDays(cal, "2026-12-31", 3650)).toBe(dayWalkSubtractWorkingDays(cal, "2026-12-31", 3650));
  });
});
