import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ConcurrencyError, DomainError } from "@/lib/errors";
import { refreshProductionOrder } from "@/lib/services/production-orders/refresh-production-order";
import { makeItem, makeProductionBom } from "../../factories";
import { linesOf, makeOrder, snapshotOrder } from "./helpers";

const actor = { id: "user-1", email: "planner@cronus.demo" };

async function producedItem() {
  const c = await makeItem(db);
  const bom = await makeProductionBom(db, { lines: [{ no: c.no, quantityPer: 2 }] });
  return { item: await makeItem(db, { replenishmentSystem: "PROD_ORDER", productionBomNo: bom.no }), component: c, bom };
}

describe("RF-1 refresh options and preconditions", () => {
  it("no Due Date → 'Due Date must have a value in Production Order' on the dueDate field", async () => {
    // GIVEN an order without Due Date
    const { item } = await producedItem();
    const order = await makeOrder({ sourceNo: item.no, dueDate: null });
    // WHEN / THEN
    const error = await refreshProductionOrder({ orderId: order.id }, actor).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: "DUE_DATE_REQUIRED", field: "dueDate", message: "Due Date must have a value in Production Order" });
  });

  it("Quantity 0 → a field error on quantity", async () => {
    const { item } = await producedItem();
    const order = await makeOrder({ sourceNo: item.no, quantity: 0 });
    await expect(refreshProductionOrder({ orderId: order.id }, actor)).rejects.toMatchObject({ field: "quantity" });
  });

  it("a Finished order is skipped and left alone", async () => {
    // GIVEN a finished order
    const { item } = await producedItem();
    const order = await makeOrder({ sourceNo: item.no, status: "FINISHED" });
    const before = await snapshotOrder(order.id);
    // WHEN refreshed
    const result = await refreshProductionOrder({ orderId: order.id }, actor);
    // THEN nothing happened
    expect(result).toMatchObject({ skipped: true });
    expect(await snapshotOrder(order.id)).toEqual(before);
  });

  it("X-2: a stale expected version is refused; a fresh one bumps the version and writes an audit entry", async () => {
    // GIVEN an order at version 1
    const { item } = await producedItem();
    const order = await makeOrder({ sourceNo: item.no, quantity: 4 });
    // WHEN refreshed with a stale version THEN ConcurrencyError and no lines
    await expect(refreshProductionOrder({ orderId: order.id, expectedVersion: 7 }, actor)).rejects.toBeInstanceOf(ConcurrencyError);
    expect(await db.prodOrderLine.count({ where: { orderId: order.id } })).toBe(0);
    // WHEN refreshed with the right version
    const result = await refreshProductionOrder({ orderId: order.id, expectedVersion: 1, direction: "FORWARD" }, actor);
    // THEN version 2 and one audit entry "refresh" with the counts and the direction
    expect(result).toMatchObject({ skipped: false, version: 2, lines: 1, components: 1, routingLines: 0 });
    expect((await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } })).version).toBe(2);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { orderId: order.id, action: "refresh" } });
    expect(audit).toMatchObject({ userId: actor.id, userEmail: actor.email, entityType: "ProductionOrder" });
    expect(audit.changes).toMatchObject({ lines: 1, components: 1, routingLines: 0, direction: "FORWARD" });
  });

  it("refreshing again replaces the lines and components instead of adding to them", async () => {
    const { item } = await producedItem();
    const order = await makeOrder({ sourceNo: item.no, quantity: 4 });
    await refreshProductionOrder({ orderId: order.id }, actor);
    await refreshProductionOrder({ orderId: order.id }, actor);
    const lines = await linesOf(order.id);
    expect(lines).toHaveLength(1);
    expect(lines[0].components).toHaveLength(1);
    expect(lines[0].components[0].expectedQuantity.toString()).toBe("8");
  });

  it("Calculate Lines off, Component Need on: keeps the lines and recalculates their components", async () => {
    // GIVEN a refreshed order whose BOM then changes from 2 to 5 per
    const { item, component, bom } = await producedItem();
    const order = await makeOrder({ sourceNo: item.no, quantity: 4 });
    await refreshProductionOrder({ orderId: order.id }, actor);
    const [before] = await linesOf(order.id);
    await db.productionBomLine.updateMany({ where: { bomNo: bom.no }, data: { quantityPer: 5 } });
    // WHEN refreshed with Lines off, Routings off
    await refreshProductionOrder({ orderId: order.id, calcLines: false, calcRoutings: false, calcComponents: true }, actor);
    // THEN the same line (same id and dates) with the new component need
    const [after] = await linesOf(order.id);
    expect(after.id).toBe(before.id);
    expect(after.startingDateTime).toEqual(before.startingDateTime);
    expect(after.components.map((c) => [c.itemNo, c.expectedQuantity.toString()])).toEqual([[component.no, "20"]]);
  });

  it("Calculate Lines forces routings and components even when they are switched off", async () => {
    const { item } = await producedItem();
    const order = await makeOrder({ sourceNo: item.no, quantity: 4 });
    const result = await refreshProductionOrder({ orderId: order.id, calcLines: true, calcComponents: false, calcRoutings: false }, actor);
    expect(result).toMatchObject({ lines: 1, components: 1 });
  });
});
