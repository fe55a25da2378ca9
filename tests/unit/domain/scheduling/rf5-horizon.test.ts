// Covers RF-5's horizon: week walking gives exactly the day walk's moments (property test
// against the former day-by-day walk), a walk never passes the horizon it is given, and the
// arithmetic check refuses a duration that cannot fit in ten years before any walk.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MS_PER_DAY } from "@/lib/domain/calendar/iso-date";
import { fitsInSpan, MAX_SPAN_DAYS, OutOfHorizonError } from "@/lib/domain/scheduling/horizon";
import { scheduleBackward, scheduleForward, type OperationToSchedule } from "@/lib/domain/scheduling/schedule-operations";
import {
  consumeBackward,
  consumeForward,
  NoWorkingTimeError,
  snapBackward,
  snapForward,
  weeklyWorkingMs,
  workingPeriods,
  type ShopCalendar,
} from "@/lib/domain/scheduling/shop-calendar";
import { dayWalkBackward, dayWalkForward, dayWalkSnapBackward, dayWalkSnapForward, dayWalkWorkingPeriods } from "./day-walk-reference";

const at = (text: string) => new Date(`${text}:00.000Z`);
const dayShift: ShopCalendar = { days: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startTime: 480, endTime: 960 })), holidays: [] };

const shift = fc
  .record({
    weekday: fc.integer({ min: 0, max: 8 }),
    startTime: fc.integer({ min: 0, max: 1440 }),
    length: fc.integer({ min: 0, max: 720 }),
  })
  .map(({ weekday, startTime, length }) => ({ weekday, startTime, endTime: Math.min(1440, startTime + length) }));
const BASE = Date.UTC(2025, 0, 1);
const dayText = (offset: number) => new Date(BASE + offset * MS_PER_DAY).toISOString().slice(0, 10);
const calendar = fc
  .record({
    days: fc.array(shift, { minLength: 1, maxLength: 10 }),
    holidays: fc.array(fc.integer({ min: -800, max: 800 }).map(dayText), { maxLength: 60 }),
  })
  .filter((c) => c.days.some((d) => d.weekday >= 1 && d.weekday <= 7 && d.endTime > d.startTime));
const moment = fc.integer({ min: -400 * 1440, max: 400 * 1440 }).map((m) => new Date(BASE + m * 60_000));
// Up to a year of minutes, fractions included, so walks cross many whole weeks and holidays.
const minutes = fc.oneof(fc.integer({ min: 0, max: 525_600 }), fc.double({ min: 0, max: 200_000, noNaN: true }));

/** At most ~150 weeks of the calendar: the reference walks day by day and must stay quick. */
const upToWeeks = (cal: ShopCalendar, m: number) => Math.min(m, (weeklyWorkingMs(cal) / 60_000) * 150);

function outcome(f: () => Date): string {
  try {
    return f().toISOString();
  } catch (e) {
    return e instanceof NoWorkingTimeError ? "no working time" : String(e);
  }
}

