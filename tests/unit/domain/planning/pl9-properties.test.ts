import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculatePlan } from "@/lib/domain/planning/calculate-plan";
import { dayOf, parseQty } from "@/lib/domain/planning/quantity";
import type { PlanningInput } from "@/lib/domain/planning/types";
import { d } from "./fixtures";
import { carryOut, toInput, worldArb, worldOf, type World, type WorldRecord } from "./generated-company";

/** Projected inventory of an item at the end of `day`: stock + supply due by then − demand by then. */
function projectedAt(input: PlanningInput, itemNo: string, day: number): number {
  let level = 0;
  for (const s of input.supplies)
    if (s.itemNo === itemNo && (s.kind === "INVENTORY" || dayOf(s.dueDate) <= day)) level += parseQty(s.quantity);
  for (const x of input.demands) if (x.itemNo === itemNo && dayOf(x.date) <= day) level -= parseQty(x.quantity);
  return level;
}

/** What planning again proposes after every line of the first plan is carried out (PL-8): nothing, by PL-9. */
function planAgain(world: World): string[] {
  const first = calculatePlan(toInput(world));
  const again = calculatePlan(toInput(carryOut(world, first)));
  return again.lines.map((l) => `${l.actionMessage} ${l.itemNo} ${l.dueDate} ${l.quantity} ${l.ref?.orderNo ?? ""}`);
}

/** A generated item's parameters: the shrunk counterexamples' common values, overridden. */
const p = (over: Partial<WorldRecord["a"]> = {}): WorldRecord["a"] => ({
  policy: "FIXED_REORDER_QTY",
  safety: 0,
  reorderPoint: 0,
  reorderQty: 1,
  maxAbove: 1,
  lotDays: 0,
  bucketDays: 0,
  reschedDays: 0,
  dampenerDays: 0,
  dampenerQty: 0,
  includeInventory: false,
  min: 0,
  max: 0,
  multiple: 0,
  ...over,
});

/**
 * The companies on which the property below failed (fast-check, numRuns 20,000, shrunk), kept as
 * they are: which lot takes which existing order must not depend on what the first plan changed.
 */
const COUNTEREXAMPLES: [string, string, WorldRecord][] = [
  [
    "seed 42 #11495",
    "a safety-stock lot between an order of its quantity and one the dampener keeps above it",
    {
      a: p({ policy: "LOT_FOR_LOT", safety: 1, reschedDays: 1, dampenerQty: 1, min: 2, max: 12, multiple: 1 }),
      b: p(),
      c: p({ max: 12, multiple: 1 }),
      perA: "1",
      lead: { A: 1, B: 0, C: 0 },
      stock: { A: 0, B: 0, C: 0 },
      sales: [{ item: "A", day: 0, qty: 1 }],
      orders: [
        { item: "A", status: "PLANNED", day: 3, qty: 1 },
        { item: "A", status: "PLANNED", day: 2, qty: 1 },
      ],
    },
  ],
  [
    "seed 7 #3639",
    "a reorder lot between two orders of its quantity, one a later-balanced lot put on its own day",
    {
      a: p(),
      b: p({ bucketDays: 4, reschedDays: 2, dampenerDays: 2, max: 14 }),
      c: p(),
      perA: "2",
      lead: { A: 1, B: 1, C: 0 },
      stock: { A: 26, B: 0, C: 0 },
      sales: [
        { item: "A", day: 73, qty: 11 },
        { item: "A", day: 0, qty: 20 },
        { item: "A", day: 1, qty: 6 },
        { item: "A", day: 1, qty: 11 },
        { item: "B", day: 67, qty: 1 },
      ],
      orders: [
        { item: "A", status: "RELEASED", day: 1, qty: 15 },
        { item: "B", status: "PLANNED", day: 72, qty: 1 },
      ],
    },
  ],
  [
    "seed 7 #14747",
    "component needs of one day, proposed or carried out, under Order",
    {
      a: p({ reorderPoint: 12, reschedDays: 1, min: 7, max: 12, multiple: 3 }),
      b: p({ policy: "ORDER" }),
      c: p({ multiple: 1 }),
      perA: "1",
      lead: { A: 0, B: 0, C: 0 },
      stock: { A: 0, B: 0, C: 0 },
      sales: [
        { item: "A", day: 2, qty: 20 },
        { item: "A", day: 1, qty: 1 },
      ],
      orders: [
        { item: "B", status: "RELEASED", day: 1, qty: 1 },
        { item: "A", status: "PLANNED", day: 4, qty: 1 },
        { item: "A", status: "PLANNED", day: 3, qty: 1 },
      ],
    },
  ],
  [
    "seed 7 #16184",
    "a lead-time-late safety-stock lot between an order of its quantity and one the dampener keeps above it",
    {
      a: p({ multiple: 1 }),
      b: p({ policy: "LOT_FOR_LOT", safety: 1, reschedDays: 1, dampenerQty: 1, multiple: 2 }),
      c: p({ max: 12, multiple: 1 }),
      perA: "1",
      lead: { A: 0, B: 0, C: 0 },
      stock: { A: 0, B: 0, C: 0 },
      sales: [],
      orders: [
        { item: "B", status: "PLANNED", day: 2, qty: 1 },
        { item: "B", status: "PLANNED", day: 1, qty: 1 },
      ],
    },
  ],
  [
    "seed 99 #10637",
    "a safety-stock lot between an order of its quantity and one the dampener keeps above it, then a reorder lot",
    {
      a: p({ max: 12, multiple: 1 }),
      b: p({ safety: 1, reorderPoint: 2, reschedDays: 1, dampenerQty: 1, min: 2, max: 12 }),
      c: p(),
      perA: "1",
      lead: { A: 0, B: 1, C: 0 },
      stock: { A: 1, B: 0, C: 0 },
      sales: [],
      orders: [
        { item: "B", status: "PLANNED", day: 3, qty: 1 },
        { item: "B", status: "PLANNED", day: 2, qty: 1 },
      ],
    },
  ],
  [
    "seed 5 #9190",
    "under Order, a lead-time-late lot between an order of its quantity and one the dampener keeps above it",
    {
      a: p({ safety: 1, reorderPoint: 11, reorderQty: 10, max: 12, multiple: 1 }),
      b: p({ safety: 5 }),
      c: p({ policy: "ORDER", dampenerQty: 2 }),
      perA: "0.5",
      lead: { A: 0, B: 0, C: 0 },
      stock: { A: 5, B: 9, C: 0 },
      sales: [{ item: "A", day: -1, qty: 17 }],
      orders: [{ item: "B", status: "PLANNED", day: 1, qty: 1 }],
    },
  ],
  [
    "seed 11 #18853",
    "a reorder lot between two orders of its quantity inside the dampener period",
    {
      a: p({ reorderQty: 12, bucketDays: 4 }),
      b: p({ bucketDays: 5, reschedDays: 2, dampenerDays: 2, max: 12 }),
      c: p({ max: 12, multiple: 1 }),
      perA: "1",
      lead: { A: 0, B: 1, C: 0 },
      stock: { A: 0, B: 0, C: 0 },
      sales: [{ item: "A", day: 29, qty: 25 }],
      orders: [{ item: "B", status: "PLANNED", day: 34, qty: 1 }],
    },
  ],
];

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
        expect(planAgain(world)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it.each(COUNTEREXAMPLES)(
    "PL-9 after carrying out, planning again proposes nothing (fast-check counterexample %s): %s",
    (_, __, record) => {
      expect(planAgain(worldOf(record))).toEqual([]);
    },
  );

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
