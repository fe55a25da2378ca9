import fc from "fast-check";
import { componentNeed } from "@/lib/domain/planning/dependent-demand";
import { formatQty, parseQty } from "@/lib/domain/planning/quantity";
import type {
  PlanningDemand,
  PlanningInput,
  PlanningItem,
  PlanningParameters,
  PlanningResult,
  PlanningSupply,
  ReorderingPolicy,
} from "@/lib/domain/planning/types";
import { comp, d, fakeScheduler, input, item } from "./fixtures";

// A generated company: A (2-level BOM over B and C), M → N (make-to-order chain over C), sales,
// stock and existing orders. Component need of every order is derived from its lines, as the
// loader reads it from refreshed orders, so "carry out" below is: apply each line to the orders.

export type OrderLine = { itemNo: string; lineNo: number; qty: string; due: string; start: string; end: string };
export type Order = { orderNo: string; status: "PLANNED" | "FIRM_PLANNED" | "RELEASED"; lines: OrderLine[] };
export type World = {
  items: PlanningItem[];
  lead: Record<string, number>;
  stock: Record<string, number>;
  sales: PlanningDemand[];
  orders: Order[];
};

const POLICIES: ReorderingPolicy[] = ["FIXED_REORDER_QTY", "MAXIMUM_QTY", "ORDER", "LOT_FOR_LOT"];

const paramsArb = fc.record({
  policy: fc.constantFrom(...POLICIES),
  safety: fc.integer({ min: 0, max: 10 }),
  reorderPoint: fc.integer({ min: 0, max: 20 }),
  reorderQty: fc.integer({ min: 1, max: 30 }),
  maxAbove: fc.integer({ min: 1, max: 50 }),
  lotDays: fc.integer({ min: 0, max: 10 }),
  bucketDays: fc.integer({ min: 0, max: 7 }),
  reschedDays: fc.integer({ min: 0, max: 15 }),
  dampenerDays: fc.integer({ min: 0, max: 5 }),
  dampenerQty: fc.integer({ min: 0, max: 3 }),
  includeInventory: fc.boolean(),
  min: fc.integer({ min: 0, max: 10 }),
  max: fc.oneof(fc.constant(0), fc.integer({ min: 12, max: 50 })),
  multiple: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 })),
});
type ParamsRecord = typeof paramsArb extends fc.Arbitrary<infer T> ? T : never;

const paramsOf = (g: ParamsRecord): Partial<PlanningParameters> => ({
  reorderingPolicy: g.policy,
  safetyStockQuantity: String(g.safety),
  reorderPoint: String(g.reorderPoint),
  reorderQuantity: String(g.reorderQty),
  maximumInventory: String(g.reorderPoint + g.maxAbove),
  lotAccumulationPeriodDays: g.lotDays,
  timeBucketDays: g.bucketDays,
  reschedulingPeriodDays: g.reschedDays,
  dampenerPeriodDays: g.dampenerDays,
  dampenerQuantity: String(g.dampenerQty),
  includeInventory: g.includeInventory,
  minimumOrderQuantity: String(g.min),
  maximumOrderQuantity: String(g.max),
  orderMultiple: String(g.multiple),
});

const STOCK_ITEMS = ["A", "B", "C"] as const;
const ORDER_ITEMS = ["A", "B", "M"] as const;

/** The generated company before it is built: what a counterexample is written as (tests can name one). */
export const worldRecordArb = fc.record({
  a: paramsArb,
  b: paramsArb,
  c: paramsArb,
  perA: fc.constantFrom("1", "2", "0.5"),
  lead: fc.record({ A: fc.integer({ min: 0, max: 3 }), B: fc.integer({ min: 0, max: 3 }), C: fc.integer({ min: 0, max: 3 }) }),
  stock: fc.record({ A: fc.integer({ min: 0, max: 40 }), B: fc.integer({ min: 0, max: 40 }), C: fc.integer({ min: 0, max: 40 }) }),
  sales: fc.array(
    fc.record({ item: fc.constantFrom("A", "B", "C", "M"), day: fc.integer({ min: -5, max: 80 }), qty: fc.integer({ min: 1, max: 30 }) }),
    { maxLength: 25 },
  ),
  orders: fc.array(
    fc.record({
      item: fc.constantFrom(...ORDER_ITEMS),
      status: fc.constantFrom("PLANNED" as const, "FIRM_PLANNED" as const, "RELEASED" as const),
      day: fc.integer({ min: 1, max: 80 }),
      qty: fc.integer({ min: 1, max: 40 }),
    }),
    { maxLength: 8 },
  ),
});
export type WorldRecord = typeof worldRecordArb extends fc.Arbitrary<infer T> ? T : never;

export const worldArb = worldRecordArb.map((g) => worldOf(g));

