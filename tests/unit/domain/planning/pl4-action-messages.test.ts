import { describe, expect, it } from "vitest";
import { calculatePlan } from "@/lib/domain/planning/calculate-plan";
import type { PlanningLine, PlanningParameters } from "@/lib/domain/planning/types";
import { d, input, item, order, sales } from "./fixtures";

const lfl = (over: Partial<PlanningParameters> = {}) => ({
  params: { reorderingPolicy: "LOT_FOR_LOT" as const, reschedulingPeriodDays: 10, ...over },
});
const show = (l: PlanningLine) => ({
  action: l.actionMessage,
  ref: l.ref ? `${l.ref.orderStatus} ${l.ref.orderNo}` : null,
  due: l.dueDate,
  originalDue: l.originalDueDate,
  qty: l.quantity,
  originalQty: l.originalQuantity,
});

describe("PL-4 action messages on Planned and Firm Planned orders", () => {
  it.each(["PLANNED", "FIRM_PLANNED"] as const)(
    "PL-4 Reschedule: a %s order due later than the demand, inside the Rescheduling Period",
    (status) => {
      const { lines } = calculatePlan(
        input({ items: [item("A", lfl())], demands: [sales("A", d(10), "10")], supplies: [order("A", status, "PO1", d(14), "10")] }),
      );
      expect(lines.map(show)).toEqual([
        { action: "RESCHEDULE", ref: `${status} PO1`, due: d(10), originalDue: d(14), qty: "10", originalQty: null },
      ]);
      expect(lines[0].startingDate).toBe(d(7)); // the fake scheduler: Due − 1 − 2 lead days
    },
  );

  it.each(["PLANNED", "FIRM_PLANNED"] as const)("PL-4 Change Qty.: a %s order on the demand's date, too small or too large", (status) => {
    const demands = [sales("A", d(20), "15"), sales("B", d(20), "4")];
    const supplies = [order("A", status, "PO1", d(20), "10"), order("B", status, "PO2", d(20), "9")];
    const { lines } = calculatePlan(input({ items: [item("A", lfl()), item("B", lfl())], demands, supplies }));
    expect(lines.map(show)).toEqual([
      { action: "CHANGE_QTY", ref: `${status} PO1`, due: d(20), originalDue: null, qty: "15", originalQty: "10" },
      { action: "CHANGE_QTY", ref: `${status} PO2`, due: d(20), originalDue: null, qty: "4", originalQty: "9" },
    ]);
  });

  it.each(["PLANNED", "FIRM_PLANNED"] as const)("PL-4 Resched. & Chg. Qty.: a %s order too early and too large", (status) => {
    const { lines } = calculatePlan(
      input({ items: [item("A", lfl())], demands: [sales("A", d(30), "8")], supplies: [order("A", status, "PO1", d(27), "12")] }),
    );
    expect(lines.map(show)).toEqual([
      { action: "RESCHEDULE_AND_CHANGE_QTY", ref: `${status} PO1`, due: d(30), originalDue: d(27), qty: "8", originalQty: "12" },
    ]);
  });

  it.each(["PLANNED", "FIRM_PLANNED"] as const)("PL-4 Cancel: a %s order no demand needs", (status) => {
    const { lines } = calculatePlan(input({ items: [item("A", lfl())], supplies: [order("A", status, "PO1", d(50), "5")] }));
    expect(lines.map(show)).toEqual([
      { action: "CANCEL", ref: `${status} PO1`, due: d(50), originalDue: null, qty: "0", originalQty: "5" },
    ]);
  });

  it("PL-4 a multi-level order nothing needs gets one Cancel, on its parent line", () => {
    // GIVEN a Firm Planned order of P with a make-to-order subline of C (RF-4), and no demand
    const p = item("P", { ...lfl(), components: [{ itemNo: "C", variantCode: "", quantityPer: "2", fixedQuantity: false }] });
    const c = item("C", { ...lfl(), manufacturingPolicy: "MAKE_TO_ORDER" });
    const parent = { ...order("P", "FIRM_PLANNED", "PO1", d(50), "5"), singleLine: false };
    const subline = { ...order("C", "FIRM_PLANNED", "PO1", d(48), "10"), orderLineNo: 20000, singleLine: false };
    // WHEN planned
    const { lines } = calculatePlan(input({ items: [p, c], supplies: [parent, subline] }));
    // THEN the order is cancelled once, by its parent line (carry-out deletes the whole order)
    expect(lines.map((l) => `${l.actionMessage} ${l.itemNo} ${l.ref?.orderNo}`)).toEqual(["CANCEL P PO1"]);
  });

  it("PL-4 outside the Rescheduling Period: Cancel and New instead of Reschedule", () => {
    const { lines } = calculatePlan(
      input({ items: [item("A", lfl())], demands: [sales("A", d(60), "5")], supplies: [order("A", "FIRM_PLANNED", "PO1", d(75), "5")] }),
    );
    expect(lines.map((l) => l.actionMessage)).toEqual(["NEW", "CANCEL"]);
    expect(lines[0].dueDate).toBe(d(60));
  });

  it("PL-4 an order that exactly meets its demand gets no line", () => {
    const { lines } = calculatePlan(
      input({ items: [item("A", lfl())], demands: [sales("A", d(20), "10")], supplies: [order("A", "PLANNED", "PO1", d(20), "10")] }),
    );
    expect(lines).toEqual([]);
  });

  it("PL-4 Released orders are fixed supply: used, never rescheduled, changed or cancelled", () => {
    // GIVEN a Released order later than the demand, and one nobody needs
    const demands = [sales("A", d(40), "5")];
    const supplies = [order("A", "RELEASED", "RO1", d(45), "20"), order("B", "RELEASED", "RO2", d(10), "7")];
    const { lines } = calculatePlan(input({ items: [item("A", lfl()), item("B", lfl())], demands, supplies }));
    // THEN the demand gets a New order (the released one comes too late) and no line refers to them
    expect(lines.map(show)).toEqual([{ action: "NEW", ref: null, due: d(40), originalDue: null, qty: "5", originalQty: null }]);
  });

  it("PL-4 a changed order's component need replaces its old need in the component's plan", () => {
    // GIVEN P's firm planned order of 10 (needs 20 C on its start) but only 6 are sold
    const p = item("P", { ...lfl(), components: [{ itemNo: "C", variantCode: "", quantityPer: "2", fixedQuantity: false }] });
    const c = item("C", { ...lfl(), replenishmentSystem: "PURCHASE" });
    const po = order("P", "FIRM_PLANNED", "PO1", d(20), "10");
    const oldNeed = {
      itemNo: "C",
      variantCode: "",
      locationCode: "",
      kind: "COMPONENT" as const,
      date: po.kind === "PROD_ORDER" ? po.startingDate : "",
      quantity: "20",
      source: { type: "COMPONENT" as const, orderStatus: "FIRM_PLANNED" as const, orderNo: "PO1", lineNo: 10000, componentLineNo: 10000 },
    };
    const { lines } = calculatePlan(input({ items: [p, c], demands: [sales("P", d(20), "6"), oldNeed], supplies: [po] }));
    // THEN P's order shrinks to 6, and C is planned for 12, not 20
    expect(lines.map((l) => `${l.actionMessage} ${l.itemNo} ${l.quantity}`)).toEqual(["CHANGE_QTY P 6", "NEW C 12"]);
    expect(lines[1].covers[0].demand.source).toEqual({ type: "PLANNING_LINE", lineNo: lines[0].lineNo });
  });
});

