// Shared by the card-edit tests (issue 23 item 1): a refreshed order of the demo company (item
// 1000: lines, components and routing lines), its rows read back, and what must stay untouched
// when an edit is refused.
import { db } from "@/lib/db";
import { createProductionOrder } from "@/lib/services/production-orders/create-production-order";
import { actorFor, createInput, type Role } from "../production-orders/helpers";

export { actorFor, expectDomainError } from "../production-orders/helpers";

export async function refreshedOrder(over: Parameters<typeof createInput>[0] = {}) {
  const { id } = await createProductionOrder(
    db,
    createInput({ quantity: 2, dueDate: "2027-03-19", refresh: true, ...over }),
    await actorFor(),
  );
  const order = await db.productionOrder.findUniqueOrThrow({ where: { id } });
  const line = await db.prodOrderLine.findFirstOrThrow({ where: { orderId: id }, orderBy: { lineNo: "asc" } });
  const routing = await db.prodOrderRoutingLine.findMany({ where: { orderLineId: line.id }, orderBy: { operationNo: "asc" } });
  const components = await db.prodOrderComponent.findMany({ where: { orderLineId: line.id }, orderBy: { lineNo: "asc" } });
  return { order, line, routing, components };
}

export async function actor(role: Role = "supervisor") {
  return actorFor(role);
}

export const key = (order: { id: number; version: number }) => ({ id: order.id, version: order.version });

/** Every row an edit may touch, to prove a refused edit wrote nothing. */
export async function orderState(orderId: number) {
  const [row] = await db.$queryRaw<{ h: string }[]>`
    SELECT md5(
      (SELECT row_to_json(o)::text FROM "ProductionOrder" o WHERE o.id = ${orderId}) ||
      coalesce((SELECT string_agg(row_to_json(l)::text, ',' ORDER BY l.id) FROM "ProdOrderLine" l WHERE l."orderId" = ${orderId}), '') ||
      coalesce((SELECT string_agg(row_to_json(c)::text, ',' ORDER BY c.id) FROM "ProdOrderComponent" c WHERE c."orderId" = ${orderId}), '') ||
      coalesce((SELECT string_agg(row_to_json(r)::text, ',' ORDER BY r.id) FROM "ProdOrderRoutingLine" r WHERE r."orderId" = ${orderId}), '') ||
      (SELECT count(*)::text FROM "AuditEntry" a WHERE a."orderId" = ${orderId})) AS h`;
  return row.h;
}

export const lastAudit = (orderId: number) => db.auditEntry.findFirstOrThrow({ where: { orderId }, orderBy: { id: "desc" } });

export const routingOf = (orderLineId: number) =>
  db.prodOrderRoutingLine.findMany({ where: { orderLineId }, orderBy: { operationNo: "asc" } });

type Edited = Awaited<ReturnType<typeof refreshedOrder>>;

/** A component's editable fields as a change takes them (the edit tests' starting point). */
export const componentEdit = (c: Edited["components"][number]) => ({
  itemNo: c.itemNo,
  quantityPer: String(c.quantityPer),
  unitOfMeasureCode: c.unitOfMeasureCode,
  scrapPercent: String(c.scrapPercent),
  calculationFormula: c.calculationFormula,
  locationCode: c.locationCode,
});

/** A routing line's editable fields as a change takes them. */
export const routingLineEdit = (r: Edited["routing"][number]) => ({
  type: r.type,
  no: r.no,
  setupTime: String(r.setupTime),
  runTime: String(r.runTime),
  waitTime: String(r.waitTime),
  moveTime: String(r.moveTime),
  sendAheadQuantity: String(r.sendAheadQuantity),
});
