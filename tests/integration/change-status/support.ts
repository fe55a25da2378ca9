// Shared by the status-change, replan and concurrency tests: orders made through the real
// create service (numbered from the demo series, refreshed), and what an order "is" in full.
import { db } from "@/lib/db";
import { createProductionOrder } from "@/lib/services/production-orders/create-production-order";
import { changeProductionOrderStatus } from "@/lib/services/production-orders/change-status";
import { actorFor, createInput } from "../production-orders/helpers";

export { actorFor, expectDomainError, isoOf, lastNoUsed, todayIso, writeState } from "../production-orders/helpers";

type NewOrder = {
  status?: "SIMULATED" | "PLANNED" | "FIRM_PLANNED";
  sourceNo?: string;
  quantity?: number;
  dueDate?: string;
  locationCode?: string;
  refresh?: boolean;
};

export async function newOrder(o: NewOrder = {}) {
  const { id } = await createProductionOrder(
    db,
    createInput({
      status: o.status ?? "FIRM_PLANNED",
      sourceNo: o.sourceNo ?? "1000",
      quantity: o.quantity ?? 2,
      dueDate: o.dueDate ?? "2027-03-15",
      locationCode: o.locationCode ?? "BLUE",
      refresh: o.refresh ?? true,
    }),
    await actorFor("planner"),
  );
  return db.productionOrder.findUniqueOrThrow({ where: { id } });
}

/** A firm planned order moved to Released by a supervisor. */
export async function releasedOrder(o: NewOrder = {}) {
  const order = await newOrder(o);
  await changeProductionOrderStatus(db, { id: order.id, version: order.version, newStatus: "RELEASED" }, await actorFor("supervisor"));
  return db.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
}

/** Ids and counts of everything hanging off the order: a status change must keep them all. */
export async function childrenOf(orderId: number) {
  const [lines, components, routingLines] = await Promise.all([
    db.prodOrderLine.findMany({ where: { orderId }, select: { id: true }, orderBy: { id: "asc" } }),
    db.prodOrderComponent.findMany({ where: { orderId }, select: { id: true }, orderBy: { id: "asc" } }),
    db.prodOrderRoutingLine.findMany({ where: { orderId }, select: { id: true }, orderBy: { id: "asc" } }),
  ]);
  return { lines: lines.map((l) => l.id), components: components.map((c) => c.id), routingLines: routingLines.map((r) => r.id) };
}

export async function auditOf(orderId: number, action: string) {
  return db.auditEntry.findMany({ where: { orderId, action }, orderBy: { id: "asc" } });
}
