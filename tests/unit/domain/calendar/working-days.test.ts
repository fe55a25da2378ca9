import { describe, expect, it } from "vitest";
import { addCalendarDays, InvalidDateError, isoDateToUtcMs, isoWeekday } from "@/lib/domain/calendar/iso-date";
import {
  addWorkingDays,
  ALWAYS_WORKING_CALENDAR,
  isWorkingDay,
  NoWorkingDaysError,
  subtractWorkingDays,
  type BaseCalendar,
} from "@/lib/domain/calendar/working-days";

// 2025-06-02 is a Monday; 2025-06-09 (Whit Monday) is the holiday.
const weekdays: BaseCalendar = { workingWeekdays: [1, 2, 3, 4, 5], holidays: ["2025-06-09"] };

describe("calendar ISO dates", () => {
  it.each([
    ["2025-06-02", 1],
    ["2025-06-07", 6],
    ["2025-06-08", 7],
    ["2024-02-29", 4],
  ])("GIVEN %s THEN ISO weekday %i", (date, weekday) => {
    // GIVEN a date / WHEN its weekday is read / THEN Monday = 1 … Sunday = 7
    expect(isoWeekday(date)).toBe(weekday);
  });

  it.each([
    ["2024-02-28", 1, "2024-02-29"],
    ["2025-12-31", 1, "2026-01-01"],
    ["2025-03-30", 1, "2025-03-31"],
    ["2025-03-01", -1, "2025-02-28"],
  ])("GIVEN %s WHEN adding %i day THEN %s (leap years, year ends and DST do not matter)", (date, n, expected) => {
    // GIVEN a date / WHEN calendar days are added / THEN plain UTC date arithmetic
    expect(addCalendarDays(date, n)).toBe(expected);
  });

  it.each(["2025-02-30", "2025-13-01", "25-01-01", "2025-1-1", ""])("rejects %j", (date) => {
    // GIVEN something that is not a real yyyy-mm-dd date / WHEN parsed / THEN refused
    expect(() => isoDateToUtcMs(date)).toThrow(InvalidDateError);
  });
});

describe("RF-6 working days", () => {
  it.each([
    ["2025-06-06", true],
    ["2025-06-07", false],
    ["2025-06-08", false],
    ["2025-06-09", false],
    ["2025-06-10", true],
  ])("GIVEN %s THEN working = %s", (date, working) => {
    // GIVEN a Mon–Fri calendar with a holiday / WHEN asked / THEN weekends and holidays do not work
    expect(isWorkingDay(weekdays, date)).toBe(working);
  });

  it.each([
    ["within a week", "2025-06-02", 3, "2025-06-05"],
    ["over a weekend and a holiday", "2025-06-05", 2, "2025-06-10"],
    ["from a Saturday", "2025-06-07", 1, "2025-06-10"],
    ["zero days from a Saturday", "2025-06-07", 0, "2025-06-07"],
    ["negative days count backward", "2025-06-10", -2, "2025-06-05"],
    ["ten working days", "2025-06-02", 10, "2025-06-17"],
  ])("addWorkingDays %s", (_label, date, n, expected) => {
    // GIVEN a Mon–Fri calendar / WHEN n working days are added / THEN only working days count
    expect(addWorkingDays(weekdays, date, n)).toBe(expected);
  });

  it.each([
    ["within a week", "2025-06-05", 3, "2025-06-02"],
    ["over a holiday and a weekend", "2025-06-10", 2, "2025-06-05"],
    ["from a Sunday", "2025-06-08", 1, "2025-06-06"],
    ["zero days from a holiday", "2025-06-09", 0, "2025-06-09"],
    ["negative days count forward", "2025-06-05", -2, "2025-06-10"],
  ])("subtractWorkingDays %s", (_label, date, n, expected) => {
    // GIVEN a Mon–Fri calendar / WHEN n working days are subtracted / THEN only working days count
    expect(subtractWorkingDays(weekdays, date, n)).toBe(expected);
  });

  it("counts calendar days on a calendar where every day works", () => {
    // GIVEN the always-working calendar / WHEN adding and subtracting / THEN plain days
    expect(addWorkingDays(ALWAYS_WORKING_CALENDAR, "2025-06-06", 3)).toBe("2025-06-09");
    expect(subtractWorkingDays(ALWAYS_WORKING_CALENDAR, "2025-06-09", 3)).toBe("2025-06-06");
  });

  it.each([
    ["no working weekdays", { workingWeekdays: [], holidays: [] }],
    ["only invalid weekdays", { workingWeekdays: [0, 8], holidays: [] }],
    [
      "holidays covering more than ten years",
      { workingWeekdays: [3], holidays: Array.from({ length: 600 }, (_, i) => addCalendarDays("2025-06-04", i * 7)) },
    ],
  ])("GIVEN %s THEN a clear error instead of an endless loop", (_label, cal) => {
    // GIVEN a calendar without reachable working days / WHEN counting / THEN NoWorkingDaysError
    expect(() => addWorkingDays(cal, "2025-06-02", 1)).toThrow(NoWorkingDaysError);
  });

  it("returns the date for zero days even on a calendar without working days", () => {
    // GIVEN no working weekdays / WHEN zero days are added / THEN nothing needs walking
    expect(addWorkingDays({ workingWeekdays: [], holidays: [] }, "2025-06-02", 0)).toBe("2025-06-02");
  });

  it.each([1.5, Number.NaN])("rejects %s days", (n) => {
    // GIVEN a fractional day count / WHEN counting / THEN a RangeError
    expect(() => addWorkingDays(weekdays, "2025-06-02", n)).toThrow(RangeError);
  });
});
