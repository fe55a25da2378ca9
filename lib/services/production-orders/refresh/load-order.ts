import { Prisma } from "@/lib/generated/prisma/client";
import type { IsoDate } from "@/lib/domain/calendar/iso-date";
import type { ProdOrderStatus } from "@/lib/domain/production-order/status";
import type { ExistingLineState } from "@/lib/domain/refresh/plan-types";
import type { PlanSeed } from "@/lib/domain/refresh/calculate-refresh";
import type { FamilyLineInfo, SalesLineInfo } from "@/lib/domain/refresh/source-lines";
import type { SetupInfo } from "@/lib/domain/refresh/types";
import { DomainError, NotFoundError } from "@/lib/errors";
import { msg } from "@/lib/i18n/domain-message";
import type { SqlTx } from "@/lib/services/sql-tx";
import { MASTER_DATA_TOKEN } from "./token-cache";

// RF-7: the order row is read under FOR UPDATE, so a concurrent refresh or edit of the same order
// waits for this transaction instead of interleaving with it. Setup comes along in the same query.
// The same query turns JIT compilation off for the rest of the transaction (set_config(…, true)
// = SET LOCAL, without an extra statement): the BOM catalog query's cost estimate crosses
// jit_above_cost, and compiling it took seconds on PostgreSQL 15 for a query that runs in ~100 ms.

export type OrderRow = {
  id: number;
  status: ProdOrderStatus;
  no: string;
  sourceType: "ITEM" | "FAMILY" | "SALES_HEADER";
  sourceNo: string;
  variantCode: string;
  routingNo: string | null;
  quantity: string;
  dueDate: IsoDate | null;
  startingDateTime: Date | null;
  locationCode: string | null;
  version: number;
  setup: SetupInfo;
  /** MasterDataState's token when the row was read: the catalogs kept under it are current (token-cache.ts). */
  masterDataToken: string | null;
};

/** Timestamps leave PostgreSQL as text so no driver time-zone logic touches them. */
export const TS_TEXT = `YYYY-MM-DD"T"HH24:MI:SS.MS`;
export const parseTs = (text: string | null) => (text ? new Date(`${text}Z`) : null);

export type RawOrderRow = Omit<OrderRow, "setup" | "startingDateTime"> & {
  startingDateTime: string | null;
  normalStartingTime: number | null;
  normalEndingTime: number | null;
  defaultSafetyLeadTimeDays: number | null;
  jitOff: string;
};

/**
 * The columns of an OrderRow, from order `o` joined with Manufacturing Setup `s`. Also turns JIT
 * off for the rest of the transaction (see above). The create service selects them from the
 * row it has just inserted, so a new order needs no second read.
 */
export const ORDER_ROW_COLUMNS = Prisma.sql`
  o.id, o.status::text AS status, o.no, o."sourceType"::text AS "sourceType", o."sourceNo", o."variantCode",
  o."routingNo", trim_scale(o.quantity)::text AS quantity, to_char(o."dueDate", 'YYYY-MM-DD') AS "dueDate",
  to_char(o."startingDateTime", ${TS_TEXT}) AS "startingDateTime", o."locationCode", o.version,
  s."normalStartingTime", s."normalEndingTime", s."defaultSafetyLeadTimeDays",
  ${MASTER_DATA_TOKEN} AS "masterDataToken",
  set_config('jit', 'off', true) AS "jitOff"`;

export async function lockOrder(tx: SqlTx, orderId: number): Promise<OrderRow> {
  const rows = await tx.$queryRaw<RawOrderRow[]>`
    SELECT ${ORDER_ROW_COLUMNS}
    FROM "ProductionOrder" o LEFT JOIN "ManufacturingSetup" s ON s.id = 1
    WHERE o.id = ${orderId}
    FOR UPDATE OF o`;
  const row = rows[0];
  if (!row) throw new NotFoundError("partProductionOrder", { no: String(orderId) });
  return toOrderRow(row);
}

export function toOrderRow(row: RawOrderRow): OrderRow {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { normalStartingTime, normalEndingTime, defaultSafetyLeadTimeDays, startingDateTime, jitOff, ...order } = row;
  return {
    ...order,
    startingDateTime: parseTs(startingDateTime),
    setup: {
      normalStartingTime: normalStartingTime ?? 480,
      normalEndingTime: normalEndingTime ?? 960,
      defaultSafetyLeadTimeDays: defaultSafetyLeadTimeDays ?? 0,
    },
  };
}

