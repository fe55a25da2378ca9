// Covers PO-10 / X-1 delete (a planner deletes Simulated, Planned and Firm Planned orders, not
// Released or Finished; a supervisor also Released, nobody Finished), X-2 (a stale delete is
// refused), X-3 (the delete audit entry survives the order; lines go with the order).
import "../../support/next-mocks";
import { beforeEach, describe, expect, it } from "vitest";
import { deleteProductionOrderAction } from "@/lib/actions/production-orders";
import { db } from "@/lib/db";
import type { ProdOrderStatus } from "@/lib/generated/prisma/enums";
import { createProductionOrder } from "@/lib/services/production-orders/create-production-order";
import { signInAs } from "../../support/session";
import { actorFor, createInput, redirectUrlOf, writeState } from "./helpers";

async function orderIn(status: ProdOrderStatus) {
  const creatable = status === "SIMULATED" || status === "PLANNED" ? status : "FIRM_PLANNED";
  const { id } = await createProductionOrder(db, createInput({ status: creatable, quantity: 2 }), await actorFor());
  const order = await db.productionOrder.update({ where: { id }, data: { status } });
  await db.prodOrderLine.create({ data: { orderId: id, lineNo: 10000, itemNo: "1000", quantity: 2, unitOfMeasureCode: "PCS" } });
  return order;
}

const deleteForm = (id: number, version?: number) => {
  const form = new FormData();
  form.set("id", String(id));
  if (version !== undefined) form.set("version", String(version));
  return form;
};

describe("PO-10 delete as a planner", () => {
  beforeEach(async () => {
    await signInAs("planner");
  });

  it.each(["SIMULATED", "PLANNED", "FIRM_PLANNED"] as const)(
    "deletes a %s order with its lines and writes a delete audit entry",
    async (status) => {
      // GIVEN an order with a line in that status
      const order = await orderIn(status);
      // WHEN the planner deletes it
      const url = await redirectUrlOf(() => deleteProductionOrderAction(null, deleteForm(order.id, order.version)));
      // THEN the list page is shown with the number, the order and its lines are gone, the audit stays
      expect(url).toContain(`deleted=${encodeURIComponent(order.no)}`);
      expect(await db.productionOrder.findUnique({ where: { id: order.id } })).toBeNull();
      expect(await db.prodOrderLine.count({ where: { orderId: order.id } })).toBe(0);
      expect(await db.auditEntry.findFirst({ where: { orderId: order.id, action: "delete" } })).toMatchObject({
        entityType: "ProductionOrder",
        entityKey: order.no,
        oldNo: order.no,
        oldStatus: status,
        userEmail: "planner@cronus.demo",
        changes: { sourceType: "ITEM", sourceNo: "1000", quantity: "2" },
      });
    },
  );

  it.each([
    ["RELEASED", "released"],
    ["FINISHED", "finished"],
  ] as const)("may not delete a %s order: refused, nothing written", async (status, word) => {
    // GIVEN an order in that status
    const order = await orderIn(status);
    const before = await writeState();
    // WHEN the planner deletes it
    const result = await deleteProductionOrderAction(null, deleteForm(order.id, order.version));
    // THEN the message, and the order, its line and the audit trail unchanged
    expect(result).toMatchObject({
      ok: false,
      code: "NOT_DELETABLE",
      message: `Production order ${order.no} cannot be deleted in status ${word}.`,
    });
    expect(await writeState()).toEqual(before);
    expect(await db.prodOrderLine.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("X-2 a delete with an old version is refused", async () => {
    const order = await orderIn("FIRM_PLANNED");
    await db.productionOrder.update({ where: { id: order.id }, data: { version: { increment: 1 } } });
    const before = await writeState();
    const result = await deleteProductionOrderAction(null, deleteForm(order.id, order.version));
    expect(result).toMatchObject({ ok: false, code: "STALE", message: "The order was changed by someone else. Reload it." });
    expect(await writeState()).toEqual(before);
  });

  it("an unknown order id is a clear message", async () => {
    const result = await deleteProductionOrderAction(null, deleteForm(999_999));
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND", message: "Production order 999999 does not exist." });
  });
});

describe("PO-10 delete as a supervisor", () => {
  beforeEach(async () => {
    await signInAs("supervisor");
  });

  it("deletes a Released order", async () => {
    const order = await orderIn("RELEASED");
    await redirectUrlOf(() => deleteProductionOrderAction(null, deleteForm(order.id, order.version)));
    expect(await db.productionOrder.findUnique({ where: { id: order.id } })).toBeNull();
  });

  it("may not delete a Finished order", async () => {
    const order = await orderIn("FINISHED");
    const result = await deleteProductionOrderAction(null, deleteForm(order.id, order.version));
    expect(result).toMatchObject({ ok: false, code: "NOT_DELETABLE" });
    expect(await db.productionOrder.findUnique({ where: { id: order.id } })).not.toBeNull();
  });
});
