import { Prisma } from "@/lib/generated/prisma/client";
import type { PlannedLine, RefreshOptions } from "@/lib/domain/refresh/plan-types";
import type { SqlTx } from "@/lib/services/sql-tx";
import { utcMsToIsoDateTime } from "@/lib/domain/calendar/iso-date";

// Bulk writes (style guide §6): one statement per table, rows passed as one array parameter per
// column and expanded with unnest — a constant number of bind parameters (far from PostgreSQL's
// 65,535 limit) and a constant number of statements whatever the BOM size. Children find their
// order line by the ids the line insert returns.
//
// Expected Quantity is computed here, set-based, with the formula of
// lib/domain/bom/expected-quantity.ts: Quantity per × line quantity × (1 + line Scrap % / 100)
// × (1 + component Scrap % / 100), or Quantity per × (1 + component Scrap % / 100) for a Fixed
// Quantity. PostgreSQL numeric arithmetic is exact and the numeric(38,15) column rounds half
// away from zero, exactly as roundDecimal does (an integration test compares the two).

/** A date-time as timestamp(3) text, in UTC: no driver time-zone logic touches it. */
export const ts = (d: Date) => utcMsToIsoDateTime(d.getTime());

/**
 * The header's new Starting/Ending Date-Time and Due Date, as SET assignments (a null keeps the
 * stored value). The refresh's own header update and the create service's last statement use it.
 */
export const headerDatesSql = (h: { startingDateTime: Date | null; endingDateTime: Date | null; dueDate: string | null }) => Prisma.sql`
  "startingDateTime" = coalesce(${h.startingDateTime ? ts(h.startingDateTime) : null}::timestamp, "startingDateTime"),
  "endingDateTime" = coalesce(${h.endingDateTime ? ts(h.endingDateTime) : null}::timestamp, "endingDateTime"),
  "dueDate" = coalesce(${h.dueDate}::date, "dueDate")`;
const col = <T, V>(rows: T[], f: (r: T) => V) => rows.map(f);

export async function deleteOld(tx: SqlTx, orderId: number, options: RefreshOptions) {
  // Set-based, in ONE statement (a round trip is worth saving on every refresh): the routing
  // lines, then the components when the lines stay, else the lines, whose delete trigger removes
  // their components. po_refresh_delete (migration 20261122130000) probes the indexes whatever
  // the statistics say: planned freely on a young database, the component delete scanned the
  // whole table and tested every row against the array of line ids (40 of 60 ms for 11,000).
  const { calcRoutings, calcComponents, calcLines } = options;
  if (!calcRoutings && !calcComponents && !calcLines) return;
  await tx.$executeRaw`SELECT po_refresh_delete(${orderId}::int, ${calcRoutings}, ${calcComponents}, ${calcLines})`;
}

/** Returns the new line ids by Line No. Columns travel as JSON arrays, one parameter each. */
export async function insertLines(tx: SqlTx, orderId: number, lines: PlannedLine[]): Promise<Map<number, number>> {
  if (lines.length === 0) return new Map();
  const j = <V>(f: (l: PlannedLine) => V) => JSON.stringify(lines.map(f));
  const ids = await tx.$queryRaw<{ id: number; lineNo: number }[]>`
    INSERT INTO "ProdOrderLine" ("orderId", "lineNo", "itemNo", "variantCode", description, description2, "locationCode",
      quantity, "remainingQuantity", "unitOfMeasureCode", "qtyPerUnitOfMeasure", "scrapPercent", "dueDate",
      "startingDateTime", "endingDateTime", "planningLevelCode", "productionBomNo", "productionBomVersion", "routingNo",
      "routingVersion", "routingReferenceNo", "unitCost", "costAmount")
    SELECT ${orderId}, t.line_no::int, t.item_no, t.variant, i.description, i.description2, t.loc, n.qty, n.qty, t.uom, 1,
           t.scrap::numeric, t.due::date, t.starts::timestamp, t.ends::timestamp, t.lvl::int, t.bom, t.bom_v, t.rt, t.rt_v,
           t.line_no::int, n.cost, round(n.qty * n.cost, 2)
    FROM ROWS FROM (json_array_elements_text(${j((l) => l.lineNo)}::json), json_array_elements_text(${j((l) => l.itemNo)}::json),
                    json_array_elements_text(${j((l) => l.variantCode)}::json), json_array_elements_text(${j((l) => l.locationCode)}::json),
                    json_array_elements_text(${j((l) => l.quantity)}::json), json_array_elements_text(${j((l) => l.uom)}::json),
                    json_array_elements_text(${j((l) => l.scrapPercent)}::json), json_array_elements_text(${j((l) => l.dueDate)}::json),
                    json_array_elements_text(${j((l) => ts(l.startingDateTime))}::json),
                    json_array_elements_text(${j((l) => ts(l.endingDateTime))}::json), json_array_elements_text(${j((l) => l.planningLevel)}::json),
                    json_array_elements_text(${j((l) => l.bomNo)}::json), json_array_elements_text(${j((l) => l.bomVersion)}::json),
                    json_array_elements_text(${j((l) => l.routingNo)}::json), json_array_elements_text(${j((l) => l.routingVersion)}::json),
                    json_array_elements_text(${j((l) => l.unitCost)}::json))
         AS t(line_no, item_no, variant, loc, qty, uom, scrap, due, starts, ends, lvl, bom, bom_v, rt, rt_v, cost)
    -- One primary-key probe per line (OFFSET 0): unsized, the planner would hash the whole Item table.
    CROSS JOIN LATERAL (SELECT i.description, i.description2 FROM "Item" i WHERE i.no = t.item_no OFFSET 0) i
    CROSS JOIN LATERAL (SELECT t.qty::numeric AS qty, t.cost::numeric AS cost) n
    RETURNING id, "lineNo"`;
  return new Map(ids.map((r) => [r.lineNo, r.id]));
}