describe("RF-5 horizon: week walking", () => {
  it("consumes working time backward to exactly the moment the day-by-day walk reaches", () => {
    fc.assert(
      fc.property(calendar, moment, minutes, (cal, end, asked) => {
        // GIVEN any calendar with holidays / WHEN minutes are consumed backward / THEN the same moment
        const m = upToWeeks(cal, asked);
        expect(outcome(() => consumeBackward(cal, end, m))).toBe(outcome(() => dayWalkBackward(cal, end, m)));
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it("consumes working time forward to exactly the moment the day-by-day walk reaches", () => {
    fc.assert(
      fc.property(calendar, moment, minutes, (cal, start, asked) => {
        // GIVEN any calendar with holidays / WHEN minutes are consumed forward / THEN the same moment
        const m = upToWeeks(cal, asked);
        expect(outcome(() => consumeForward(cal, start, m))).toBe(outcome(() => dayWalkForward(cal, start, m)));
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it("snaps to working time at exactly the moments the day-by-day walk finds", () => {
    fc.assert(
      fc.property(calendar, moment, (cal, t) => {
        // GIVEN any calendar with holidays and any moment / WHEN snapped back and forward
        // THEN the same moments (or the same 'no working time') as the former day walk
        expect(outcome(() => snapBackward(cal, t))).toBe(outcome(() => dayWalkSnapBackward(cal, t)));
        expect(outcome(() => snapForward(cal, t))).toBe(outcome(() => dayWalkSnapForward(cal, t)));
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it("lists exactly the working periods the day-by-day walk lists", () => {
    fc.assert(
      fc.property(calendar, fc.integer({ min: -800, max: 800 }), fc.integer({ min: -1, max: 40 }), (cal, from, days) => {
        // GIVEN any calendar and a range of days (an empty one included) / WHEN listed / THEN the same periods
        const list = (f: typeof workingPeriods) =>
          f(cal, dayText(from), dayText(from + days)).map((p) => [p.start.toISOString(), p.end.toISOString()]);
        expect(list(workingPeriods)).toEqual(list(dayWalkWorkingPeriods));
      }),
      { numRuns: 200 },
    );
  });

  it("keeps the day walk's 'no working time' when holidays cover over ten years", () => {
    // GIVEN Wednesdays only, every Wednesday of 25 years a holiday
    const cal: ShopCalendar = {
      days: [{ weekday: 3, startTime: 480, endTime: 960 }],
      holidays: Array.from({ length: 1300 }, (_, i) => new Date(Date.UTC(2025, 5, 4 + (i - 650) * 7)).toISOString().slice(0, 10)),
    };
    // WHEN 60 minutes are consumed / THEN both walks give up the same way
    expect(outcome(() => consumeBackward(cal, at("2025-06-06T16:00"), 60))).toBe("no working time");
    expect(outcome(() => consumeForward(cal, at("2025-06-02T08:00"), 60))).toBe("no working time");
  });
});

describe("RF-5 horizon: a walk stops at its horizon", () => {
  it("refuses backward when the working time would start before the horizon", () => {
    // GIVEN 8 hours a weekday and a horizon one week back
    const end = at("2025-06-06T16:00");
    const notBefore = end.getTime() - 7 * MS_PER_DAY;
    // WHEN one week of work fits, and when two weeks are asked
    // THEN the first is the Monday morning, the second an OutOfHorizonError
    expect(consumeBackward(dayShift, end, 5 * 480, notBefore).toISOString()).toBe("2025-06-02T08:00:00.000Z");
    expect(() => consumeBackward(dayShift, end, 10 * 480, notBefore)).toThrow(OutOfHorizonError);
  });

  it("refuses forward when the working time would end after the horizon", () => {
    const start = at("2025-06-02T08:00");
    const notAfter = start.getTime() + 7 * MS_PER_DAY;
    expect(consumeForward(dayShift, start, 5 * 480, notAfter).toISOString()).toBe("2025-06-06T16:00:00.000Z");
    expect(() => consumeForward(dayShift, start, 10 * 480, notAfter)).toThrow(OutOfHorizonError);
  });

  it("stops a calendar whose holidays cover years at the horizon, not after ten idle years", () => {
    // GIVEN a weekday calendar with every day of 2025 … 2040 a holiday
    const holidays = Array.from({ length: 16 * 366 }, (_, i) => new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10));
    const cal: ShopCalendar = { ...dayShift, holidays };
    // WHEN an hour is asked forward within ten years / THEN OutOfHorizonError
    const start = at("2025-01-01T08:00");
    expect(() => consumeForward(cal, start, 60, start.getTime() + MAX_SPAN_DAYS * MS_PER_DAY)).toThrow(OutOfHorizonError);
  });
});

describe("RF-5 horizon: decided arithmetically", () => {
  const op = (over: Partial<OperationToSchedule>): OperationToSchedule => ({
    operationNo: "10",
    calendar: dayShift,
    capacity: 1,
    efficiency: 100,
    setupTime: 0,
    runTime: 1,
    waitTime: 0,
    moveTime: 0,
    ...over,
  });

  it("knows what ten years of a calendar hold", () => {
    // GIVEN 40 hours a week / THEN 10 years of them fit and 10 × 53 weeks + 2 do not
    expect(weeklyWorkingMs(dayShift)).toBe(40 * 3_600_000);
    expect(fitsInSpan(40 * 60 * 52 * 10, weeklyWorkingMs(dayShift))).toBe(true);
    expect(fitsInSpan(40 * 60 * (53 * 10 + 2), weeklyWorkingMs(dayShift))).toBe(false);
    expect(fitsInSpan(Number.POSITIVE_INFINITY, weeklyWorkingMs(dayShift))).toBe(false);
  });

  it.each([
    ["Quantity 999,999,999 at 1 minute each", op({}), 999_999_999],
    ["Run Time 1e9 minutes", op({ runTime: 1e9 }), 1],
    ["a tiny Capacity", op({ capacity: 0.00001 }), 1000],
    ["a tiny Efficiency", op({ efficiency: 0.00001 }), 1000],
  ])("refuses %s at once, naming the operation", (_label, o, quantity) => {
    // GIVEN an operation that needs more than ten years of its calendar
    // WHEN scheduled either way / THEN OutOfHorizonError for operation 10
    const end = at("2099-12-31T16:00");
    for (const run of [() => scheduleBackward([o], end, quantity), () => scheduleForward([o], end, quantity)]) {
      try {
        run();
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(OutOfHorizonError);
        expect((e as OutOfHorizonError).operationNo).toBe("10");
      }
    }
  });

  it("refuses a quantity that fits each operation alone but not all of them in one span", () => {
    // GIVEN two operations of six years each on a 40-hour week / WHEN scheduled backward
    const sixYears = 40 * 60 * 52 * 6;
    const ops = [op({ operationNo: "10", runTime: sixYears }), op({ operationNo: "20", runTime: sixYears })];
    // THEN the walk stops at the horizon instead of starting twelve years back
    expect(() => scheduleBackward(ops, at("2030-06-07T16:00"), 1)).toThrow(OutOfHorizonError);
  });

  it("still schedules long spans within the horizon exactly like the day walk", () => {
    // GIVEN five years of work at 1 minute per unit / WHEN scheduled backward
    const quantity = 40 * 60 * 52 * 5;
    const s = scheduleBackward([op({})], at("2030-06-07T16:00"), quantity);
    // THEN the start is the one the day-by-day walk reaches
    expect(s.startingDateTime.toISOString()).toBe(dayWalkBackward(dayShift, at("2030-06-07T16:00"), quantity).toISOString());
  });
});
