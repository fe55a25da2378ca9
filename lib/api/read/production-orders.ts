import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDate, localDateTimeOf } from "@/lib/api/schemas/common";
import type { listOrdersQuery, productionOrderHeaderSchema, productionOrderSchema } from "@/lib/api/schemas/production-orders";

// The API's read side of production orders: plain documents for JSON (numbers as numbers, dates
// as yyyy-mm-dd, plant-local date-times without a zone). One query per table, whatever the size.

type Header = z.infer<typeof productionOrderHeaderSchema>;
type OrderRow = Prisma.ProductionOrderGetPayload<object>;

export function headerOf(o: OrderRow): Header {
  return {
    id: o.id,
    status: o.status,
    no: o.no,
    description: o.description,
    description2: o.description2,
    sourceType: o.sourceType,
    sourceNo: o.sourceNo,
    variantCode: o.variantCode,
    routingNo: o.routingNo,
    quantity: Number(o.quantity),
    dueDate: isoDate(o.dueDate),
    startingDateTime: localDateTimeOf(o.startingDateTime),
    endingDateTime: localDateTimeOf(o.endingDateTime),
    locationCode: o.locationCode,
    creationDate: isoDate(o.creationDate)!,
    lastDateModified: isoDate(o.lastDateModified),
    finishedDate: isoDate(o.finishedDate),
    version: o.version,
  };
}

export async function readProductionOrder(id: number): Promise<z.infer<typeof productionOrderSchema> | null> {
  const [order, lines, components, routingLines] = await Promise.all([
    db.productionOrder.findUnique({ where: { id } }),
    db.prodOrderLine.findMany({ where: { orderId: id }, orderBy: { lineNo: "asc" } }),
    db.$queryRaw<Prisma.ProdOrderComponentGetPayload<object>[]>`
      SELECT c.* FROM "ProdOrderComponent" c JOIN "ProdOrderLine" l ON l.id = c."orderLineId"
      WHERE l."orderId" = ${id} ORDER BY c."orderLineId", c."lineNo"`,
    db.prodOrderRoutingLine.findMany({ where: { orderId: id }, orderBy: [{ orderLineId: "asc" }, { operationNo: "asc" }] }),
  ]);
  if (!order) return null;
  return {
    ...headerOf(order),
    lines: lines.map((l) => ({
      lineNo: l.lineNo,
      itemNo: l.itemNo,
      variantCode: l.variantCode,
      description: l.description,
      locationCode: l.locationCode,
      quantity: Number(l.quantity),
      finishedQuantity: Number(l.finishedQuantity),
      remainingQuantity: Number(l.remainingQuantity),
      unitOfMeasureCode: l.unitOfMeasureCode,
      dueDate: isoDate(l.dueDate),
      startingDateTime: localDateTimeOf(l.startingDateTime),
      endingDateTime: localDateTimeOf(l.endingDateTime),
      productionBomNo: l.productionBomNo,
      routingNo: l.routingNo,
      components: components
        .filter((c) => c.orderLineId === l.id)
        .map((c) => ({
          lineNo: c.lineNo,
          itemNo: c.itemNo,
          variantCode: c.variantCode,
          description: c.description,
          unitOfMeasureCode: c.unitOfMeasureCode,
          quantityPer: Number(c.quantityPer),
          scrapPercent: Number(c.scrapPercent),
          expectedQuantity: Number(c.expectedQuantity),
          remainingQuantity: Number(c.remainingQuantity),
          routingLinkCode: c.routingLinkCode,
          locationCode: c.locationCode,
          dueDate: isoDate(c.dueDate),
          dueDateTime: localDateTimeOf(c.dueDateTime),
        })),
      routingLines: routingLines
        .filter((r) => r.orderLineId === l.id)
        .map((r) => ({
          operationNo: r.operationNo,
          type: r.type,
          no: r.no,
          workCenterNo: r.workCenterNo,
          description: r.description,
          setupTime: Number(r.setupTime),
          runTime: Number(r.runTime),
          waitTime: Number(r.waitTime),
          moveTime: Number(r.moveTime),
          routingLinkCode: r.routingLinkCode,
          inputQuantity: Number(r.inputQuantity),
          startingDateTime: localDateTimeOf(r.startingDateTime),
          endingDateTime: localDateTimeOf(r.endingDateTime),
          previousOperationNo: r.previousOperationNo,
          nextOperationNo: r.nextOperationNo,
        })),
    })),
  };
}

/** Orders by id, after the cursor (the last id of the previous page). */
export async function listProductionOrders(q: z.infer<typeof listOrdersQuery>) {
  const after = q.cursor ? Number(Buffer.from(q.cursor, "base64url").toString()) : 0;
  const where: Prisma.ProductionOrderWhereInput = {
    id: { gt: Number.isSafeInteger(after) && after > 0 ? after : 0 },
    ...(q.status ? { status: q.status } : {}),
    ...(q.sourceType ? { sourceType: q.sourceType } : {}),
    ...(q.sourceNo ? { sourceNo: q.sourceNo } : {}),
    ...(q.locationCode ? { locationCode: q.locationCode } : {}),
    ...(q.dueFrom || q.dueTo
      ? {
          dueDate: {
            ...(q.dueFrom ? { gte: new Date(`${q.dueFrom}T00:00:00Z`) } : {}),
            ...(q.dueTo ? { lte: new Date(`${q.dueTo}T00:00:00Z`) } : {}),
          },
        }
      : {}),
  };
  const rows = await db.productionOrder.findMany({ where, orderBy: { id: "asc" }, take: q.limit + 1 });
  const page = rows.slice(0, q.limit);
  const more = rows.length > q.limit;
  return { items: page.map(headerOf), nextCursor: more ? Buffer.from(String(page.at(-1)!.id)).toString("base64url") : null };
}
