import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculatePlan } from "@/lib/domain/planning/calculate-plan";
import { dayOf, parseQty } from "@/lib/domain/planning/quantity";
import type { PlanningInput } from "@/lib/domain/planning/types";
import { d } from "./fixtures";
import { carryOut, toInput, worldArb } from "./generated-company";

/** Projected inventory of an item at the end of `day`: stock + supply due by then − demand by then. */
function projectedAt(input: PlanningInput, itemNo: string, day: number): number {
  let level = 0;
  for (const s of input.supplies)
    if (s.itemNo === itemNo && (s.kind === "INVENTORY" || dayOf(s.dueDate) <= day)) level += parseQty(s.quantity);
  for (const x of input.demands) if (x.itemNo === itemNo && dayOf(x.date) <= day) level -= parseQty(x.quantity);
  return level;
}

describe("PL-9 properties on generated companies", () => {
  it("PL-9 two runs on the same data give identical lines in the same order", () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        expect(calculatePlan(toInput(world))).toEqual(calculatePlan(toInput(world)));
      }),
      { numRuns: 150 },
    );
  });

  it("PL-9 after carrying out every proposal, planning again proposes nothing", () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const first = calculatePlan(toInput(world));
        const again = calculatePlan(toInput(carryOut(world, first)));
        expect(again.lines.map((l) => `${l.actionMessage} ${l.itemNo} ${l.dueDate} ${l.quantity} ${l.ref?.orderNo ?? ""}`)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("PL-5 after carrying out the plan, projected inventory never falls below Safety Stock once lead time allows", () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const after = toInput(carryOut(world, calculatePlan(toInput(world))));
        for (const it of world.items) {
          const p = it.parameters.default;
          if (p.reorderingPolicy === null || p.reorderingPolicy === "ORDER") continue;
          const safety = parseQty(p.safetyStockQuantity);
          // a supply started on the plan's first day is due after the lead time: check from then on
          for (let day = dayOf(d(world.lead[it.itemNo] + 1)); day <= dayOf(d(80)); day++) {
            expect({ item: it.itemNo, day, level: projectedAt(after, it.itemNo, day) }).toEqual(
              expect.objectContaining({ level: expect.toSatisfy((v: number) => v >= safety) }),
            );
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
