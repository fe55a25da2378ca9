import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { queryOnce } from "@/lib/services/sql-tx";
import { cursorPage, keyAfter } from "@/lib/api/schemas/common";
import type { listOrdersQuery } from "@/lib/api/schemas/production-orders";
import { createOrderDocumentCache, type OrderDocumentCache } from "@/lib/api/read/order-document-cache";

// The API's read side of production orders: the JSON documents of
// lib/api/schemas/production-orders.ts, built by PostgreSQL and passed through as text. An order
// with its lines, components and routing lines is one statement whatever its size (a line's
// components and routing lines are found by their orderLineId indexes); a page of orders is one.
// Numbers are float8 (JSON numbers as JavaScript reads them), dates yyyy-mm-dd, date-times the
// plant-local wall clock without a zone (Prisma keeps UTC wall time in `timestamp` columns).

const num = (column: Prisma.Sql) => Prisma.sql`${column}::float8`;
// JSON writes a date as "yyyy-mm-dd" and a timestamp as "yyyy-mm-ddThh:mm:ss[.fff]" whatever the
// session's DateStyle (cheaper than to_char, which formats through the locale machinery).
const date = (column: Prisma.Sql) => column;
const dateTime = (column: Prisma.Sql) => Prisma.sql`date_trunc('second', ${column})`;
const col = (alias: string, name: string) => Prisma.raw(`${alias}."${name}"`);

/** ProductionOrderHeader of the order aliased `o`. */
const headerFields = Prisma.sql`
  'id', o.id, 'status', o.status, 'no', o.no, 'description', o.description, 'description2', o.description2,
  'sourceType', o."sourceType", 'sourceNo', o."sourceNo", 'variantCode', o."variantCode", 'routingNo', o."routingNo",
  'quantity', ${num(col("o", "quantity"))}, 'dueDate', ${date(col("o", "dueDate"))},
  'startingDateTime', ${dateTime(col("o", "startingDateTime"))}, 'endingDateTime', ${dateTime(col("o", "endingDateTime"))},
  'locationCode', o."locationCode", 'creationDate', ${date(col("o", "creationDate"))},
  'lastDateModified', ${date(col("o", "lastDateModified"))}, 'finishedDate', ${date(col("o", "finishedDate"))},
  'version', o.version`;

// One statement: the header's row, then a row per line with the line's components and routing
// lines aggregated by their own pass (GROUP BY); the document is joined here, as text. PostgreSQL
// nesting the lines' JSON into one document cost it ~5 ms of CPU for ~250 components (it copies
// each nested value again at every level), four times what building the pieces costs.
// `known`: the version of the document this process holds (order-document-cache.ts). When the
// order still has it, the statement answers the header's row with its version and no JSON: the
// lines' condition on the version is a one-time filter, so PostgreSQL reads the order's row by
// its key and builds nothing. Version and document come from one statement, one snapshot.
const orderDocument = (id: number, known: number | null) => Prisma.sql`
  WITH components AS (
    SELECT c."orderLineId", json_agg(json_build_object(
      'lineNo', c."lineNo", 'itemNo', c."itemNo", 'variantCode', c."variantCode", 'description', c.description,
      'unitOfMeasureCode', c."unitOfMeasureCode", 'quantityPer', ${num(col("c", "quantityPer"))},
      'scrapPercent', ${num(col("c", "scrapPercent"))}, 'expectedQuantity', ${num(col("c", "expectedQuantity"))},
      'remainingQuantity', ${num(col("c", "remainingQuantity"))}, 'routingLinkCode', c."routingLinkCode",
      'locationCode', c."locationCode", 'dueDate', ${date(col("c", "dueDate"))}, 'dueDateTime', ${dateTime(col("c", "dueDateTime"))}
    ) ORDER BY c."lineNo")::text AS list
    FROM "ProdOrderComponent" c JOIN "ProdOrderLine" l ON l.id = c."orderLineId"
    WHERE l."orderId" = ${id} GROUP BY c."orderLineId"
  ), routing AS (
    SELECT r."orderLineId", json_agg(json_build_object(
      'operationNo', r."operationNo", 'type', r.type, 'no', r.no, 'workCenterNo', r."workCenterNo", 'description', r.description,
      'setupTime', ${num(col("r", "setupTime"))}, 'runTime', ${num(col("r", "runTime"))}, 'waitTime', ${num(col("r", "waitTime"))},
      'moveTime', ${num(col("r", "moveTime"))}, 'routingLinkCode', r."routingLinkCode", 'inputQuantity', ${num(col("r", "inputQuantity"))},
      'startingDateTime', ${dateTime(col("r", "startingDateTime"))}, 'endingDateTime', ${dateTime(col("r", "endingDateTime"))},
      'previousOperationNo', r."previousOperationNo", 'nextOperationNo', r."nextOperationNo"
    ) ORDER BY r."operationNo")::text AS list
    FROM "ProdOrderRoutingLine" r WHERE r."orderId" = ${id} GROUP BY r."orderLineId"
  )
  SELECT 0 AS part, o.version AS "order",
         CASE WHEN o.version IS DISTINCT FROM ${known}::int THEN json_build_object(${headerFields})::text END AS json,
         NULL AS components, NULL AS routing
  FROM "ProductionOrder" o WHERE o.id = ${id}
  UNION ALL
  SELECT 1, l."lineNo", json_build_object(
      'lineNo', l."lineNo", 'itemNo', l."itemNo", 'variantCode', l."variantCode", 'description', l.description,
      'locationCode', l."locationCode", 'quantity', ${num(col("l", "quantity"))}, 'finishedQuantity', ${num(col("l", "finishedQuantity"))},
      'remainingQuantity', ${num(col("l", "remainingQuantity"))}, 'unitOfMeasureCode', l."unitOfMeasureCode",
      'dueDate', ${date(col("l", "dueDate"))}, 'startingDateTime', ${dateTime(col("l", "startingDateTime"))},
      'endingDateTime', ${dateTime(col("l", "endingDateTime"))}, 'productionBomNo', l."productionBomNo", 'routingNo', l."routingNo"
    )::text, c.list, r.list
  FROM "ProdOrderLine" l LEFT JOIN components c ON c."orderLineId" = l.id LEFT JOIN routing r ON r."orderLineId" = l.id
  WHERE l."orderId" = ${id} AND (SELECT v.version FROM "ProductionOrder" v WHERE v.id = ${id}) IS DISTINCT FROM ${known}::int
  ORDER BY 1, 2`;