/** Builds the company a generated record describes (the counterexamples in pl9-properties name records). */
export function worldOf(g: WorldRecord): World {
  const mto = { manufacturingPolicy: "MAKE_TO_ORDER" as const, params: { reorderingPolicy: "ORDER" as const } };
  const items = [
    item("A", { params: paramsOf(g.a), components: [comp("B", g.perA), comp("C", "1")] }),
    item("B", { params: paramsOf(g.b), components: [comp("C", "3")] }),
    item("C", { params: paramsOf(g.c), replenishmentSystem: "PURCHASE" }),
    item("M", { ...mto, components: [comp("N", "2")] }),
    item("N", { ...mto, components: [comp("C", "1")] }),
  ];
  const lead = { ...g.lead, M: 1, N: 1 };
  const sales = g.sales.map((s, i): PlanningDemand => ({
    itemNo: s.item,
    variantCode: "",
    locationCode: "",
    kind: "SALES",
    date: d(s.day),
    quantity: String(s.qty),
    source: { type: "SALES", documentNo: `SO${String(i).padStart(4, "0")}`, lineNo: 10000 },
  }));
  const schedule = fakeScheduler((no) => lead[no as keyof typeof lead]);
  const orders = g.orders.map((o, i): Order => {
    const dates = schedule({ itemNo: o.item, variantCode: "", locationCode: "", quantity: String(o.qty), dueDate: d(o.day) });
    return {
      orderNo: `PO${String(i).padStart(4, "0")}`,
      status: o.status,
      lines: [{ itemNo: o.item, lineNo: 10000, qty: String(o.qty), due: d(o.day), start: dates.startingDate, end: dates.endingDate }],
    };
  });
  return { items, lead, stock: { ...g.stock }, sales, orders };
}

export function toInput(world: World): PlanningInput {
  const items = new Map(world.items.map((i) => [i.itemNo, i]));
  const demands: PlanningDemand[] = [...world.sales];
  const supplies: PlanningSupply[] = STOCK_ITEMS.map((no) => ({
    itemNo: no,
    variantCode: "",
    locationCode: "",
    kind: "INVENTORY",
    quantity: String(world.stock[no]),
  }));
  for (const o of world.orders) {
    for (const l of o.lines) {
      supplies.push({
        itemNo: l.itemNo,
        variantCode: "",
        locationCode: "",
        kind: "PROD_ORDER",
        orderStatus: o.status,
        orderNo: o.orderNo,
        orderLineNo: l.lineNo,
        orderVersion: 1,
        dueDate: l.due,
        startingDate: l.start,
        endingDate: l.end,
        quantity: l.qty,
        singleLine: o.lines.length === 1,
      });
      const parent = items.get(l.itemNo)!;
      parent.components.forEach((c, i) =>
        demands.push({
          itemNo: c.itemNo,
          variantCode: "",
          locationCode: "",
          kind: "COMPONENT",
          date: l.start,
          quantity: formatQty(componentNeed(parent, c, parseQty(l.qty))),
          source: { type: "COMPONENT", orderStatus: o.status, orderNo: o.orderNo, lineNo: l.lineNo, componentLineNo: (i + 1) * 10000 },
        }),
      );
    }
  }
  return input({ items: world.items, demands, supplies, schedule: fakeScheduler((no) => world.lead[no]), defaultDampenerPercent: "0" });
}

/** Carry Out Action Message for every line, as PL-8 does it (New → a firm planned order with its sublines). */
export function carryOut(world: World, result: PlanningResult): World {
  let orders = world.orders.map((o) => ({ ...o, lines: o.lines.map((l) => ({ ...l })) }));
  const created = new Map<number, Order>();
  let next = 0;
  for (const line of result.lines) {
    const fields = { qty: line.quantity, due: line.dueDate, start: line.startingDate, end: line.endingDate };
    if (line.ref) {
      const ref = line.ref;
      if (line.actionMessage === "CANCEL") orders = orders.filter((o) => o.orderNo !== ref.orderNo);
      else
        Object.assign(
          orders.find((o) => o.orderNo === ref.orderNo)!.lines.find((l) => l.lineNo === ref.orderLineNo)!,
          fields,
        );
    } else if (line.parentLineNo === null) {
      const o: Order = {
        orderNo: `ZZ${String(next++).padStart(5, "0")}`,
        status: "FIRM_PLANNED",
        lines: [{ itemNo: line.itemNo, lineNo: 10000, ...fields }],
      };
      created.set(line.lineNo, o);
      orders.push(o);
    } else {
      const parent = created.get(line.parentLineNo)!;
      parent.lines.push({ itemNo: line.itemNo, lineNo: (parent.lines.length + 1) * 10000, ...fields });
    }
  }
  return { ...world, orders };
}
