// ST-3/ST-4: Finished sets Finished Date (today), keeps the No., makes the order read-only, and
// asks for confirmation when a line has no output recorded.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeProductionOrderStatus } from "@/lib/services/production-orders/change-status";
import { updateProductionOrder } from "@/lib/services/production-orders/update-production-order";
import { actorFor, auditOf, expectDomainError, isoOf, releasedOrder, todayIso, writeState } from "./support";

describe("ST-4 finishing asks for confirmation when output is missing", () => {
  it("a released order without output is not finished unless confirmed", async () => {
    // GIVEN a released order whose line has no output
    const order = await releasedOrder();
    const before = await writeState();
    // WHEN finished without confirmation / THEN the question comes back and nothing changes
    await expectDomainError(
      changeProductionOrderStatus(db, { id: order.id, version: order.version, newStatus: "FINISHED" }, await actorFor("supervisor")),
      "CONFIRM_NO_OUTPUT",
      `Production order ${order.no} has 1 line(s) whose output is still missing. Do you still want to finish the order?`,
      "confirmNoOutput",
    );
    expect(await writeState()).toEqual(before);
    // WHEN confirmed / THEN Finished, Finished Date today, same No., an audit entry
    const r = await changeProductionOrderStatus(
      db,
      { id: order.id, version: order.version, newStatus: "FINISHED", confirmNoOutput: true },
      await actorFor("supervisor"),
    );
    const after = await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(after).toMatchObject({ status: "FINISHED", no: order.no });
    expect(r.no).toBe(order.no);
    expect(isoOf(after.finishedDate)).toBe(todayIso());
    const [entry] = (await auditOf(order.id, "changeStatus")).slice(-1);
    expect(entry).toMatchObject({ oldStatus: "RELEASED", newStatus: "FINISHED", oldNo: order.no, newNo: order.no });
  });

  it("output recorded on every line: no question", async () => {
    const order = await releasedOrder();
    await db.prodOrderLine.updateMany({ where: { orderId: order.id }, data: { finishedQuantity: 2 } });
    await changeProductionOrderStatus(db, { id: order.id, version: order.version, newStatus: "FINISHED" }, await actorFor("supervisor"));
    expect((await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("FINISHED");
  });

  it("a Finished order is read-only: an edit is refused", async () => {
    const order = await releasedOrder({ refresh: false });
    const r = await changeProductionOrderStatus(
      db,
      { id: order.id, version: order.version, newStatus: "FINISHED", confirmNoOutput: true },
      await actorFor("admin"),
    );
    await expectDomainError(
      updateProductionOrder(
        db,
        {
          id: order.id,
          version: r.version,
          description: "x",
          description2: "",
          sourceType: "ITEM",
          sourceNo: "1000",
          variantCode: "",
          quantity: 1,
          locationCode: "BLUE",
        },
        await actorFor("admin"),
      ),
      "ORDER_FINISHED",
      `Production order ${order.no} is Finished and cannot be changed.`,
    );
  });
});