type DocumentRow = { part: number; order: number; json: string | null; components: string | null; routing: string | null };

/** An order's JSON: its header (and with `lines`, its lines with their components and routing lines). */
export type OrderJson = { id: number; version: number; json: string };

/** `{…}` + `,"name":value` … `}`: members added to an object PostgreSQL wrote. */
const withMembers = (object: string, members: string) => `${object.slice(0, object.lastIndexOf("}"))}${members}}`;

/** This process's documents (exported for the tests that prove no entry outlives a change). */
export const orderDocumentCache = createOrderDocumentCache();

/** The order's version now (null: no such order), for a statement that reads it along (the API key's). */
export const currentVersionSql = (id: number) => Prisma.sql`(SELECT v.version FROM "ProductionOrder" v WHERE v.id = ${id})`;

/**
 * The order with its lines, components and routing lines: the document `cache` holds when the
 * order still has its version, else built and kept there. One statement either way; none when
 * `current`, the order's version read by a statement the request made anyway
 * (currentVersionSql), is the held document's.
 */
export async function readProductionOrder(
  id: number,
  o: { cache?: OrderDocumentCache; current?: number | null } = {},
): Promise<OrderJson | null> {
  const cache = o.cache ?? orderDocumentCache;
  const held = cache.get(id);
  if (o.current === null) {
    cache.delete(id);
    return null;
  }
  if (held && held.version === o.current) return { id, version: held.version, json: held.json };
  const [header, ...lines] = await queryOnce<DocumentRow>(db, orderDocument(id, held?.version ?? null));
  if (!header || header.part !== 0) {
    cache.delete(id);
    return null;
  }
  if (header.json === null && held?.version === header.order) return { id, version: held.version, json: held.json };
  const parts = lines.map((l) => withMembers(l.json!, `,"components":${l.components ?? "[]"},"routingLines":${l.routing ?? "[]"}`));
  const json = withMembers(header.json!, `,"lines":[${parts.join(",")}]`);
  cache.set(id, { version: header.order, json });
  return { id, version: header.order, json };
}

export async function readProductionOrderHeader(id: number): Promise<OrderJson | null> {
  const [row] = await queryOnce<OrderJson>(
    db,
    Prisma.sql`SELECT o.id, o.version, json_build_object(${headerFields})::text AS json FROM "ProductionOrder" o WHERE o.id = ${id}`,
  );
  return row ?? null;
}

/** A page of orders by id after the cursor, as the JSON of a ProductionOrderPage. */
export async function listProductionOrders(q: z.infer<typeof listOrdersQuery>): Promise<string> {
  const after = Number(keyAfter(q));
  const filters = [
    Prisma.sql`o.id > ${Number.isSafeInteger(after) && after > 0 ? after : 0}`,
    ...(q.status ? [Prisma.sql`o.status = ${q.status}::"ProdOrderStatus"`] : []),
    ...(q.sourceType ? [Prisma.sql`o."sourceType" = ${q.sourceType}::"ProdOrderSourceType"`] : []),
    ...(q.sourceNo ? [Prisma.sql`o."sourceNo" = ${q.sourceNo}`] : []),
    ...(q.locationCode ? [Prisma.sql`o."locationCode" = ${q.locationCode}`] : []),
    ...(q.dueFrom ? [Prisma.sql`o."dueDate" >= ${q.dueFrom}::date`] : []),
    ...(q.dueTo ? [Prisma.sql`o."dueDate" <= ${q.dueTo}::date`] : []),
  ];
  const rows = await queryOnce<OrderJson>(
    db,
    Prisma.sql`SELECT o.id, o.version, json_build_object(${headerFields})::text AS json FROM "ProductionOrder" o
               WHERE ${Prisma.join(filters, " AND ")} ORDER BY o.id LIMIT ${q.limit + 1}`,
  );
  const page = cursorPage(rows, q.limit, (r) => String(r.id));
  return `{"items":[${page.items.map((r) => r.json).join(",")}],"nextCursor":${JSON.stringify(page.nextCursor)}}`;
}