export async function loadFamily(tx: SqlTx, familyNo: string): Promise<{ routingNo: string | null; lines: FamilyLineInfo[] }> {
  const rows = await tx.$queryRaw<{ routingNo: string | null; itemNo: string | null; quantity: string | null }[]>`
    SELECT f."routingNo", fl."itemNo", trim_scale(fl.quantity)::text AS quantity
    FROM "Family" f LEFT JOIN "FamilyLine" fl ON fl."familyNo" = f.no
    WHERE f.no = ${familyNo} ORDER BY fl."lineNo"`;
  if (rows.length === 0) throw new DomainError("NOT_FOUND", msg("familyNotFound", { no: familyNo }), "sourceNo");
  return {
    routingNo: rows[0].routingNo,
    lines: rows.filter((r) => r.itemNo !== null).map((r) => ({ itemNo: r.itemNo!, quantity: r.quantity! })),
  };
}

/** PO-6: a Simulated order is made from a sales quote, every other status from a sales order. */
export async function loadSalesLines(tx: SqlTx, status: ProdOrderStatus, no: string): Promise<SalesLineInfo[]> {
  const documentType = status === "SIMULATED" ? "QUOTE" : "ORDER";
  const rows = await tx.$queryRaw<(SalesLineInfo & { found: number })[]>`
    SELECT 1 AS found, l.type::text AS type, l."itemNo", l."variantCode", trim_scale(l."outstandingQuantity")::text AS "outstandingQuantity",
           trim_scale(l."reservedQuantity")::text AS "reservedQuantity", l."locationCode", to_char(l."shipmentDate", 'YYYY-MM-DD') AS "shipmentDate"
    FROM "SalesHeader" h LEFT JOIN "SalesLine" l ON l."documentType" = h."documentType" AND l."documentNo" = h.no
    WHERE h."documentType" = ${documentType}::"SalesDocumentType" AND h.no = ${no} ORDER BY l."lineNo"`;
  if (rows.length === 0) throw new NotFoundError(documentType === "QUOTE" ? "partSalesQuote" : "partSalesOrder", { no }, "sourceNo");
  return rows.filter((r) => r.type !== null);
}

/** Calculate Lines off: the existing lines are the seeds, with their dates and routing starts. */
export async function loadExistingLines(tx: SqlTx, orderId: number): Promise<PlanSeed[]> {
  const rows = await tx.$queryRaw<{ doc: string }[]>`
    SELECT coalesce(json_agg(json_build_array(l."lineNo", l."itemNo", l."variantCode", l."locationCode",
             trim_scale(l.quantity)::text, to_char(l."dueDate", 'YYYY-MM-DD'), to_char(l."startingDateTime", ${TS_TEXT}),
             to_char(l."endingDateTime", ${TS_TEXT}), l."planningLevelCode", l."routingNo", l."routingVersion", trim_scale(l."scrapPercent")::text,
             (SELECT json_object_agg(r."routingLinkCode", to_char(r."startingDateTime", ${TS_TEXT}))
                FROM "ProdOrderRoutingLine" r WHERE r."orderLineId" = l.id AND r."routingLinkCode" <> ''))
           ORDER BY l."lineNo"), '[]')::text AS doc
    FROM "ProdOrderLine" l WHERE l."orderId" = ${orderId}`;
  type Row = [
    number,
    string,
    string,
    string | null,
    string,
    string | null,
    string | null,
    string | null,
    number,
    string | null,
    string | null,
    string,
    Record<string, string> | null,
  ];
  return (JSON.parse(rows[0].doc) as Row[]).map(
    ([lineNo, itemNo, variantCode, locationCode, quantity, due, start, end, level, routingNo, routingVersion, scrapPercent, links]) => {
      const existing: ExistingLineState = {
        lineNo,
        startingDateTime: parseTs(start) ?? new Date(0),
        endingDateTime: parseTs(end) ?? new Date(0),
        routingVersion,
        scrapPercent,
        linkStarts: Object.fromEntries(Object.entries(links ?? {}).map(([k, v]) => [k, new Date(`${v}Z`)])),
      };
      return {
        itemNo,
        variantCode,
        locationCode,
        quantity,
        dueDate: due ?? "",
        routingNo,
        planningLevel: level,
        mergeable: false,
        existing,
      };
    },
  );
}
