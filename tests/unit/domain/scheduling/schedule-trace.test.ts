// "Why this date?" (issue 23 item 2): the scheduler's own trace. Unit tests of what it says, and a
// property test that an explanation's minutes add up exactly to the interval it explains.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MS_PER_DAY } from "@/lib/domain/calendar/iso-date";
import { scheduleBackward, scheduleForward, type OperationToSchedule } from "@/lib/domain/scheduling/schedule-operations";
import { accountedMs, type OperationTrace, type SkipStep, type TimeStep } from "@/lib/domain/scheduling/schedule-trace";
import { weeklyWorkingMs, type ShopCalendar } from "@/lib/domain/scheduling/shop-calendar";

const at = (text: string) => new Date(`${text}:00.000Z`);
const hm = (iso: string) => iso.slice(0, 16);

// Mon–Fri 08:00–16:00; 2025-06-09 (Whit Monday) a holiday.
const dayShift: ShopCalendar = {
  days: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startTime: 480, endTime: 960 })),
  holidays: ["2025-06-09"],
  holidayNames: { "2025-06-09": "Whit Monday" },
};

const op = (over: Partial<OperationToSchedule> = {}): OperationToSchedule => ({
  operationNo: "10",
  calendar: dayShift,
  capacity: 1,
  efficiency: 100,
  setupTime: 0,
  runTime: 0,
  waitTime: 0,
  moveTime: 0,
  ...over,
});

const skipSummary = (s: SkipStep) => [s.reason, s.name ?? s.hours ?? null, hm(s.from), hm(s.to), s.minutes];

describe("Why this date? — the scheduler's trace", () => {
  it("names every non-working period a forward run passes: outside hours, the weekend, the holiday", () => {
    // GIVEN 120 minutes of run starting Friday 15:00, Whit Monday off
    const s = scheduleForward([op({ runTime: 2 })], at("2025-06-06T15:00"), 60, { trace: true });
    // WHEN traced
    const operation = s.trace!.steps[0] as OperationTrace;
    const run = operation.steps.find((t) => t.time === "run")!;
    // THEN the run is 2 × 60 ÷ (1 × 100 %) minutes and skips, in time order, each named period
    expect(run).toMatchObject({ asked: 120, minutes: 120, params: { runTime: 2, quantity: 60, capacity: 1, efficiency: 100 } });
    expect(run.skipped.map(skipSummary)).toEqual([
      ["outsideHours", [[480, 960]], "2025-06-06T16:00", "2025-06-07T00:00", 480],
      ["weekend", null, "2025-06-07T00:00", "2025-06-09T00:00", 2880],
      ["holiday", "Whit Monday", "2025-06-09T00:00", "2025-06-10T00:00", 1440],
      ["outsideHours", [[480, 960]], "2025-06-10T00:00", "2025-06-10T08:00", 480],
    ]);
    expect(hm(run.from)).toBe("2025-06-06T15:00");
    expect(hm(run.to)).toBe("2025-06-10T09:00");
  });

  it("walks an operation backward as move, wait, run, setup, each with its own minutes", () => {
    // GIVEN setup 30, run 3 × 10 on 2 units at 50 %, wait 20, move 10, ending Friday 16:00
    const o = op({ setupTime: 30, runTime: 3, capacity: 2, efficiency: 50, waitTime: 20, moveTime: 10 });
    const s = scheduleBackward([o], at("2025-06-06T16:00"), 10, { trace: true });
    const steps = (s.trace!.steps[0] as OperationTrace).steps;
    // THEN each time takes its minutes back from where the one after it began
    expect(steps.map((t: TimeStep) => [t.time, t.minutes, hm(t.from), hm(t.to)])).toEqual([
      ["move", 10, "2025-06-06T15:50", "2025-06-06T16:00"],
      ["wait", 20, "2025-06-06T15:30", "2025-06-06T15:50"],
      ["run", 30, "2025-06-06T15:00", "2025-06-06T15:30"],
      ["setup", 30, "2025-06-06T14:30", "2025-06-06T15:00"],
    ]);
    expect(s.operations[0]).toMatchObject({ startingDateTime: at("2025-06-06T14:30"), endingDateTime: at("2025-06-06T16:00") });
  });

  it("explains a line ending on a Saturday: the weekend between its end and its last operation's end", () => {
    // GIVEN a line ending Saturday 12:00 / WHEN scheduled backward with a trace
    const s = scheduleBackward([op({ runTime: 1 })], at("2025-06-07T12:00"), 60, { trace: true });
    // THEN the first step is the skipped Saturday morning and Friday evening, then the operation
    expect(s.trace!.steps.slice(0, 2).map((x) => (x.kind === "skip" ? skipSummary(x) : x.kind))).toEqual([
      ["weekend", null, "2025-06-07T00:00", "2025-06-07T12:00", 720],
      ["outsideHours", [[480, 960]], "2025-06-06T16:00", "2025-06-07T00:00", 480],
    ]);
    expect(s.trace!.steps[2].kind).toBe("operation");
  });

  it("gives the same dates with and without a trace", () => {
    // GIVEN a routing over a weekend and a holiday / WHEN scheduled both ways, traced and not
    const ops = [op({ operationNo: "10", setupTime: 45, runTime: 7 }), op({ operationNo: "20", runTime: 5, waitTime: 300, moveTime: 15 })];
    for (const run of [scheduleBackward, scheduleForward]) {
      const plain = run(ops, at("2025-06-10T11:00"), 33);
      const traced = run(ops, at("2025-06-10T11:00"), 33, { trace: true });
      // THEN recording changes nothing
      expect(traced.operations).toEqual(plain.operations);
      expect([traced.startingDateTime, traced.endingDateTime]).toEqual([plain.startingDateTime, plain.endingDateTime]);
    }
  });
});