describe("PL-4 dampener", () => {
  it("PL-4 a decrease within the Dampener Quantity is not proposed; a larger one is", () => {
    const demands = [sales("A", d(10), "10"), sales("B", d(10), "10")];
    const supplies = [order("A", "FIRM_PLANNED", "PO1", d(10), "12"), order("B", "FIRM_PLANNED", "PO2", d(10), "15")];
    const { lines } = calculatePlan(
      input({ items: [item("A", lfl({ dampenerQuantity: "3" })), item("B", lfl({ dampenerQuantity: "3" }))], demands, supplies }),
    );
    expect(lines.map(show)).toEqual([
      { action: "CHANGE_QTY", ref: "FIRM_PLANNED PO2", due: d(10), originalDue: null, qty: "10", originalQty: "15" },
    ]);
  });

  it("PL-4 rescheduling out by less than the Dampener Period is not proposed", () => {
    const demands = [sales("A", d(10), "10"), sales("B", d(10), "10")];
    const supplies = [order("A", "FIRM_PLANNED", "PO1", d(8), "10"), order("B", "FIRM_PLANNED", "PO2", d(3), "10")];
    const { lines } = calculatePlan(
      input({ items: [item("A", lfl({ dampenerPeriodDays: 5 })), item("B", lfl({ dampenerPeriodDays: 5 }))], demands, supplies }),
    );
    expect(lines.map(show)).toEqual([
      { action: "RESCHEDULE", ref: "FIRM_PLANNED PO2", due: d(10), originalDue: d(3), qty: "10", originalQty: null },
    ]);
  });

  it("PL-4 the Default Dampener % of Manufacturing Setup applies when the item has no Dampener Quantity", () => {
    const { lines } = calculatePlan(
      input({
        items: [item("A", lfl({ dampenerQuantity: null }))],
        demands: [sales("A", d(10), "95")],
        supplies: [order("A", "PLANNED", "PO1", d(10), "100")],
        defaultDampenerPercent: "10",
      }),
    );
    expect(lines).toEqual([]);
  });
});
