// RF-3 with a phantom BOM shared by many paths, and the refresh's ceilings (limits.ts), on real
// PostgreSQL: a 30-level chain whose every BOM lists the next one twice (2^30 paths) refreshes to
// ONE merged component in the usual number of statements; an order over the ceiling, or whose
// multiplied Quantity per does not fit numeric(38,15), is refused with its message and nothing
// is written.
import "../../support/next-mocks";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createProductionOrderAction } from "@/lib/actions/production-orders";
import { refreshProductionOrderAction } from "@/lib/actions/refresh";
import { db } from "@/lib/db";
import { MAX_BOM_LINES_PER_ORDER_LINE } from "@/lib/domain/refresh/limits";
import { refreshProductionOrder } from "@/lib/services/production-orders/refresh-production-order";
import { makeItem, makeProductionBom, type BomLineInput } from "../../factories";
import { signInAs, signOut } from "../../support/session";
import { formOf, redirectUrlOf, writeState } from "../production-orders/helpers";
import { createCountingClient } from "./counting-client";
import { linesOf, makeOrder, snapshotOrder } from "./helpers";

const client = createCountingClient(process.env.DATABASE_URL!);
afterAll(() => client.close());
beforeEach(() => signOut());

/** BOMs P0 … P{levels} where each lists the next one as `lines`, the last holding `leaf`; returns P0. */
async function chain(levels: number, lines: (next: string) => BomLineInput[], leaf: BomLineInput): Promise<string> {
  let next = (await makeProductionBom(client.db, { lines: [leaf] })).no;
  for (let i = 0; i < levels; i++) next = (await makeProductionBom(client.db, { lines: lines(next) })).no;
  return next;
}

async function refreshCounted(orderId: number) {
  return client.count(() => refreshProductionOrder({ orderId }, null, undefined, client.db));
}

describe("RF-3 a shared sub-BOM is exploded once per context", () => {
  it("30 levels each listing the next BOM twice: one component, Quantity per 2^30 × the leaf's, refreshed twice in the usual statements", async () => {
    // GIVEN P0 → 2 × P1 → … → 2 × P30 → 1.5 of leaf L (2^30 paths), and item X made with P0
    const leaf = await makeItem(client.db);
    const p0 = await chain(
      30,
      (next) => [
        { type: "PRODUCTION_BOM", no: next },
        { type: "PRODUCTION_BOM", no: next },
      ],
      { no: leaf.no, quantityPer: "1.5" },
    );
    const x = await makeItem(client.db, { replenishmentSystem: "PROD_ORDER", productionBomNo: p0 });
    const order = await makeOrder({ sourceNo: x.no, quantity: 2 });
    for (const refresh of [1, 2]) {
      // WHEN the order is refreshed (twice), counting what reaches PostgreSQL
      const { result, statements } = await refreshCounted(order.id);
      // THEN its line has ONE component: 2^30 × 1.5 per, × 2 expected, exactly
      expect(result, `refresh ${refresh}`).toMatchObject({ skipped: false, lines: 1, components: 1 });
      const [line] = await linesOf(order.id);
      expect(line.components.map((c) => [c.itemNo, c.quantityPer.toString(), c.expectedQuantity.toString(), c.lineNo])).toEqual([
        [leaf.no, String(2 ** 30 * 1.5), String(2 ** 31 * 1.5), 10000],
      ]);
      // AND in the bounded number of statements of any refresh (statement-count.test.ts), one
      // component insert among them
      expect(statements.length).toBeLessThanOrEqual(16);
      expect(statements.filter((q) => q.includes('INSERT INTO "ProdOrderComponent"'))).toHaveLength(1);
    }
  });
});

