import { describe, expect, it } from "vitest";
import { lineDatesOf, withNeighbours } from "@/lib/domain/order-edit/reschedule-routing";
import { scheduleRouting } from "@/lib/domain/scheduling/schedule-routing";
import { scheduleBackward, scheduleForward, type OperationToSchedule } from "@/lib/domain/scheduling/schedule-operations";
import type { ShopCalendar } from "@/lib/domain/scheduling/shop-calendar";
import { requireEditableOrder, canEditOrder } from "@/lib/domain/order-edit/editable";

// Issue 23 item 1: where a reschedule after a change on the card starts. The arithmetic is the
// scheduler's own; these tests pin down which walk each operation gets.

const at = (text: string) => new Date(`${text}:00.000Z`);
const iso = (d: Date) => d.toISOString().slice(0, 16);
// Mon–Fri 08:00–16:00; 2027-03-15 is a Monday.
const dayShift: ShopCalendar = { days: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startTime: 480, endTime: 960 })), holidays: [] };
const op = (operationNo: string, o: Partial<OperationToSchedule> = {}): OperationToSchedule => ({
  operationNo,
  calendar: dayShift,
  capacity: 1,
  efficiency: 100,
  setupTime: 0,
  runTime: 0,
  waitTime: 0,
  moveTime: 0,
  ...o,
});
const ops = [
  op("10", { setupTime: 30, runTime: 60, moveTime: 15 }),
  op("20", { runTime: 120, waitTime: 30 }),
  op("30", { setupTime: 60, runTime: 30 }),
];

describe("scheduleRouting from an operation or the line's end (one entry point with the refresh)", () => {
  it("GIVEN a changed middle operation WHEN rescheduled THEN it keeps its start, it and the later ones go forward, the earlier ones backward from it", () => {
    const start = at("2027-03-16T10:00");
    const result = scheduleRouting(ops, { from: "operation", index: 1, startingDateTime: start }, 2).operations;
    const forward = scheduleForward(ops.slice(1), start, 2).operations;
    const backward = scheduleBackward(ops.slice(0, 1), forward[0].startingDateTime, 2).operations;
    expect(result.map((o) => [o.operationNo, iso(o.startingDateTime), iso(o.endingDateTime)])).toEqual(
      [...backward, ...forward].map((o) => [o.operationNo, iso(o.startingDateTime), iso(o.endingDateTime)]),
    );
    expect(iso(result[1].startingDateTime)).toBe("2027-03-16T10:00");
  });

  it("GIVEN the first operation changed THEN the whole routing goes forward from its start", () => {
    const start = at("2027-03-15T08:00");
    expect(scheduleRouting(ops, { from: "operation", index: 0, startingDateTime: start }, 1).operations).toEqual(
      scheduleForward(ops, start, 1).operations,
    );
  });

  it("GIVEN a line's end THEN the routing goes backward from it (Quantity or Due Date changed)", () => {
    const end = at("2027-03-19T16:00");
    expect(scheduleRouting(ops, { from: "lineEnd", endingDateTime: end }, 3).operations).toEqual(scheduleBackward(ops, end, 3).operations);
  });

  it("GIVEN a line's start (the refresh's forward anchor) THEN it is the forward walk, with its trace", () => {
    const start = at("2027-03-15T08:00");
    expect(scheduleRouting(ops, { from: "lineStart", startingDateTime: start }, 2, { trace: true })).toEqual(
      scheduleForward(ops, start, 2, { trace: true }),
    );
  });

  it("GIVEN no operations THEN nothing is scheduled", () => {
    expect(scheduleRouting([], { from: "lineEnd", endingDateTime: at("2027-03-19T16:00") }, 1).operations).toEqual([]);
  });
});

describe("lineDatesOf (RF-5, RF-6)", () => {
  const scheduled = [
    { operationNo: "10", startingDateTime: at("2027-03-15T08:00"), endingDateTime: at("2027-03-15T10:00") },
    { operationNo: "20", startingDateTime: at("2027-03-15T11:00"), endingDateTime: at("2027-03-17T15:00") },
  ];
  it("GIVEN moved operations THEN the line spans them and its Due Date follows its end by the lead times", () => {
    const d = lineDatesOf(scheduled, { safetyLeadTimeDays: 1, inboundHandlingDays: 1, calendar: null }, null)!;
    expect([iso(d.startingDateTime), iso(d.endingDateTime), d.dueDate]).toEqual(["2027-03-15T08:00", "2027-03-17T15:00", "2027-03-19"]);
  });
  it("GIVEN a Due Date to keep THEN it stays", () => {
    expect(lineDatesOf(scheduled, { safetyLeadTimeDays: 1, inboundHandlingDays: 0, calendar: null }, "2027-04-01")!.dueDate).toBe(
      "2027-04-01",
    );
  });
});

describe("withNeighbours", () => {
  it("links each operation to the one before and after it", () => {
    expect(withNeighbours([{ operationNo: "10" }, { operationNo: "20" }]).map((o) => [o.previousOperationNo, o.nextOperationNo])).toEqual([
      ["", "20"],
      ["10", ""],
    ]);
  });
});

describe("PO-10, X-1: which orders change on the card", () => {
  it("Finished never; Released only for supervisors and admins", () => {
    expect(canEditOrder("FINISHED", "admin")).toBe(false);
    expect(canEditOrder("RELEASED", "planner")).toBe(false);
    expect(canEditOrder("RELEASED", "supervisor")).toBe(true);
    expect(canEditOrder("FIRM_PLANNED", "planner")).toBe(true);
    expect(() => requireEditableOrder({ status: "FINISHED", no: "X" }, "admin")).toThrow(
      "Production order X is Finished and cannot be changed.",
    );
    expect(() => requireEditableOrder({ status: "RELEASED", no: "X" }, "planner")).toThrow(
      "Planners cannot change released production order X.",
    );
  });
});
