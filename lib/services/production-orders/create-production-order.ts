import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ProdOrderStatus } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/db-client";
import { DomainError } from "@/lib/errors";
import type { CreateProductionOrderInput } from "@/lib/validation/production-order";
import { auditInsertSql, type Actor } from "@/lib/services/audit";
import { isUniqueViolation } from "@/lib/services/db-errors";
import { drawnNo, mapNoSeriesError, testManual } from "@/lib/services/no-series/document-no";
import { numberOrderSql, seriesForStatus } from "@/lib/services/no-series/order-no";
import { loadSourceFacts, resolveSource, today, type ResolvedHeader } from "@/lib/services/production-orders/resolve-source";
import { refreshNewOrder } from "@/lib/services/production-orders/refresh/refresh-new-order";
import { withRetry } from "@/lib/services/retry";
import { sqlTransaction, type SqlTx } from "@/lib/services/sql-tx";
import { ORDER_ROW_COLUMNS, toOrderRow, type RawOrderRow } from "@/lib/services/production-orders/refresh/load-order";
import { headerDatesSql, ts } from "@/lib/services/production-orders/refresh/write-plan";
import { msg } from "@/lib/i18n/domain-message";

// PO-3 … PO-11: a planner's new order. All reads and checks happen before the transaction; in
// it the header is inserted, optionally refreshed, and only then — as the very last statement —
// the number is drawn (NS-8), so a gap-free series' row lock is held for one statement and the
// commit, never across the refresh. A failure anywhere rolls everything back, number included.

export type CreatedOrder = { id: number; status: ProdOrderStatus; no: string; warning: string | null };

/**
 * `alsoInTransaction`: a caller's own writes, run in the order's transaction after the insert and
 * refresh and before the number is drawn: they commit with the order or not at all (carry-out
 * removes its worksheet line so, PL-8). A throw rolls the order back; the series keeps its number.
 */
export async function createProductionOrder(
  db: Db,
  input: CreateProductionOrderInput,
  actor: Actor,
  alsoInTransaction?: (tx: SqlTx) => Promise<void>,
): Promise<CreatedOrder> {
  const { facts, header } = await resolveNewOrder(db, input);
  const series = await seriesForStatus(db, input.status, facts.setup);
  const manualNo = input.no;
  if (manualNo) await testManual(db, series, "no");
  const placeholder = manualNo || placeholderNo();

  try {
    // Retried as a whole on a serialization failure (the refresh's master data changed while it
    // read it): the number is drawn by the last statement, so a failed attempt drew none.
    return await withRetry(() =>
      sqlTransaction(db, async (tx) => {
        const { order, refreshed } = await insertAndRefresh(tx, input, header, placeholder, manualNo ? null : series, actor);
        await alsoInTransaction?.(tx);
        // The refresh's new header dates, written by the last statement with the number.
        const dates = headerDatesSql(refreshed?.header ?? { startingDateTime: null, endingDateTime: null, dueDate: null });

        const audit = (no: string | Prisma.Sql) =>
          auditInsertSql(actor, {
            action: "create",
            entityType: "ProductionOrder",
            entityKey: no,
            orderId: order.id,
            newStatus: input.status,
            newNo: no,
            changes: {
              sourceType: input.sourceType,
              sourceNo: input.sourceNo,
              quantity: header.quantity,
              dueDate: header.dueDate,
              refreshed: input.refresh,
            },
          });
        if (manualNo) {
          await tx.finish(
            Prisma.sql`WITH a AS (${audit(manualNo)}), u AS (UPDATE "ProductionOrder" SET ${dates} WHERE id = ${order.id}) SELECT 1`,
          );
          return { id: order.id, status: input.status, no: manualNo, warning: null };
        }
        // The last statement, sent with the COMMIT: draw the number, stamp it on the order, write
        // the audit entry. The series' row lock lives for this one round trip (NS-8).
        const rows = await tx.finish<{ no: string; warning: boolean }>(
          numberOrderSql({
            orderId: order.id,
            series,
            date: today(),
            status: input.status,
            set: dates,
            audit,
          }),
        );
        return { id: order.id, status: input.status, ...drawnNo(series, rows[0]) };
      }),
    );
  } catch (e) {
    if (isUniqueViolation(e)) {
      throw new DomainError("NO_EXISTS", manualNo ? msg("noExists", { no: manualNo }) : msg("orderNoExistsManual"), "no");
    }
    throw mapNoSeriesError(e, "no");
  }
}

/** PO-3 … PO-8 before anything is written: the source's facts and the header the order gets. */
export async function resolveNewOrder(db: Db, input: CreateProductionOrderInput) {
  if (input.sourceType !== "SALES_HEADER" && input.quantity === undefined) {
    throw new DomainError("QUANTITY_REQUIRED", msg("quantityRequired"), "quantity");
  }
  const facts = await loadSourceFacts(db, input);
  const header = await resolveSource(db, { ...input, quantity: input.quantity }, facts);
  return { facts, header };
}

export const placeholderNo = () => `~${randomUUID().replace(/-/g, "").slice(0, 19)}`;

/**
 * The create's writes before the number: the header row and, when asked, the refresh of it.
 * The preview runs exactly this and rolls back (preview-production-order.ts).
 */
export async function insertAndRefresh(
  tx: SqlTx,
  input: CreateProductionOrderInput,
  header: ResolvedHeader,
  no: string,
  series: string | null,
  actor: Actor,
) {
  // The insert returns the row as the refresh reads it (with the setup it needs): a new
  // order costs no second read, and no lock (no one else can see the row yet).
  const [inserted] = await tx.$queryRaw<RawOrderRow[]>`
    WITH o AS (
      INSERT INTO "ProductionOrder" (status, no, "sourceType", "sourceNo", "variantCode", description, description2, "routingNo",
        quantity, "unitCost", "costAmount", "dueDate", "startingDateTime", "endingDateTime", "locationCode", "creationDate",
        "lastDateModified", "noSeries", "assignedUserId", "createdAt", "updatedAt")
      VALUES (${input.status}::"ProdOrderStatus", ${no}, ${input.sourceType}::"ProdOrderSourceType", ${input.sourceNo},
        ${header.variantCode ?? ""}, ${header.description ?? ""}, ${header.description2 ?? ""}, ${header.routingNo ?? null}, ${header.quantity}::numeric,
        ${header.unitCost}::numeric, ${header.costAmount}::numeric, ${header.dueDate}::date, ${ts(header.startingDateTime)}::timestamp,
        ${ts(header.endingDateTime)}::timestamp, ${header.locationCode ?? null}, ${today()}::date, ${today()}::date,
        ${series}, ${actor.id}, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC')
      RETURNING *)
    SELECT ${ORDER_ROW_COLUMNS} FROM o LEFT JOIN "ManufacturingSetup" s ON s.id = 1`;
  const order = toOrderRow(inserted);
  const refreshed = input.refresh ? await refreshNewOrder(tx, order, actor) : null;
  return { order, refreshed };
}