describe("Refresh ceiling — refused with a message, nothing written", () => {
  it(`an order line whose BOM reads more than ${MAX_BOM_LINES_PER_ORDER_LINE} lines is refused and the order stays as it was`, async () => {
    // GIVEN phantom S of 200 lines, and BOM TOP holding S 101 times, each with another scrap:
    // 101 + 101 × 200 = 20,301 lines to read (S is read once per scrap)
    const c = await makeItem(db);
    const s = await makeProductionBom(db, { lines: Array.from({ length: 200 }, () => ({ no: c.no })) });
    const top = await makeProductionBom(db, {
      lines: Array.from({ length: 101 }, (_, i) => ({ type: "PRODUCTION_BOM" as const, no: s.no, scrapPercent: i })),
    });
    const x = await makeItem(db, { replenishmentSystem: "PROD_ORDER", productionBomNo: top.no });
    const order = await makeOrder({ sourceNo: x.no, quantity: 1 });
    const before = await snapshotOrder(order.id);
    // WHEN a supervisor refreshes it
    await signInAs("supervisor");
    const result = await refreshProductionOrderAction(null, { id: order.id, version: order.version });
    // THEN refused with the ceiling's message …
    expect(result).toMatchObject({
      ok: false,
      code: "BOM_TOO_LARGE",
      message: `Production BOM ${top.no} has more than ${MAX_BOM_LINES_PER_ORDER_LINE} lines for one order line, phantom BOMs included.`,
    });
    // … and nothing was written: no lines or components, the same version
    expect(await db.prodOrderLine.count({ where: { orderId: order.id } })).toBe(0);
    expect(await db.prodOrderComponent.count({ where: { orderId: order.id } })).toBe(0);
    expect(await snapshotOrder(order.id)).toEqual(before);
  });

  it("a purchased Quantity per multiplied to 10^23 through phantom BOMs is refused on Quantity per, not as a numeric overflow", async () => {
    // GIVEN P0 → 10 × P1 → … → 10 × P22 → 10 of purchased L: 10^23 per, one digit too many
    const leaf = await makeItem(db);
    const p0 = await chain(22, (next) => [{ type: "PRODUCTION_BOM", no: next, quantityPer: 10 }], { no: leaf.no, quantityPer: 10 });
    const x = await makeItem(db, { replenishmentSystem: "PROD_ORDER", productionBomNo: p0 });
    const order = await makeOrder({ sourceNo: x.no, quantity: 1 });
    const before = await snapshotOrder(order.id);
    // WHEN a supervisor refreshes it
    await signInAs("supervisor");
    const result = await refreshProductionOrderAction(null, { id: order.id, version: order.version });
    // THEN refused with a message about Quantity per, and the order is exactly as it was
    expect(result).toMatchObject({
      ok: false,
      code: "COMPONENT_QUANTITY_TOO_LARGE",
      message:
        "Quantity per and Expected Quantity of a component must be less than 100000000000000000000000; check the Quantity per on the production BOM lines.",
    });
    expect(await snapshotOrder(order.id)).toEqual(before);
  });
});

describe("Create with refresh (the planner's path) over a shared sub-BOM and over the ceiling", () => {
  const form = (sourceNo: string) =>
    formOf({ status: "FIRM_PLANNED", sourceType: "ITEM", sourceNo, quantity: "3", dueDate: "2026-12-14", refresh: "on" });

  it("a planner creates an order for X over the 30-level doubled chain: created, one component of 2^30 × 1.5", async () => {
    // GIVEN item X made with P0 → 2 × P1 → … → 2 × P30 → 1.5 of L
    const leaf = await makeItem(db);
    const p0 = await chain(
      30,
      (next) => [
        { type: "PRODUCTION_BOM", no: next },
        { type: "PRODUCTION_BOM", no: next },
      ],
      { no: leaf.no, quantityPer: "1.5" },
    );
    const x = await makeItem(db, { replenishmentSystem: "PROD_ORDER", productionBomNo: p0 });
    // WHEN a planner creates an order for 3 of X
    await signInAs("planner");
    await redirectUrlOf(() => createProductionOrderAction(null, form(x.no)));
    // THEN it exists, refreshed, with one component: 2^30 × 1.5 per, × 3 expected
    const order = await db.productionOrder.findFirstOrThrow({ where: { sourceNo: x.no } });
    const [line] = await linesOf(order.id);
    expect(line.components.map((c) => [c.itemNo, c.quantityPer.toString(), c.expectedQuantity.toString()])).toEqual([
      [leaf.no, String(2 ** 30 * 1.5), String(2 ** 30 * 4.5)],
    ]);
  });

  it("a planner creating an order over the ceiling gets the ceiling's message and nothing is written", async () => {
    // GIVEN item X whose BOM reads 20,301 lines (phantom S of 200 lines under 101 scraps)
    const c = await makeItem(db);
    const s = await makeProductionBom(db, { lines: Array.from({ length: 200 }, () => ({ no: c.no })) });
    const top = await makeProductionBom(db, {
      lines: Array.from({ length: 101 }, (_, i) => ({ type: "PRODUCTION_BOM" as const, no: s.no, scrapPercent: i })),
    });
    const x = await makeItem(db, { replenishmentSystem: "PROD_ORDER", productionBomNo: top.no });
    const before = await writeState();
    // WHEN a planner creates an order for it
    await signInAs("planner");
    const result = await createProductionOrderAction(null, form(x.no));
    // THEN refused with the message (not "Something went wrong"), and no order, audit entry or number
    expect(result).toMatchObject({
      ok: false,
      code: "BOM_TOO_LARGE",
      message: `Production BOM ${top.no} has more than ${MAX_BOM_LINES_PER_ORDER_LINE} lines for one order line, phantom BOMs included.`,
    });
    expect(await writeState()).toEqual(before);
  });
});
