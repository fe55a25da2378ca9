import { describe, expect, it } from "vitest";
import { scheduleLine, type LineToSchedule } from "@/lib/domain/refresh/schedule-line";
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

describe("RF-5/RF-6 scheduling one line", () => {
  it("backward: ends at Due Date − safety (setup default 1) − inbound (1) working days, Normal Ending Time", () => {
    const s = scheduleLine(catalog(), line());
    // Ending Wed 16:00; op 20 ends there (BC: its span holds its move time): move 30 min, runs
    // 10 × 6 ÷ 2 = 30 min from 15:00; op 10: 60 + 30 min. The line keeps Wed 16:00.
    expect(
      s.routingLines.map((r) => [
        r.operationNo,
        r.startingDateTime.toISOString(),
        r.endingDateTime.toISOString(),
        r.previousOperationNo,
        r.nextOperationNo,
      ]),
    ).toEqual([
      ["10", "2026-12-16T13:30:00.000Z", "2026-12-16T15:00:00.000Z", "", "20"],
      ["20", "2026-12-16T15:00:00.000Z", "2026-12-16T16:00:00.000Z", "10", ""],
    ]);
    expect(s.startingDateTime.toISOString()).toBe("2026-12-16T13:30:00.000Z");
    expect(s.endingDateTime.toISOString()).toBe("2026-12-16T16:00:00.000Z");
    expect(s.dueDate).toBe("2026-12-18");
  });

  it("forward: starts at the given moment; Due Date = ending + safety + inbound working days", () => {
    const s = scheduleLine(catalog(), line({ direction: "FORWARD", forwardStart: new Date("2026-12-18T15:00:00Z") }));
    expect(s.startingDateTime.toISOString()).toBe("2026-12-18T15:00:00.000Z");
    // 30 setup + 60 run: 15:00–16:00 Friday, 30 min on Monday; op 20 runs 30 min and moves 30
    // min: BC's operation (and so the line) ends after its move time
    expect(s.routingLines[0].endingDateTime.toISOString()).toBe("2026-12-21T08:30:00.000Z");
    expect(s.endingDateTime.toISOString()).toBe("2026-12-21T09:30:00.000Z");
    expect(s.dueDate).toBe("2026-12-23");
  });

  it("no routing: Lead Time Calculation in working days of the location", () => {
    const s = scheduleLine(catalog(), line({ routingNo: null }));
    expect(s.endingDateTime.toISOString()).toBe("2026-12-16T16:00:00.000Z");
    expect(s.startingDateTime.toISOString()).toBe("2026-12-14T08:00:00.000Z");
    expect(s.routingLines).toEqual([]);
  });

  it("a work center whose calendar has no working time → NO_WORKING_TIME naming it", () => {
    const cat = catalog();
    addWorkCenter(cat, "WC", { calendarCode: "EMPTY", calendar: { days: [], holidays: [] } });
    expect(() => scheduleLine(cat, line())).toThrow(/Work Center WC cannot be scheduled: Shop Calendar EMPTY has no working time/);
  });
});
