import { describe, expect, it } from "vitest";
import {
  consumeBackward,
  consumeForward,
  NoWorkingTimeError,
  snapBackward,
  snapForward,
  workingPeriods,
  type ShopCalendar,
} from "@/lib/domain/scheduling/shop-calendar";

/** Wall-clock date-time, read as UTC like the module does. */
const at = (text: string) => new Date(`${text}:00.000Z`);
const iso = (d: Date) => d.toISOString().slice(0, 16);

// Mon–Fri 08:00–16:00; 2025-06-02 is a Monday and 2025-06-09 (Whit Monday) a holiday.
const dayShift: ShopCalendar = {
  days: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startTime: 480, endTime: 960 })),
  holidays: ["2025-06-09"],
};
// Lunch break: 08:00–12:00 and 13:00–17:00 every weekday.
const splitShift: ShopCalendar = {
  days: [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, startTime: 480, endTime: 720 },
    { weekday, startTime: 780, endTime: 1020 },
  ]),
  holidays: [],
};
// Night shift Mon 22:00 → Tue 06:00, entered as two rows.
const nightShift: ShopCalendar = {
  days: [
    { weekday: 1, startTime: 1320, endTime: 1440 },
    { weekday: 2, startTime: 0, endTime: 360 },
  ],
  holidays: [],
};

describe("RF-5 shop calendar working periods", () => {
  it("lists the periods of each working day, skipping weekends and holidays", () => {
    // GIVEN Fri 6 June … Tue 10 June with Whit Monday off / WHEN listed / THEN Friday and Tuesday only
    expect(workingPeriods(dayShift, "2025-06-06", "2025-06-10").map((p) => [iso(p.start), iso(p.end)])).toEqual([
      ["2025-06-06T08:00", "2025-06-06T16:00"],
      ["2025-06-10T08:00", "2025-06-10T16:00"],
    ]);
  });

  it("merges overlapping and touching shifts of one day", () => {
    // GIVEN three shifts that overlap or touch / WHEN listed / THEN one period
    const cal: ShopCalendar = {
      days: [
        { weekday: 1, startTime: 660, endTime: 840 },
        { weekday: 1, startTime: 480, endTime: 720 },
        { weekday: 1, startTime: 840, endTime: 900 },
      ],
      holidays: [],
    };
    expect(workingPeriods(cal, "2025-06-02", "2025-06-02").map((p) => [iso(p.start), iso(p.end)])).toEqual([
      ["2025-06-02T08:00", "2025-06-02T15:00"],
    ]);
  });

  it.each([
    ["start after end", { weekday: 1, startTime: 900, endTime: 600 }],
    ["end after midnight", { weekday: 1, startTime: 600, endTime: 1500 }],
    ["negative start", { weekday: 1, startTime: -10, endTime: 600 }],
  ])("GIVEN a shift with %s THEN a RangeError", (_label, day) => {
    // GIVEN working hours that do not fit in one day / WHEN used / THEN refused
    expect(() => workingPeriods({ days: [day], holidays: [] }, "2025-06-02", "2025-06-02")).toThrow(RangeError);
  });
});

describe("RF-5 consume working time backward", () => {
  it.each([
    ["within a shift", dayShift, "2025-06-06T16:00", 60, "2025-06-06T15:00"],
    ["a whole shift", dayShift, "2025-06-06T16:00", 480, "2025-06-06T08:00"],
    ["over a weekend", dayShift, "2025-06-02T10:00", 180, "2025-05-30T15:00"],
    ["from a Saturday", dayShift, "2025-06-07T12:00", 60, "2025-06-06T15:00"],
    ["over a holiday and a weekend", dayShift, "2025-06-10T09:00", 120, "2025-06-06T15:00"],
    ["from before the shift", dayShift, "2025-06-03T07:00", 60, "2025-06-02T15:00"],
    ["over a lunch break", splitShift, "2025-06-02T14:00", 120, "2025-06-02T11:00"],
    ["over midnight in a night shift", nightShift, "2025-06-03T02:00", 180, "2025-06-02T23:00"],
    ["zero minutes on a Saturday", dayShift, "2025-06-07T12:00", 0, "2025-06-07T12:00"],
  ])("%s", (_label, cal, end, minutes, expected) => {
    // GIVEN an end and a duration / WHEN consumed backward / THEN only working time counts
    expect(iso(consumeBackward(cal, at(end), minutes))).toBe(expected);
  });

  it("keeps fractions of a minute", () => {
    // GIVEN half a minute / WHEN consumed / THEN 30 seconds earlier
    expect(consumeBackward(dayShift, at("2025-06-06T16:00"), 0.5).toISOString()).toBe("2025-06-06T15:59:30.000Z");
  });
});

