import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import { CHANGED_SINCE_REFRESH, ENDS_AFTER_DUE } from "@/lib/data/list-conditions";
import { pageOf, type ListParams, type OrderCardParams } from "@/lib/data/list-params";
import { listSource } from "@/lib/data/list-source";
import type { ProductionOrder } from "@/lib/generated/prisma/client";
import { ProdOrderSourceType, type ProdOrderStatus } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/errors";
import { peekOrderNo } from "@/lib/services/production-orders/source-lookup";

export const ORDER_SORTS = [
  "no",
  "description",
  "sourceType",
  "sourceNo",
  "quantity",
  "dueDate",
  "startingDateTime",
  "endingDateTime",
  "locationCode",
] as const;
export const ORDER_FILTERS = [
  "no",
  "description",
  "sourceType",
  "sourceNo",
  "dueFrom",
  "dueTo",
  "startFrom",
  "startTo",
  "endFrom",
  "endTo",
  "locationCode",
  "endsAfterDue",
  "changedSinceRefresh",
] as const;
export type OrderSort = (typeof ORDER_SORTS)[number];
export const ORDER_CARD_PAGE_SIZE = 50;
const NULLABLE: OrderSort[] = ["dueDate", "startingDateTime", "endingDateTime", "locationCode"];

/** The orders of one status ("no" is unique within a status, so it breaks ties). */
export const productionOrderList = (status: ProdOrderStatus) =>
  listSource<ProductionOrder>({
    permission: "orders.read",
    table: "ProductionOrder",
    shape: { tiebreak: ["no"], nullable: NULLABLE },
    fixed: { status },
    filters: {
      no: { kind: "contains", column: "no" },
      sourceType: { kind: "oneOf", column: "sourceType", values: Object.values(ProdOrderSourceType) },
      sourceNo: { kind: "contains", column: "sourceNo" },
      locationCode: { kind: "contains", column: "locationCode" },
      dueFrom: { kind: "dayFrom", column: "dueDate" },
      dueTo: { kind: "dayTo", column: "dueDate" },
      description: { kind: "contains", column: "description" },
      startFrom: { kind: "dayFrom", column: "startingDateTime" },
      startTo: { kind: "dayTo", column: "startingDateTime" },
      endFrom: { kind: "dayFrom", column: "endingDateTime" },
      endTo: { kind: "dayTo", column: "endingDateTime" },
      endsAfterDue: { kind: "condition", sql: ENDS_AFTER_DUE },
      changedSinceRefresh: { kind: "condition", sql: CHANGED_SINCE_REFRESH },
    },
  });

export const listProductionOrders = (status: ProdOrderStatus, p: ListParams<OrderSort>) => productionOrderList(status).page(p);

export async function getProductionOrder(status: ProdOrderStatus, no: string) {
  await requireViewer("orders.read");
  const order = await db.productionOrder.findUnique({
    where: { status_no: { status, no } },
    include: { _count: { select: { lines: true } } },
  });
  if (!order) return null;
  // Assigned User ID names a user as people know them (their sign-in), not by the internal id.
  const assigned = order.assignedUserId ? await db.user.findUnique({ where: { id: order.assignedUserId }, select: { email: true } }) : null;
  return { ...order, assignedUser: assigned?.email ?? order.assignedUserId };
}

/**
 * The card's Lines, a page at a time, and the line whose components and routing it shows below
 * them: the one the URL names, else the first on the page. An order refreshed from a large BOM
 * has thousands of lines and tens of thousands of components (one 11,000-component order made a
 * 24 MB page), so, as in Business Central, components and routing are read per line.
 */
export async function getOrderLinesView(orderId: number, lineCount: number, p: OrderCardParams) {
  await requireViewer("orders.read");
  const lines = pageOf(p.linePage, lineCount, ORDER_CARD_PAGE_SIZE);
  const [rows, named] = await Promise.all([
    db.prodOrderLine.findMany({ where: { orderId }, orderBy: { lineNo: "asc" }, skip: lines.skip, take: lines.pageSize }),
    p.line === null ? null : db.prodOrderLine.findUnique({ where: { orderId_lineNo: { orderId, lineNo: p.line } } }),
  ]);
  return { rows, page: lines.page, pageSize: lines.pageSize, total: lineCount, selected: named ?? rows[0] ?? null };
}

/** A page of one order line's components, and its routing lines (few: one per operation). */
export async function getLineDetail(orderLineId: number, componentPage: number) {
  await requireViewer("orders.read");
  const [total, routingLines] = await Promise.all([
    db.prodOrderComponent.count({ where: { orderLineId } }),
    db.prodOrderRoutingLine.findMany({ where: { orderLineId }, orderBy: { operationNo: "asc" } }),
  ]);
  const components = pageOf(componentPage, total, ORDER_CARD_PAGE_SIZE);
  const rows =
    total === 0
      ? []
      : await db.prodOrderComponent.findMany({
          where: { orderLineId },
          orderBy: { lineNo: "asc" },
          skip: components.skip,
          take: components.pageSize,
        });
  return { components: { rows, page: components.page, pageSize: components.pageSize, total }, routingLines };
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

/**
 * The number the create form shows before saving (NS-10), or null when Manufacturing Setup names
 * no usable series for `status`: the form then says the number comes from the series, and the
 * create answers the rule's message beside No. (PO-11), as peekOrderNoAction does. Anything
 * unexpected (the database down) is not hidden: it reaches the error page.
 */
export async function peekNewOrderNo(status: "SIMULATED" | "PLANNED" | "FIRM_PLANNED") {
  await requireViewer("orders.create");
  try {
    return await peekOrderNo(db, status);
  } catch (e) {
    if (e instanceof DomainError) return null;
    throw e;
  }
}
