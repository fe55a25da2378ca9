import { describe, expect, it } from "vitest";
import {
  runMinutes,
  scheduleBackward,
  scheduleForward,
  type LineSchedule,
  type OperationToSchedule,
} from "@/lib/domain/scheduling/schedule-operations";
import type { ShopCalendar } from "@/lib/domain/scheduling/shop-calendar";

const at = (text: string) => new Date(`${text}:00.000Z`);
const iso = (d: Date) => d.toISOString().slice(0, 16);

// Mon–Fri 08:00–16:00; 2025-06-02 is a Monday and 2025-06-09 a holiday.
const dayShift: ShopCalendar = {
  days: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startTime: 480, endTime: 960 })),
  holidays: ["2025-06-09"],
};

function op(overrides: Partial<OperationToSchedule> = {}): OperationToSchedule {
  return {
    operationNo: "10",
    calendar: dayShift,
    capacity: 1,
    efficiency: 100,
    setupTime: 0,
    runTime: 0,
    waitTime: 0,
    moveTime: 0,
    ...overrides,
  };
}

function summary(schedule: LineSchedule) {
  return {
    start: iso(schedule.startingDateTime),
    end: iso(schedule.endingDateTime),
    operations: schedule.operations.map((o) => [o.operationNo, iso(o.startingDateTime), iso(o.endingDateTime)]),
  };
}

// Cutting: 60 min setup, 6 min/unit. Welding: 30 min setup, 3 min/unit on 2 units at 50 %, then
// 60 min wait and 60 min move. For 40 units: cutting runs 240 min, welding 120 min.
const routing = [
  op({ operationNo: "10", setupTime: 60, runTime: 6 }),
  op({ operationNo: "20", setupTime: 30, runTime: 3, capacity: 2, efficiency: 50, waitTime: 60, moveTime: 60 }),
];

describe("RF-5 run time", () => {
  it.each([
    [6, 40, 1, 100, 240],
    [6, 40, 2, 100, 120],
    [6, 40, 1, 50, 480],
    [6, 40, 1, 200, 120],
    [3, 40, 2, 50, 120],
    [0, 40, 1, 100, 0],
    [1.5, 3, 1, 100, 4.5],
  ])("GIVEN %s min/unit × %s units on %s units at %s %% THEN %s minutes", (runTime, qty, capacity, efficiency, minutes) => {
    // GIVEN a run time, quantity, capacity and efficiency / WHEN computed / THEN run ÷ (capacity × efficiency)
    expect(runMinutes(op({ runTime, capacity, efficiency }), qty)).toBeCloseTo(minutes, 10);
  });

  it.each([
    ["capacity 0", { capacity: 0 }],
    ["negative capacity", { capacity: -1 }],
    ["efficiency 0", { efficiency: 0 }],
    ["NaN efficiency", { efficiency: Number.NaN }],
  ])("GIVEN %s THEN a RangeError", (_label, change) => {
    // GIVEN a work center that cannot work / WHEN scheduled / THEN refused instead of dividing by zero
    expect(() => scheduleBackward([op(change)], at("2025-06-06T16:00"), 1)).toThrow(RangeError);
  });

  it.each([
    ["negative setup", { setupTime: -1 }],
    ["negative wait", { waitTime: -1 }],
    ["negative move", { moveTime: -1 }],
    ["negative run", { runTime: -1 }],
  ])("GIVEN %s THEN a RangeError", (_label, change) => {
    // GIVEN a negative time / WHEN scheduled / THEN refused
    expect(() => scheduleForward([op(change)], at("2025-06-02T08:00"), 1)).toThrow(RangeError);
  });
});

