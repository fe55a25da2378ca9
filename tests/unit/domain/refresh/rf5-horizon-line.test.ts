// Covers RF-5's horizon on one order line: a line that needs more than ten years of its work
// center's calendar is refused on Quantity (naming the operation), and a line scheduled outside
// 1990-01-01 … 2109-12-31 (a forward start left in the year 809, a lead time past 2109) on Due Date.
import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
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
  addWorkCenter(cat, "WC", { capacity: 1 });
  addRouting(cat, "R", [{ no: "WC", setupTime: "30", runTime: "12" }]);
  return cat;
}

function errorOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error("expected a DomainError");
}

describe("RF-5 horizon of one line", () => {
  it.each(["BACK", "FORWARD"] as const)(
    "%s: Quantity 999,999,999 → OUT_OF_HORIZON on quantity, naming operation and routing",
    (direction) => {
      // GIVEN 12 minutes a unit on a 40-hour week / WHEN 999,999,999 units are scheduled
      const e = errorOf(() => scheduleLine(catalog(), line({ quantity: "999999999", direction, dueDate: "2099-12-31" })));
      // THEN refused at once on Quantity
      expect(e).toMatchObject({
        code: "OUT_OF_HORIZON",
        field: "quantity",
        message:
          "The order cannot be scheduled within 10 years: operation 10 of Routing R (Item P) needs more working time than its calendar has in that span.",
      });
    },
  );

  it("a forward start in the year 809 → OUT_OF_HORIZON on dueDate", () => {
    // GIVEN an order whose stored Starting Date-Time is in the year 809 / WHEN refreshed forward
    const e = errorOf(() => scheduleLine(catalog(), line({ direction: "FORWARD", forwardStart: new Date("0809-03-01T08:00:00Z") })));
    // THEN the date is refused on Due Date
    expect(e).toMatchObject({ code: "OUT_OF_HORIZON", field: "dueDate" });
    expect(e.message).toMatch(/^The order cannot be scheduled between 1990-01-01 and 2109-12-31: Item P would be produced on 0809-03-/);
  });

  it("a line that fits is scheduled as before", () => {
    // GIVEN 10 units / WHEN scheduled backward / THEN 30 + 120 minutes before Wed 16:00
    const s = scheduleLine(catalog(), line());
    expect(s.startingDateTime.toISOString()).toBe("2026-12-16T13:30:00.000Z");
  });
});
