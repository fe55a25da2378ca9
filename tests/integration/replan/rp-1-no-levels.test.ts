// RP-1: replan is for orders up to Released; No Levels only reschedules the order (routings and
// dates), creating and deleting nothing; the replan is audited.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeProductionOrderStatus } from "@/lib/services/production-orders/change-status";
import { replanProductionOrder } from "@/lib/services/production-orders/replan";
import { actorFor, childrenOf, expectDomainError, newOrder, releasedOrder, writeState } from "../change-status/support";
import { makeTwoLevelProduct, replanChildren } from "./support";

describe("RP-1 No Levels reschedules only", () => {
  it("keeps lines and components, rebuilds routing lines, creates no orders, writes a replan entry", async () => {
    // GIVEN a refreshed order for 1000 (lines, components, routing lines)
    const order = await newOrder({ quantity: 3 });
    const before = await childrenOf(order.id);
    const orders = await db.productionOrder.count();
    // WHEN replanned forward, No Levels
    const r = await replanProductionOrder(
      db,
      { id: order.id, version: order.version, direction: "FORWARD", plan: "NO_LEVELS" },
      await actorFor("supervisor"),
    );
    // THEN the same lines and components, new routing lines, nothing created, version + 1
    const after = await childrenOf(order.id);
    expect(after.lines).toEqual(before.lines);
    expect(after.components).toEqual(before.components);
    expect(after.routingLines).toHaveLength(before.routingLines.length);
    expect(await db.productionOrder.count()).toBe(orders);
    expect(r).toMatchObject({ created: [], deleted: [], version: order.version + 1 });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { orderId: order.id, action: "replan" } });
    expect(entry).toMatchObject({
      userEmail: "supervisor@cronus.demo",
      oldNo: order.no,
      newNo: order.no,
      changes: { direction: "FORWARD", plan: "NO_LEVELS" },
    });
  });

  it("does not touch the orders an earlier One Level replan created", async () => {
    const t = await makeTwoLevelProduct();
    const order = await newOrder({ sourceNo: t.p, quantity: 2 });
    await replanProductionOrder(
      db,
      { id: order.id, version: order.version, direction: "BACK", plan: "ONE_LEVEL" },
      await actorFor("supervisor"),
    );
    const kids = await replanChildren(order);
    const { version } = await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
    await replanProductionOrder(db, { id: order.id, version, direction: "BACK", plan: "NO_LEVELS" }, await actorFor("supervisor"));
    expect((await replanChildren(order)).map((k) => k.id)).toEqual(kids.map((k) => k.id));
  });

  it("a released order is replanned in Released: its new orders are Released, numbered from REL-PROD", async () => {
    const t = await makeTwoLevelProduct();
    const order = await releasedOrder({ sourceNo: t.p, quantity: 1 });
    await replanProductionOrder(
      db,
      { id: order.id, version: order.version, direction: "BACK", plan: "ONE_LEVEL" },
      await actorFor("admin"),
    );
    const kids = await replanChildren(order);
    expect(kids.map((k) => [k.status, k.noSeries, k.quantity.toString()])).toEqual([["RELEASED", "REL-PROD", "2"]]);
  });

  it("a Finished order cannot be replanned; nothing is written", async () => {
    const order = await releasedOrder({ refresh: false });
    const f = await changeProductionOrderStatus(
      db,
      { id: order.id, version: order.version, newStatus: "FINISHED", confirmNoOutput: true },
      await actorFor("supervisor"),
    );
    const before = await writeState();
    await expectDomainError(
      replanProductionOrder(db, { id: order.id, version: f.version, direction: "BACK", plan: "ALL_LEVELS" }, await actorFor("supervisor")),
      "ORDER_FINISHED",
      `Production order ${order.no} is Finished and cannot be changed.`,
    );
    expect(await writeState()).toEqual(before);
  });
});