// Property: for random routings, calendars and holidays, backward and forward, every operation's
// steps account for exactly its span and the line's steps for exactly the line's span.
const BASE = Date.UTC(2025, 0, 1);
const dayText = (offset: number) => new Date(BASE + offset * MS_PER_DAY).toISOString().slice(0, 10);
const shift = fc
  .record({
    weekday: fc.integer({ min: 1, max: 7 }),
    startTime: fc.integer({ min: 0, max: 1380 }),
    length: fc.integer({ min: 1, max: 720 }),
  })
  .map(({ weekday, startTime, length }) => ({ weekday, startTime, endTime: Math.min(1440, startTime + length) }));
const calendar = fc.record({
  days: fc.array(shift, { minLength: 1, maxLength: 8 }),
  holidays: fc.array(fc.integer({ min: -60, max: 120 }).map(dayText), { maxLength: 20 }),
});
const minutes = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 900 }), fc.double({ min: 0, max: 600, noNaN: true }));
const operation = fc.record({
  calendar,
  setupTime: minutes,
  runTime: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 30, noNaN: true })),
  waitTime: minutes,
  moveTime: minutes,
  capacity: fc.integer({ min: 1, max: 4 }),
  efficiency: fc.integer({ min: 25, max: 200 }),
});
const routing = fc
  .array(operation, { minLength: 1, maxLength: 4 })
  .map((ops) => ops.map((o, i): OperationToSchedule => ({ ...o, operationNo: String((i + 1) * 10) })));
const moment = fc.integer({ min: 0, max: 90 * 1440 }).map((m) => new Date(BASE + m * 60_000));

describe("Why this date? — the minutes add up", () => {
  it.each([
    ["backward", scheduleBackward],
    ["forward", scheduleForward],
  ] as const)(
    "%s: every step's minutes add up exactly to the interval it explains",
    (_label, schedule) => {
      fc.assert(
        fc.property(routing, moment, fc.integer({ min: 1, max: 50 }), (ops, from, quantity) => {
          // GIVEN a random routing on random calendars with holidays (kept to a few weeks of work each:
          // an operation's longest work, ~145 hours, on at least 20 working hours a week stays far
          // inside the 10-year horizon; a 1-minute week would not, and is refused by design)
          fc.pre(ops.every((o) => weeklyWorkingMs(o.calendar) >= 20 * 3_600_000));
          // WHEN scheduled with a trace
          const s = schedule(ops, from, quantity, { trace: true });
          const trace = s.trace!;
          // THEN the line's steps account for exactly its span, in milliseconds
          expect(trace.from).toBe(s.startingDateTime.toISOString());
          expect(trace.to).toBe(s.endingDateTime.toISOString());
          expect(trace.steps.reduce((n, x) => n + accountedMs(x), 0)).toBe(s.endingDateTime.getTime() - s.startingDateTime.getTime());
          // AND each operation's setup, run, wait, move and skipped periods account for exactly its span
          const traced = trace.steps.filter((x): x is OperationTrace => x.kind === "operation");
          expect(traced.map((t) => t.operationNo).sort()).toEqual(s.operations.map((o) => o.operationNo).sort());
          for (const t of traced) {
            const o = s.operations.find((x) => x.operationNo === t.operationNo)!;
            expect([t.from, t.to]).toEqual([o.startingDateTime.toISOString(), o.endingDateTime.toISOString()]);
            expect(accountedMs(t)).toBe(o.endingDateTime.getTime() - o.startingDateTime.getTime());
            for (const step of t.steps) {
              expect(step.ms + step.skipped.reduce((n, k) => n + k.ms, 0)).toBe(Date.parse(step.to) - Date.parse(step.from));
              expect(step.ms).toBe(Math.round(step.asked * 60_000));
            }
          }
        }),
        { numRuns: 200 },
      );
    },
    120_000,
  );
});
