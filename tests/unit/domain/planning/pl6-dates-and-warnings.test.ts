import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectedQuantity } from "@/lib/domain/bom/expected-quantity";
import { calculatePlan } from "@/lib/domain/planning/calculate-plan";
import { componentNeed } from "@/lib/domain/planning/dependent-demand";
import { formatQty, parseQty } from "@/lib/domain/planning/quantity";
import { comp, d, fakeScheduler, input, item, sales, stock } from "./fixtures";

const lfl = { reorderingPolicy: "LOT_FOR_LOT" as const };

describe("PL-6 dates", () => {
  it("PL-6 a proposal is due on its demand's date; Ending and Starting Date come from the scheduler", () => {
    const { lines } = calculatePlan(
      input({ items: [item("A", { params: lfl })], demands: [sales("A", d(20), "5")], schedule: fakeScheduler(() => 4) }),
    );
    expect(lines.map((l) => [l.dueDate, l.endingDate, l.startingDate])).toEqual([[d(20), d(19), d(15)]]);
  });

  it("PL-6 the components of a proposal are needed on its Starting Date, scrap included as refresh computes it", () => {
    // GIVEN P with Scrap 10 %: 2 C per P and a fixed 1 J per order
    const p = item("P", { params: lfl, scrapPercent: "10", components: [comp("C", "2"), comp("J", "1", true)] });
    const c = item("C", { params: lfl, replenishmentSystem: "PURCHASE" });
    const j = item("J", { params: lfl, replenishmentSystem: "PURCHASE" });
    const { lines } = calculatePlan(input({ items: [p, c, j], demands: [sales("P", d(20), "10")] }));
    expect(lines.map((l) => `${l.itemNo} ${l.dueDate} ${l.quantity}`)).toEqual([`P ${d(20)} 10`, `C ${d(17)} 22`, `J ${d(17)} 1`]);
    expect(lines[1].covers).toEqual([
      {
        demand: expect.objectContaining({
          kind: "COMPONENT",
          date: d(17),
          quantity: "22",
          source: { type: "PLANNING_LINE", lineNo: lines[0].lineNo },
        }),
        quantity: "22",
      },
    ]);
  });
});

describe("PL-6 warnings", () => {
  it("PL-6 demand before the plan's Starting Date is covered the day before it, marked Emergency", () => {
    const { lines } = calculatePlan(
      input({ items: [item("A", { params: lfl })], demands: [sales("A", d(-3), "5"), sales("A", d(4), "2")], supplies: [stock("A", "1")] }),
    );
    expect(lines.map((l) => `${l.dueDate} ${l.quantity} ${l.warning} ${l.acceptActionMessage}`)).toEqual([
      `${d(-1)} 4 EMERGENCY false`,
      `${d(4)} 2 null true`,
    ]);
    expect(lines[0].warningText?.key).toBe("planningWarningEmergency");
    expect(lines[0].covers.map((c) => c.quantity)).toEqual(["4"]);
  });

  it("PL-6 a proposal its lead time cannot bring in time is scheduled forward from the Starting Date and marked Attention", () => {
    // GIVEN 10 days lead time and a demand on day 3
    const { lines } = calculatePlan(
      input({ items: [item("A", { params: lfl })], demands: [sales("A", d(3), "5")], schedule: fakeScheduler(() => 10) }),
    );
    // THEN it starts on the plan's first day and is due when it can be: day 11
    expect(lines.map((l) => [l.startingDate, l.endingDate, l.dueDate, l.warning])).toEqual([[d(0), d(10), d(11), "ATTENTION"]]);
    expect(lines[0].warningText).toEqual({ key: "planningWarningAttention", params: { dueDate: d(11), neededDate: d(3) } });
  });

  it("PL-6 projected inventory below Safety Stock gives an Exception line", () => {
    const a = item("A", { params: { ...lfl, safetyStockQuantity: "8" } });
    const { lines } = calculatePlan(input({ items: [a], supplies: [stock("A", "3")] }));
    expect(lines.map((l) => `${l.quantity} ${l.warning}`)).toEqual(["5 EXCEPTION"]);
    expect(lines[0].projection.find((p) => p.event === "SAFETY_STOCK")?.quantity).toBe("8");
  });

  it("PL-6 demand beyond the plan's Ending Date is not planned", () => {
    const { lines } = calculatePlan(input({ items: [item("A", { params: lfl })], demands: [sales("A", "2027-04-15", "5")] }));
    expect(lines).toEqual([]);
  });
});

describe("PL-3 component need of proposed supply", () => {
  it("PL-3 equals refresh's Expected Quantity (RF-3) for any Quantity per, scrap and quantity", () => {
    const decimal = (max: number, scale: number) =>
      fc.integer({ min: 0, max: max * 10 ** scale }).map((n) => formatQty((n * 100_000) / 10 ** scale));
    fc.assert(
      fc.property(
        decimal(50, 5),
        decimal(30, 2),
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.boolean(),
        (quantityPer, scrapPercent, parentQty, fixed) => {
          const parent = item("P", { scrapPercent });
          const component = comp("C", quantityPer, fixed);
          const viaRefresh = expectedQuantity({
            quantityPer,
            lineQuantity: formatQty(parentQty),
            lineScrapPercent: scrapPercent,
            componentScrapPercent: 0,
            calculationFormula: fixed ? "FIXED_QUANTITY" : "NONE",
          });
          expect(componentNeed(parent, component, parentQty)).toBe(parseQty(viaRefresh));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("PL-3 a Quantity per with many decimals takes the exact path", () => {
    const parent = item("P", { scrapPercent: "3.33" });
    // 0.333333333333333 × 7 × 1.0333 = 2.411033333333331…
    expect(formatQty(componentNeed(parent, comp("C", "0.333333333333333"), parseQty("7")))).toBe("2.41103");
  });
});
