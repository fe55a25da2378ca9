import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import { contains, isoDate, type ListParams } from "@/lib/data/list-params";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProdOrderStatus } from "@/lib/generated/prisma/enums";

export const ORDER_SORTS = ["no", "description", "sourceType", "sourceNo", "quantity", "dueDate", "startingDateTime", "endingDateTime", "locationCode"] as const;
export const ORDER_FILTERS = ["no", "sourceType", "sourceNo", "dueFrom", "dueTo", "locationCode"] as const;
export type OrderSort = (typeof ORDER_SORTS)[number];
const NULLABLE = new Set<OrderSort>(["dueDate", "startingDateTime", "endingDateTime", "locationCode"]);

export async function listProductionOrders(status: ProdOrderStatus, p: ListParams<OrderSort>) {
  await requireViewer("orders.read");
  const sourceType = ["ITEM", "FAMILY", "SALES_HEADER"].includes(p.filters.sourceType ?? "") ? (p.filters.sourceType as "ITEM") : undefined;
  const from = isoDate(p.filters.dueFrom);
  const to = isoDate(p.filters.dueTo);
  const where: Prisma.ProductionOrderWhereInput = {
    status,
    no: contains(p.filters.no),
    sourceType,
    sourceNo: contains(p.filters.sourceNo),
    locationCode: contains(p.filters.locationCode),
    dueDate: from || to ? { gte: from, lte: to } : undefined,
  };
  const [rows, total] = await Promise.all([
    db.productionOrder.findMany({
      where,
      orderBy: [{ [p.sort]: NULLABLE.has(p.sort) ? { sort: p.dir, nulls: "last" } : p.dir }, { no: "asc" }],
      skip: (p.page - 1) * p.pageSize,
      take: p.pageSize,
    }),
    db.productionOrder.count({ where }),
  ]);
  return { rows, total, page: p.page, pageSize: p.pageSize };
}

export async function getProductionOrder(status: ProdOrderStatus, no: string) {
  await requireViewer("orders.read");
  const order = await db.productionOrder.findUnique({
    where: { status_no: { status, no } },
    include: {
      lines: { orderBy: { lineNo: "asc" } },
      routingLines: { orderBy: [{ orderLineId: "asc" }, { operationNo: "asc" }] },
    },
  });
  if (!order) return null;
  // Components have no Prisma relation (set-based integrity triggers instead of row-level FKs,
  // see migration component_set_based_integrity): load them by order id.
  const components = await db.prodOrderComponent.findMany({
    where: { orderId: order.id },
    orderBy: [{ orderLineId: "asc" }, { lineNo: "asc" }],
  });
  return { ...order, components };
}

export async function getOrderHistory(orderId: number) {
  await requireViewer("orders.read");
  return db.auditEntry.findMany({ where: { orderId }, orderBy: { at: "desc" }, take: 100 });
}

/** An order reached by a number it had before a status change leads to where it is now. */
export async function findRenumberedOrder(status: ProdOrderStatus, no: string) {
  await requireViewer("orders.read");
  const entry = await db.auditEntry.findFirst({
    where: { oldStatus: status, oldNo: no, newNo: { not: null }, orderId: { not: null } },
    orderBy: { at: "desc" },
  });
  if (!entry?.orderId) return null;
  return db.productionOrder.findUnique({ where: { id: entry.orderId }, select: { status: true, no: true } });
}

export async function listLocations() {
  await requireViewer("orders.read");
  return db.location.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true } });
}
