import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { pgFailure } from "@/lib/services/db-errors";
import { refreshProductionOrder } from "@/lib/services/production-orders/refresh-production-order";
import { makeItem, makeProductionBom } from "../factories";
import { makeOrder } from "./refresh/helpers";

// ProdOrderComponent has no row-level foreign keys (they cost most of a large refresh's insert
// time); statement-level triggers of migration component_set_based_integrity keep the same
// guarantees. These tests prove each guarantee against the database itself.

const actor = { id: "user-1", email: "planner@cronus.demo" };

/** A refreshed order: one line per produced item, components a and b on the top line. */
async function refreshedOrder() {
  const a = await makeItem(db);
  const b = await makeItem(db);
  const bom = await makeProductionBom(db, {
    lines: [
      { no: a.no, quantityPer: 2 },
      { no: b.no, quantityPer: 1 },
    ],
  });
  const item = await makeItem(db, { replenishmentSystem: "PROD_ORDER", productionBomNo: bom.no });
  const order = await makeOrder({ sourceNo: item.no });
  await refreshProductionOrder({ orderId: order.id }, actor);
  const [line] = await db.prodOrderLine.findMany({ where: { orderId: order.id } });
  return { order, line, a, b };
}

const component = (orderId: number, orderLineId: number, itemNo: string, lineNo = 90000) => ({
  orderId,
  orderLineId,
  itemNo,
  lineNo,
  unitOfMeasureCode: "PCS",
  quantityPer: 1,
  expectedQuantity: 1,
});

async function failureOf(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  return e === null ? null : pgFailure(e);
}

