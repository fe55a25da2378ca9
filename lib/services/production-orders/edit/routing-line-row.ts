import { DomainError } from "@/lib/errors";
import type { SqlTx } from "@/lib/services/sql-tx";
import { msg } from "@/lib/i18n/domain-message";

// A routing line of the order being edited, as the audit entry compares it. A row of another
// order is no row of this one: the id alone never reaches a foreign order.

export type RoutingLineRow = {
  id: number;
  orderLineId: number;
  lineNo: number;
  operationNo: string;
  type: "WORK_CENTER" | "MACHINE_CENTER";
  no: string;
  workCenterNo: string;
  description: string;
  setupTime: string;
  runTime: string;
  waitTime: string;
  moveTime: string;
  sendAheadQuantity: string;
  startingDateTime: string | null;
  endingDateTime: string | null;
  previousOperationNo: string;
  nextOperationNo: string;
};

export const UNKNOWN_LINE = msg("orderEditLineUnknown");

export async function loadRoutingLine(tx: SqlTx, orderId: number, routingLineId: number): Promise<RoutingLineRow> {
  const rows = await tx.$queryRaw<RoutingLineRow[]>`
    SELECT r.id, r."orderLineId", l."lineNo", r."operationNo", r.type::text AS type, r.no, r."workCenterNo", r.description,
           trim_scale(r."setupTime")::text AS "setupTime", trim_scale(r."runTime")::text AS "runTime",
           trim_scale(r."waitTime")::text AS "waitTime", trim_scale(r."moveTime")::text AS "moveTime",
           trim_scale(r."sendAheadQuantity")::text AS "sendAheadQuantity",
           r."previousOperationNo", r."nextOperationNo",
           to_char(r."startingDateTime", 'YYYY-MM-DD"T"HH24:MI') AS "startingDateTime", to_char(r."endingDateTime", 'YYYY-MM-DD"T"HH24:MI') AS "endingDateTime"
    FROM "ProdOrderRoutingLine" r JOIN "ProdOrderLine" l ON l.id = r."orderLineId"
    WHERE r.id = ${routingLineId} AND r."orderId" = ${orderId}`;
  if (rows.length === 0) throw new DomainError("LINE_UNKNOWN", UNKNOWN_LINE);
  return rows[0];
}

/** Decimals compared as numbers ("1.50" = "1.5"), everything else as text. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, [string | null, string | null]> {
  const out: Record<string, [string | null, string | null]> = {};
  const norm = (v: unknown) => (v === null || v === undefined ? null : /^-?\d+(\.\d+)?$/.test(String(v)) ? String(Number(v)) : String(v));
  for (const key of Object.keys(after)) {
    const a = norm(before[key]);
    const b = norm(after[key]);
    if (a !== b) out[key] = [a, b];
  }
  return out;
}
