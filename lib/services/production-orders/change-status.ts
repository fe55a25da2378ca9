import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db-client";
import { canChangeStatus, type ProdOrderStatus } from "@/lib/domain/production-order/status";
import { ConcurrencyError, DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/services/audit";
import { isUniqueViolation } from "@/lib/services/db-errors";
import { drawnNoMessage, mapNoSeriesError } from "@/lib/services/no-series/document-no";
import { numberOrderSql, seriesForStatus } from "@/lib/services/no-series/order-no";
import { today } from "@/lib/services/production-orders/resolve-source";
import { withRetry } from "@/lib/services/retry";
import { assertNotProductionBlocked, assertOutputConfirmed, oldNoField, transitionRefused } from "./change-status-checks";
import { msg, type Message } from "@/lib/i18n/domain-message";

// ST-1 … ST-4, X-2, X-3: Change Status. The order keeps its row id, so its lines, components and
// routing lines move with it. Everything is one transaction: a guarded UPDATE (id AND version AND
// status — a stale or concurrent change matches no row and is refused), then, when the target
// status numbers from another series, the number is drawn as the LAST statement together with
// the audit entry (NS-8: the series row lock is held for one statement and the commit).

export type ChangeStatusRequest = { id: number; version?: number; newStatus: ProdOrderStatus; confirmNoOutput?: boolean };
export type ChangedStatus = {
  id: number;
  oldStatus: ProdOrderStatus;
  oldNo: string;
  status: ProdOrderStatus;
  no: string;
  version: number;
  /** NS-6: the series is about to run out (said in the user's language by the action). */
  warning: Message | null;
};

export async function changeProductionOrderStatus(db: Db, input: ChangeStatusRequest, actor: Actor): Promise<ChangedStatus> {
  const order = await db.productionOrder.findUnique({
    where: { id: input.id },
    include: { lines: { select: { itemNo: true, quantity: true, finishedQuantity: true } } },
  });
  if (!order) throw new DomainError("NOT_FOUND", msg("orderNotFound", { key: String(input.id) }));
  // X-2 first: whoever read an older version gets the conflict message, not a rule about the new state.
  if (input.version !== undefined && input.version !== order.version) throw new ConcurrencyError();
  const to = input.newStatus;
  if (!canChangeStatus(order.status, to)) throw transitionRefused(order.no, order.status, to);
  if (to === "RELEASED") await assertNotProductionBlocked(db, order);
  if (to === "FINISHED")
    assertOutputConfirmed(
      order.no,
      order.lines.map((l) => ({ quantity: l.quantity.toString(), finishedQuantity: l.finishedQuantity.toString() })),
      input.confirmNoOutput ?? false,
    );

  // ST-3: a new No. only when the target's series differs from the one the order was numbered from.
  const series = to === "FINISHED" ? null : await seriesForStatus(db, to);
  const renumber = series !== null && series !== order.noSeries;
  const field = oldNoField(order.status);
  const date = today();
  const changes = { status: [order.status, to], ...(to === "FINISHED" ? { finishedDate: [null, date] } : {}) };

  try {
    return await withRetry(() =>
      db.$transaction(async (tx) => {
        const moved = await tx.productionOrder.updateMany({
          where: { id: order.id, version: order.version, status: order.status },
          data: {
            status: to,
            // A placeholder until the number is drawn, so no (status, No.) collision can occur in between.
            no: renumber ? `~${randomUUID().replace(/-/g, "").slice(0, 19)}` : order.no,
            ...(field ? { [field]: order.no } : {}),
            ...(to === "FINISHED" ? { finishedDate: new Date(`${date}T00:00:00Z`) } : {}),
            lastDateModified: new Date(`${date}T00:00:00Z`),
            version: { increment: 1 },
          },
        });
        if (moved.count !== 1) throw new ConcurrencyError();
        const audit = (no: Prisma.Sql) => Prisma.sql`
          INSERT INTO "AuditEntry" ("userId", "userEmail", "apiKeyId", action, "entityType", "entityKey", "orderId", "oldStatus", "oldNo", "newStatus", "newNo", changes)
          SELECT ${actor.id}, ${actor.email}, ${actor.apiKeyId ?? null}, 'changeStatus', 'ProductionOrder', ${no}, ${order.id}, ${order.status}::"ProdOrderStatus", ${order.no},
                 ${to}::"ProdOrderStatus", ${no}, ${JSON.stringify(changes)}::jsonb`;
        const result = { id: order.id, oldStatus: order.status, oldNo: order.no, status: to, version: order.version + 1 };
        if (!renumber) {
          await tx.$executeRaw`WITH a AS (${audit(Prisma.sql`${order.no}`)}) SELECT 1`;
          return { ...result, no: order.no, warning: null };
        }
        // The last statement: draw the number, stamp it and the series, write the audit entry.
        const rows = await tx.$queryRaw<{ no: string; warning: boolean }[]>(
          numberOrderSql({
            orderId: order.id,
            series,
            date,
            status: to,
            set: Prisma.sql`"noSeries" = ${series}`,
            audit,
          }),
        );
        return { ...result, ...drawnNoMessage(series, rows[0]) };
      }),
    );
  } catch (e) {
    if (isUniqueViolation(e)) {
      throw new DomainError("NO_EXISTS", msg("noExists", { no: order.no }), "newStatus");
    }
    throw mapNoSeriesError(e, "newStatus");
  }
}

/** A list selection names orders by (Status, No.); the change uses the version read just now. */
export async function changeProductionOrderStatusByNo(
  db: Db,
  input: { status: ProdOrderStatus; no: string; newStatus: ProdOrderStatus; confirmNoOutput?: boolean },
  actor: Actor,
): Promise<ChangedStatus> {
  const order = await db.productionOrder.findUnique({
    where: { status_no: { status: input.status, no: input.no } },
    select: { id: true, version: true },
  });
  if (!order) throw new DomainError("NOT_FOUND", msg("orderNotFound", { key: input.no }));
  return changeProductionOrderStatus(
    db,
    { id: order.id, version: order.version, newStatus: input.newStatus, confirmNoOutput: input.confirmNoOutput },
    actor,
  );
}