describe("Component integrity (set-based triggers instead of row-level foreign keys)", () => {
  it("a component on an order line that does not exist is refused with a foreign key violation", async () => {
    // GIVEN a refreshed order
    const { order, a } = await refreshedOrder();
    // WHEN a component is inserted for line id -1
    const failure = await failureOf(db.prodOrderComponent.create({ data: component(order.id, -1, a.no) }));
    // THEN PostgreSQL refuses it (23503) and nothing was added
    expect(failure).toMatchObject({ code: "23503" });
    expect(failure?.message).toContain("ProdOrderComponent_orderLineId_fkey");
    expect(await db.prodOrderComponent.count({ where: { orderId: order.id } })).toBe(2);
  });

  it("a component whose line belongs to another order is refused", async () => {
    // GIVEN two refreshed orders
    const first = await refreshedOrder();
    const second = await refreshedOrder();
    // WHEN a component of the first order points at the second order's line
    const failure = await failureOf(db.prodOrderComponent.create({ data: component(first.order.id, second.line.id, first.a.no) }));
    // THEN it is refused
    expect(failure).toMatchObject({ code: "23503" });
  });

  it("a component of an item that does not exist is refused, also inside a bulk insert of valid rows", async () => {
    // GIVEN a refreshed order
    const { order, line, a } = await refreshedOrder();
    // WHEN one statement inserts 50 valid components and one with an unknown item
    const rows = [
      ...Array.from({ length: 50 }, (_, i) => component(order.id, line.id, a.no, 100000 + i)),
      component(order.id, line.id, "NO-SUCH-ITEM"),
    ];
    const failure = await failureOf(db.prodOrderComponent.createMany({ data: rows }));
    // THEN the whole statement is refused: still only the 2 refreshed components
    expect(failure).toMatchObject({ code: "23503" });
    expect(failure?.message).toContain("ProdOrderComponent_itemNo_fkey");
    expect(await db.prodOrderComponent.count({ where: { orderId: order.id } })).toBe(2);
  });

  it("changing a component to an unknown item is refused; valid bulk inserts pass", async () => {
    // GIVEN a refreshed order and 50 more valid components in one statement
    const { order, line, a } = await refreshedOrder();
    await db.prodOrderComponent.createMany({ data: Array.from({ length: 50 }, (_, i) => component(order.id, line.id, a.no, 100000 + i)) });
    expect(await db.prodOrderComponent.count({ where: { orderId: order.id } })).toBe(52);
    // WHEN a component is updated to an unknown item
    const failure = await failureOf(
      db.prodOrderComponent.updateMany({ where: { orderId: order.id, itemNo: a.no }, data: { itemNo: "NO-SUCH-ITEM" } }),
    );
    // THEN it is refused and the rows keep their item
    expect(failure).toMatchObject({ code: "23503" });
    expect(await db.prodOrderComponent.count({ where: { orderId: order.id, itemNo: a.no } })).toBe(51);
  });

  it("the check refuses a missing line or item in a one-row statement and in one larger than the Item table", async () => {
    // GIVEN a refreshed order and statistics on Item
    const { order, line, a } = await refreshedOrder();
    await db.$executeRawUnsafe(`ANALYZE "Item"`);
    const [{ rows }] = await db.$queryRaw<
      { rows: number }[]
    >`SELECT greatest(reltuples, 0)::float8 AS rows FROM pg_class WHERE oid = '"Item"'::regclass`;
    const few = 1;
    const many = Math.max(2001, Math.ceil(rows / 3) + 1); // more rows than Item has (the old check switched to hashing Item there)
    for (const size of [few, many]) {
      const valid = Array.from({ length: size - 1 }, (_, i) => component(order.id, line.id, a.no, 200000 + i));
      // WHEN one statement of `size` rows holds one component of an unknown item, then one of an unknown line
      const badItem = await failureOf(db.prodOrderComponent.createMany({ data: [...valid, component(order.id, line.id, "NO-SUCH-ITEM")] }));
      const badLine = await failureOf(db.prodOrderComponent.createMany({ data: [...valid, component(order.id, -1, a.no)] }));
      // THEN both are refused, naming the right key, and nothing was added
      expect(badItem?.message).toContain("ProdOrderComponent_itemNo_fkey");
      expect(badLine?.message).toContain("ProdOrderComponent_orderLineId_fkey");
      expect(await db.prodOrderComponent.count({ where: { orderId: order.id } })).toBe(2);
    }
    // AND a valid statement of either size passes
    await db.prodOrderComponent.createMany({
      data: Array.from({ length: many }, (_, i) => component(order.id, line.id, a.no, 300000 + i)),
    });
    expect(await db.prodOrderComponent.count({ where: { orderId: order.id } })).toBe(2 + many);
  });

  it("deleting an order line deletes its components and only those", async () => {
    // GIVEN two refreshed orders
    const first = await refreshedOrder();
    const second = await refreshedOrder();
    // WHEN the first order's line is deleted
    await db.prodOrderLine.delete({ where: { id: first.line.id } });
    // THEN its components are gone, the other order's are untouched
    expect(await db.prodOrderComponent.count({ where: { orderLineId: first.line.id } })).toBe(0);
    expect(await db.prodOrderComponent.count({ where: { orderId: second.order.id } })).toBe(2);
  });

  it("deleting an order cascades through its lines to their components", async () => {
    // GIVEN a refreshed order
    const { order } = await refreshedOrder();
    // WHEN the order is deleted
    await db.productionOrder.delete({ where: { id: order.id } });
    // THEN no line and no component of it remains
    expect(await db.prodOrderLine.count({ where: { orderId: order.id } })).toBe(0);
    expect(await db.prodOrderComponent.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("an item used by a component cannot be deleted; an unused one can", async () => {
    // GIVEN a refreshed order with one more component of item c, which nothing else references
    const { order, line } = await refreshedOrder();
    const c = await makeItem(db);
    const unused = await makeItem(db);
    await db.prodOrderComponent.create({ data: component(order.id, line.id, c.no) });
    // WHEN item c is deleted
    const failure = await failureOf(db.item.delete({ where: { no: c.no } }));
    // THEN it is refused by the component guard and item and component remain
    expect(failure).toMatchObject({ code: "23503" });
    expect(failure?.message).toContain("ProdOrderComponent_itemNo_fkey");
    expect(await db.item.count({ where: { no: c.no } })).toBe(1);
    expect(await db.prodOrderComponent.count({ where: { orderId: order.id, itemNo: c.no } })).toBe(1);
    // AND an item no component uses is deleted as before
    await db.item.delete({ where: { no: unused.no } });
    expect(await db.item.count({ where: { no: unused.no } })).toBe(0);
  });
});
