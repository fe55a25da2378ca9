// Shared builders for the refresh integration tests: orders are inserted directly (status Firm
// Planned, numbers of their own) so these tests do not depend on the create-order service.
import { db } from "@/lib/db";
import type { Prisma, ProdOrderSourceType, ProdOrderStatus } from "@/lib/generated/prisma/client";
import { uniqueCode, toDate } from "../../factories";

export type OrderInput = {
  sourceType?: ProdOrderSourceType;
  sourceNo: string;
  quantity?: number | string;
  dueDate?: string | null;
  status?: ProdOrderStatus;
  locationCode?: string | null;
  routingNo?: string | null;
  variantCode?: string;
  startingDateTime?: Date | null;
};

export async function makeOrder(input: OrderInput) {
  return db.productionOrder.create({
    data: {
      status: input.status ?? "FIRM_PLANNED",
      no: uniqueCode("RF"),
      sourceType: input.sourceType ?? "ITEM",
      sourceNo: input.sourceNo,
      variantCode: input.variantCode ?? "",
      quantity: input.quantity ?? 1,
      dueDate: input.dueDate === null ? null : toDate(input.dueDate ?? "2026-12-18"),
      locationCode: input.locationCode ?? null,
      routingNo: input.routingNo ?? null,
      startingDateTime: input.startingDateTime ?? null,
      creationDate: toDate("2026-12-01"),
    },
  });
}

/** Everything a refresh may touch, for "exactly unchanged" comparisons. */
export async function snapshotOrder(orderId: number) {
  const order = await db.productionOrder.findUniqueOrThrow({ where: { id: orderId } });
  const lines = await db.prodOrderLine.findMany({ where: { orderId }, orderBy: { lineNo: "asc" } });
  const components = await db.prodOrderComponent.findMany({ where: { orderId }, orderBy: [{ orderLineId: "asc" }, { lineNo: "asc" }] });
  const routingLines = await db.prodOrderRoutingLine.findMany({
    where: { orderId },
    orderBy: [{ orderLineId: "asc" }, { operationNo: "asc" }],
  });
  const audits = await db.auditEntry.count({ where: { orderId } });
  return JSON.parse(
    JSON.stringify({ order, lines, components, routingLines, audits }, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v)),
  ) as Prisma.JsonObject;
}

/** Lines with their components (no Prisma relation: set-based integrity) and routing lines. */
export async function linesOf(orderId: number) {
  const lines = await db.prodOrderLine.findMany({
    where: { orderId },
    orderBy: { lineNo: "asc" },
    include: { routingLines: { orderBy: { operationNo: "asc" } } },
  });
  const components = await db.prodOrderComponent.findMany({ where: { orderId }, orderBy: { lineNo: "asc" } });
  return lines.map((l) => ({ ...l, components: components.filter((c) => c.orderLineId === l.id) }));
}

export const iso = (d: Date | null) => d?.toISOString().slice(0, 16) ?? null;
