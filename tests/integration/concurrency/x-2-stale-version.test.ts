// every write carries the version it read. A stale header edit, refresh, replan or status
// change is refused with the spec's message and nothing at all is written.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeProductionOrderStatus } from "@/lib/services/production-orders/change-status";
import { refreshProductionOrder } from "@/lib/services/production-orders/refresh-production-order";
import { replanProductionOrder } from "@/lib/services/production-orders/replan";
import { updateProductionOrder } from "@/lib/services/production-orders/update-production-order";
import { actorFor, expectDomainError, isoOf, newOrder, writeState } from "../change-status/support";

const CONFLICT = "The order was changed by someone else. Reload it.";

/** An order someone else has just edited: the version the caller holds is one behind. */
async function staleOrder() {
  const order = await newOrder({ quantity: 2 });
  await updateProductionOrder(
    db,
    {
      id: order.id,
      version: order.version,
      description: "changed by someone else",
      description2: "",
      sourceType: "ITEM",
      sourceNo: "1000",
      variantCode: "",
      quantity: 2,
      dueDate: isoOf(order.dueDate) ?? undefined,
      locationCode: "BLUE",
    },
    await actorFor("planner"),
  );
  return order; // holds the old version
}

describe("X-2 a stale version is refused, nothing is written", () => {
  it.each([
    [
      "header edit",
      async (o: Awaited<ReturnType<typeof staleOrder>>) =>
        updateProductionOrder(
          db,
          {
            id: o.id,
            version: o.version,
            description: "mine",
            description2: "",
            sourceType: "ITEM",
            sourceNo: "1000",
            variantCode: "",
            quantity: 3,
            dueDate: isoOf(o.dueDate) ?? undefined,
            locationCode: "BLUE",
          },
          await actorFor("planner"),
        ),
    ],
    [
      "refresh",
      async (o: Awaited<ReturnType<typeof staleOrder>>) =>
        refreshProductionOrder({ orderId: o.id, expectedVersion: o.version }, await actorFor("supervisor")),
    ],
    [
      "replan (No Levels)",
      async (o: Awaited<ReturnType<typeof staleOrder>>) =>
        replanProductionOrder(db, { id: o.id, version: o.version, direction: "BACK", plan: "NO_LEVELS" }, await actorFor("supervisor")),
    ],
    [
      "replan (All Levels)",
      async (o: Awaited<ReturnType<typeof staleOrder>>) =>
        replanProductionOrder(db, { id: o.id, version: o.version, direction: "FORWARD", plan: "ALL_LEVELS" }, await actorFor("supervisor")),
    ],
    [
      "status change",
      async (o: Awaited<ReturnType<typeof staleOrder>>) =>
        changeProductionOrderStatus(db, { id: o.id, version: o.version, newStatus: "RELEASED" }, await actorFor("supervisor")),
    ],
  ])("a stale %s", async (_what, run) => {
    // GIVEN an order changed by someone else after we read it
    const order = await staleOrder();
    const before = await writeState();
    // WHEN we write with the version we read / THEN refused, and nothing changed
    await expectDomainError(run(order), "STALE", CONFLICT);
    expect(await writeState()).toEqual(before);
  });

  it("a concurrent edit and replan: one of them is refused, never a silent overwrite", async () => {
    const order = await newOrder({ quantity: 2 });
    const [edit, replan] = await Promise.allSettled([
      updateProductionOrder(
        db,
        {
          id: order.id,
          version: order.version,
          description: "edit",
          description2: "",
          sourceType: "ITEM",
          sourceNo: "1000",
          variantCode: "",
          quantity: 5,
          dueDate: isoOf(order.dueDate) ?? undefined,
          locationCode: "BLUE",
        },
        await actorFor("planner"),
      ),
      replanProductionOrder(
        db,
        { id: order.id, version: order.version, direction: "BACK", plan: "NO_LEVELS" },
        await actorFor("supervisor"),
      ),
    ]);
    expect([edit.status, replan.status].filter((s) => s === "fulfilled")).toHaveLength(1);
    const loser = [edit, replan].find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason.message).toBe(CONFLICT);
    expect((await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } })).version).toBe(order.version + 1);
  });
});
