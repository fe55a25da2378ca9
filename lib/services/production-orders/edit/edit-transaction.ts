import { db as appDb } from "@/lib/db";
import type { Db } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireEditableOrder } from "@/lib/domain/order-edit/editable";
import { ConcurrencyError } from "@/lib/errors";
import { writeAudit, type Actor, orderKeepsItsNo } from "@/lib/services/audit";
import { withRetry } from "@/lib/services/retry";
import { sqlTransaction, type SqlTx } from "@/lib/services/sql-tx";
import { lockOrder, type OrderRow } from "@/lib/services/production-orders/refresh/load-order";

// What every change on the card's Lines, Components and Routing subpages shares (issue 23 item
// 1): one transaction per change; the order row locked first (a refresh or another edit of the
// same order waits), PO-10/X-1 asked again, the version the user read compared; at the end
// the header spans its lines again (RF-6), Last Date Modified is today (PO-10), the version goes
// up and the audit entry is written in the same transaction.

export type EditActor = Actor & { role?: string };
export type OrderKey = { id: number; version: number };
export type EditResult = { orderId: number; version: number };

/** Runs one edit in its own transaction; a deadlock or serialization failure runs it again. */
export function inEditTransaction<T>(db: Db | undefined, fn: (tx: SqlTx) => Promise<T>): Promise<T> {
  return withRetry(() => sqlTransaction(db ?? appDb, fn));
}

export async function lockEditableOrder(tx: SqlTx, key: OrderKey, actor: EditActor): Promise<OrderRow> {
  const order = await lockOrder(tx, key.id);
  requireEditableOrder(order, actor.role);
  if (order.version !== key.version) throw new ConcurrencyError();
  return order;
}

export type EditAudit = { action: string; entityKey: string; changes: Prisma.InputJsonValue };

/** The header's dates roll up from its lines (RF-6; a header without dated lines keeps its own). */
export async function finishEdit(tx: SqlTx, order: OrderRow, actor: EditActor, audit: EditAudit): Promise<EditResult> {
  const updated = await tx.$executeRaw`
    UPDATE "ProductionOrder" o
    SET "startingDateTime" = coalesce(d.starts, o."startingDateTime"), "endingDateTime" = coalesce(d.ends, o."endingDateTime"),
        "dueDate" = coalesce(d.due, o."dueDate"), "lastDateModified" = CURRENT_DATE, "updatedAt" = now(), version = o.version + 1
    FROM (SELECT min(l."startingDateTime") AS starts, max(l."endingDateTime") AS ends, max(l."dueDate") AS due
          FROM "ProdOrderLine" l WHERE l."orderId" = ${order.id}) d
    WHERE o.id = ${order.id} AND o.version = ${order.version}`;
  if (updated !== 1) throw new ConcurrencyError();
  await writeAudit(tx, actor, {
    ...orderKeepsItsNo(order),
    action: audit.action,
    changes: { line: audit.entityKey, ...(audit.changes as Prisma.InputJsonObject) },
  });
  return { orderId: order.id, version: order.version + 1 };
}