describe("RF-5 backward scheduling", () => {
  it("takes move, wait, run and setup per operation, last to first, each operation spanning all four", () => {
    // GIVEN a two-operation routing and a line ending Friday 16:00 / WHEN scheduled backward
    const schedule = scheduleBackward(routing, at("2025-06-06T16:00"), 40);
    // THEN welding's span holds its wait and move and ends at the line's end (BC CalcRoutingLineBack),
    // cutting spills back into Thursday, and the line keeps the end it was scheduled from
    expect(summary(schedule)).toEqual({
      start: "2025-06-05T14:30",
      end: "2025-06-06T16:00",
      operations: [
        ["10", "2025-06-05T14:30", "2025-06-06T11:30"],
        ["20", "2025-06-06T11:30", "2025-06-06T16:00"],
      ],
    });
  });

  it("keeps the line's Ending Date-Time when it lies outside working time", () => {
    // GIVEN a line ending Saturday 12:00 and an operation with 60 minutes of move time
    const schedule = scheduleBackward([op({ runTime: 1, moveTime: 60 })], at("2025-06-07T12:00"), 60);
    // THEN the operation ends Friday 16:00 (the last working moment) after its move, and the line on Saturday
    expect(summary(schedule)).toEqual({
      start: "2025-06-06T14:00",
      end: "2025-06-07T12:00",
      operations: [["10", "2025-06-06T14:00", "2025-06-06T16:00"]],
    });
  });

  it("snaps an operation that would end on a weekend back to Friday's shift end", () => {
    // GIVEN a line ending on Saturday and no wait or move / WHEN scheduled backward
    const schedule = scheduleBackward([op({ runTime: 1 })], at("2025-06-07T12:00"), 60);
    // THEN the operation ends Friday 16:00, not on Saturday
    expect(summary(schedule).operations).toEqual([["10", "2025-06-06T15:00", "2025-06-06T16:00"]]);
  });

  it("snaps an end at the start of a shift back to the previous shift end", () => {
    // GIVEN a line ending Tuesday 08:00 (Monday is a holiday) / WHEN a zero-length op is scheduled
    const schedule = scheduleBackward([op()], at("2025-06-10T08:00"), 1);
    // THEN it sits at Friday 16:00, the last moment work could have ended; the line keeps its end
    expect(summary(schedule)).toEqual({
      start: "2025-06-06T16:00",
      end: "2025-06-10T08:00",
      operations: [["10", "2025-06-06T16:00", "2025-06-06T16:00"]],
    });
  });

  it("uses each operation's own calendar", () => {
    // GIVEN the last operation on a calendar that also works Saturdays 08:00–12:00
    const withSaturday: ShopCalendar = {
      days: [...dayShift.days, { weekday: 6, startTime: 480, endTime: 720 }],
      holidays: [],
    };
    const ops = [op({ operationNo: "10", runTime: 1 }), op({ operationNo: "20", runTime: 1, calendar: withSaturday })];
    // WHEN scheduled backward from Saturday noon
    const schedule = scheduleBackward(ops, at("2025-06-07T12:00"), 60);
    // THEN op 20 works Saturday morning and op 10 Friday afternoon
    expect(summary(schedule).operations).toEqual([
      ["10", "2025-06-06T15:00", "2025-06-06T16:00"],
      ["20", "2025-06-07T11:00", "2025-06-07T12:00"],
    ]);
  });

  it("returns the line end as both dates without operations", () => {
    // GIVEN no operations / WHEN scheduled / THEN nothing moves
    expect(summary(scheduleBackward([], at("2025-06-07T12:00"), 5))).toEqual({
      start: "2025-06-07T12:00",
      end: "2025-06-07T12:00",
      operations: [],
    });
  });
});

describe("RF-5 forward scheduling", () => {
  it("is the mirror image: setup, run, then wait and move before the next operation", () => {
    // GIVEN the same routing starting Thursday 14:30 / WHEN scheduled forward
    const schedule = scheduleForward(routing, at("2025-06-05T14:30"), 40);
    // THEN it reproduces the backward schedule: welding ends after its wait and move, and so does the line
    expect(summary(schedule)).toEqual({
      start: "2025-06-05T14:30",
      end: "2025-06-06T16:00",
      operations: [
        ["10", "2025-06-05T14:30", "2025-06-06T11:30"],
        ["20", "2025-06-06T11:30", "2025-06-06T16:00"],
      ],
    });
  });

  it("starts at the next working moment and lets wait and move push the next operation", () => {
    // GIVEN a start on Saturday and 8 hours of wait after op 10 / WHEN scheduled forward
    const ops = [op({ operationNo: "10", runTime: 1, waitTime: 480 }), op({ operationNo: "20", runTime: 1 })];
    const schedule = scheduleForward(ops, at("2025-06-07T09:00"), 60);
    // THEN op 10 starts Tuesday (Monday is a holiday) and ends after its wait, a working day
    // later, where op 20 starts
    expect(summary(schedule)).toEqual({
      start: "2025-06-10T08:00",
      end: "2025-06-11T10:00",
      operations: [
        ["10", "2025-06-10T08:00", "2025-06-11T09:00"],
        ["20", "2025-06-11T09:00", "2025-06-11T10:00"],
      ],
    });
  });

  it("returns the line start as both dates without operations", () => {
    // GIVEN no operations / WHEN scheduled / THEN nothing moves
    expect(summary(scheduleForward([], at("2025-06-07T12:00"), 5))).toMatchObject({
      start: "2025-06-07T12:00",
      end: "2025-06-07T12:00",
    });
  });

  it("fails clearly when a work center never works", () => {
    // GIVEN an operation on an empty calendar / WHEN scheduled / THEN the calendar error
    const idle = op({ runTime: 1, calendar: { days: [], holidays: [] } });
    expect(() => scheduleForward([idle], at("2025-06-02T08:00"), 1)).toThrow("The calendar has no working time");
  });
});
