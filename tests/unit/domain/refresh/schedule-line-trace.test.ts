// "Why this date?" for one order line: scheduleLine returns, when asked, how it reached each date.
import { describe, expect, it } from "vitest";
import { scheduleLine, type LineToSchedule } from "@/lib/domain/refresh/schedule-line";
import { accountedMs, type OperationTrace } from "@/lib/domain/scheduling/schedule-trace";
import { addItem, addRouting, addWorkCenter, emptyCatalog } from "./catalog";

const line = (extra: Partial<LineToSchedule> = {}): LineToSchedule => ({
  itemNo: "P",
  variantCode: "",
  locationCode: "L",
  quantity: "10",
  dueDate: "2026-12-18",
  routingNo: "R",
  direction: "BACK",
  forwardStart: new Date("2026-12-14T08:00:00Z"),
  trace: true,
  ...extra,
});

function catalog() {
  const cat = emptyCatalog();
  addItem(cat, "P", { replenishment: "PROD_ORDER", safetyLeadTimeDays: null, leadTimeDays: 2 });
  cat.locations.set("L", { code: "L", inboundHandlingDays: 1, calendar: { workingWeekdays: [1, 2, 3, 4, 5], holidays: [] } });
  addWorkCenter(cat, "WC", { capacity: 2 });
  addRouting(cat, "R", [
    { no: "WC", setupTime: "30", runTime: "12" },
    { no: "WC", runTime: "6", moveTime: "30" },
  ]);
  return cat;
}

describe("Why this date? — one line's trace", () => {
  it("backward: Due Date − Safety Lead Time (setup's default) − Inbound Whse. Handling Time on the location's calendar, then the routing", () => {
    // GIVEN a line due Friday 2026-12-18 at L (1 inbound day), item without Safety Lead Time (setup: 1)
    const s = scheduleLine(catalog(), line());
    // THEN the trace names each part of the lead time and where it came from
    expect(s.trace).toMatchObject({
      direction: "BACK",
      dueDate: "2026-12-18",
      safetyLeadTimeDays: 1,
      safetyLeadTimeFrom: "setup",
      inboundHandlingDays: 1,
      calendarLocation: "L",
      endingDate: "2026-12-16",
      normalEndingTime: 960,
      centers: { 10: { type: "WORK_CENTER", no: "WC" }, 20: { type: "WORK_CENTER", no: "WC" } },
    });
    // AND the routing walk runs from the line's end to its start, last operation first, accounting for every minute
    const routing = s.trace!.routing!;
    expect([routing.from, routing.to]).toEqual([s.startingDateTime.toISOString(), s.endingDateTime.toISOString()]);
    expect(routing.steps.map((x) => (x.kind === "operation" ? x.operationNo : x.reason))).toEqual(["20", "10"]);
    expect(routing.steps.reduce((n, x) => n + accountedMs(x), 0)).toBe(s.endingDateTime.getTime() - s.startingDateTime.getTime());
    const op20 = routing.steps[0] as OperationTrace;
    expect(op20.steps.map((t) => [t.time, t.minutes])).toEqual([
      ["move", 30],
      ["wait", 0],
      ["run", 30],
      ["setup", 0],
    ]);
    expect(op20.steps[2].params).toEqual({ runTime: 6, quantity: 10, capacity: 2, efficiency: 100 });
  });

  it("a subassembly needed earlier by its parent ends then, and the trace says so", () => {
    // GIVEN the parent needs the line by Tuesday 12:00, before its own Ending Date-Time
    const s = scheduleLine(catalog(), line({ latestEnd: new Date("2026-12-15T12:00:00Z") }));
    // THEN the line ends then and the trace records why
    expect(s.trace!.neededBy).toBe("2026-12-15T12:00:00.000Z");
    expect(s.endingDateTime.toISOString()).toBe("2026-12-15T12:00:00.000Z");
  });

  it("forward: the Due Date is counted from the Ending Date; without a routing, Lead Time Calculation days", () => {
    // GIVEN no routing, forward from Monday 08:00 / WHEN scheduled with a trace
    const s = scheduleLine(catalog(), line({ routingNo: null, direction: "FORWARD" }));
    // THEN ending = 2 working days later at 16:00, Due Date 2 working days after that
    expect(s.trace).toMatchObject({
      direction: "FORWARD",
      forwardStart: "2026-12-14T08:00:00.000Z",
      leadTimeDays: 2,
      endingDate: "2026-12-16",
      dueDate: "2026-12-18",
    });
    expect(s.trace!.routing).toBeUndefined();
  });

  it("is not made when not asked for", () => {
    expect(scheduleLine(catalog(), line({ trace: false })).trace).toBeUndefined();
  });
});