describe("RF-5 consume working time forward", () => {
  it.each([
    ["within a shift", dayShift, "2025-06-06T08:00", 60, "2025-06-06T09:00"],
    ["over a weekend and a holiday", dayShift, "2025-06-06T15:00", 120, "2025-06-10T09:00"],
    ["from a Saturday", dayShift, "2025-06-07T12:00", 60, "2025-06-10T09:00"],
    ["from before the shift", dayShift, "2025-06-02T07:00", 60, "2025-06-02T09:00"],
    ["over a lunch break", splitShift, "2025-06-02T11:00", 120, "2025-06-02T14:00"],
    ["over midnight in a night shift", nightShift, "2025-06-02T23:00", 180, "2025-06-03T02:00"],
    ["zero minutes on a Sunday", dayShift, "2025-06-08T12:00", 0, "2025-06-08T12:00"],
  ])("%s", (_label, cal, start, minutes, expected) => {
    // GIVEN a start and a duration / WHEN consumed forward / THEN only working time counts
    expect(iso(consumeForward(cal, at(start), minutes))).toBe(expected);
  });
});

describe("RF-5 snapping to working time", () => {
  it.each([
    ["Saturday noon", "2025-06-07T12:00", "2025-06-06T16:00", "2025-06-10T08:00"],
    ["Monday 08:00 sharp", "2025-06-02T08:00", "2025-05-30T16:00", "2025-06-02T08:00"],
    ["Friday 16:00 sharp", "2025-06-06T16:00", "2025-06-06T16:00", "2025-06-10T08:00"],
    ["inside a shift", "2025-06-03T10:00", "2025-06-03T10:00", "2025-06-03T10:00"],
    ["the holiday", "2025-06-09T10:00", "2025-06-06T16:00", "2025-06-10T08:00"],
  ])("GIVEN %s", (_label, t, back, forward) => {
    // GIVEN a moment / WHEN snapped / THEN an end moves back to where work can end, a start forward
    expect(iso(snapBackward(dayShift, at(t)))).toBe(back);
    expect(iso(snapForward(dayShift, at(t)))).toBe(forward);
  });
});

describe("RF-5 calendars without working time", () => {
  const tenYearsOfHolidays: ShopCalendar = {
    days: [{ weekday: 3, startTime: 480, endTime: 960 }],
    // Every Wednesday from about 2013 to 2037, so both directions run out of patience.
    holidays: Array.from({ length: 1300 }, (_, i) => new Date(Date.UTC(2025, 5, 4 + (i - 650) * 7)).toISOString().slice(0, 10)),
  };

  it.each([
    ["no days", { days: [], holidays: [] }],
    ["only empty shifts", { days: [{ weekday: 1, startTime: 480, endTime: 480 }], holidays: [] }],
    ["only invalid weekdays", { days: [{ weekday: 0, startTime: 480, endTime: 960 }], holidays: [] }],
    ["holidays on every working day for over ten years", tenYearsOfHolidays],
  ])("GIVEN %s THEN 'The calendar has no working time'", (_label, cal) => {
    // GIVEN a calendar that never works / WHEN time is consumed / THEN an error instead of a hang
    expect(() => consumeBackward(cal, at("2025-06-06T16:00"), 60)).toThrow(NoWorkingTimeError);
    expect(() => consumeForward(cal, at("2025-06-02T08:00"), 60)).toThrow("The calendar has no working time");
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])("rejects a duration of %s minutes", (minutes) => {
    // GIVEN an impossible duration / WHEN consumed / THEN a RangeError
    expect(() => consumeForward(dayShift, at("2025-06-02T08:00"), minutes)).toThrow(RangeError);
  });
});