/** Ids of the kept lines (Calculate Lines off). */
export async function lineIds(tx: SqlTx, orderId: number): Promise<Map<number, number>> {
  const rows = await tx.$queryRaw<{ id: number; lineNo: number }[]>`SELECT id, "lineNo" FROM "ProdOrderLine" WHERE "orderId" = ${orderId}`;
  return new Map(rows.map((r) => [r.lineNo, r.id]));
}

/** Calculate Lines off, Calculate Routings on: the kept lines get their new dates. */
export async function updateLineDates(tx: SqlTx, orderId: number, lines: PlannedLine[]) {
  if (lines.length === 0) return;
  await tx.$executeRaw`
    UPDATE "ProdOrderLine" l SET "startingDateTime" = t.starts, "endingDateTime" = t.ends, "dueDate" = t.due, "routingVersion" = t.rt_v
    FROM unnest(${col(lines, (l) => l.lineNo)}::int[], ${col(lines, (l) => ts(l.startingDateTime))}::timestamp[],
                ${col(lines, (l) => ts(l.endingDateTime))}::timestamp[], ${col(lines, (l) => l.dueDate)}::date[],
                ${col(lines, (l) => l.routingVersion)}::text[]) AS t(line_no, starts, ends, due, rt_v)
    WHERE l."orderId" = ${orderId} AND l."lineNo" = t.line_no`;
}

export function lineIdOf(ids: Map<number, number>, lineNo: number): number {
  const id = ids.get(lineNo);
  if (id === undefined) throw new Error(`Order line ${lineNo} was not written.`);
  return id;
}

export async function insertRoutingLines(tx: SqlTx, orderId: number, lines: PlannedLine[], ids: Map<number, number>): Promise<number> {
  const rows = lines.flatMap((l) => (l.routingLines ?? []).map((r) => ({ ...r, parent: lineIdOf(ids, l.lineNo), qty: l.quantity })));
  if (rows.length === 0) return 0;
  await tx.$executeRaw`
    INSERT INTO "ProdOrderRoutingLine" ("orderId", "orderLineId", "operationNo", type, no, "workCenterNo", description,
      "setupTime", "runTime", "waitTime", "moveTime", "routingLinkCode", "sendAheadQuantity", "inputQuantity",
      "startingDateTime", "endingDateTime", "previousOperationNo", "nextOperationNo")
    SELECT ${orderId}, t.parent, t.op, t.type::"RoutingLineType", t.no, t.wc, t.descr, t.setup, t.run, t.wait, t.move, t.link, t.send_ahead,
           t.qty, t.starts, t.ends, t.prev, t.next
    FROM unnest(${col(rows, (r) => r.parent)}::int[], ${col(rows, (r) => r.operationNo)}::text[], ${col(rows, (r) => r.type)}::text[],
                ${col(rows, (r) => r.no)}::text[], ${col(rows, (r) => r.workCenterNo)}::text[], ${col(rows, (r) => r.description)}::text[],
                ${col(rows, (r) => r.setupTime)}::numeric[], ${col(rows, (r) => r.runTime)}::numeric[], ${col(rows, (r) => r.waitTime)}::numeric[],
                ${col(rows, (r) => r.moveTime)}::numeric[], ${col(rows, (r) => r.routingLinkCode)}::text[], ${col(rows, (r) => r.sendAheadQuantity)}::numeric[],
                ${col(rows, (r) => r.qty)}::numeric[], ${col(rows, (r) => ts(r.startingDateTime))}::timestamp[],
                ${col(rows, (r) => ts(r.endingDateTime))}::timestamp[], ${col(rows, (r) => r.previousOperationNo)}::text[],
                ${col(rows, (r) => r.nextOperationNo)}::text[])
         AS t(parent, op, type, no, wc, descr, setup, run, wait, move, link, send_ahead, qty, starts, ends, prev, next)`;
  return rows.length;
}
