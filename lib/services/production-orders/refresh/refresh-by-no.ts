import type { Db } from "@/lib/db-client";
import type { ProdOrderStatus } from "@/lib/domain/production-order/status";
import { NotFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/services/audit";
import { refreshProductionOrder, type RefreshInput, type RefreshResult } from "@/lib/services/production-orders/refresh-production-order";

// RF-1 for orders named by Status and No. (a list's ticked orders, scripts): finds each order,
// then refreshes it in its own transaction (RF-7) through refreshProductionOrder.

export type RefreshByNoOptions = Pick<RefreshInput, "direction" | "calcLines" | "calcRoutings" | "calcComponents">;

/** A failed order carries its error as thrown: the caller turns it into the user's message. */
export type BatchRefreshOutcome = { no: string } & ({ ok: true; result: RefreshResult } | { ok: false; error: unknown });

/** One ticked order of a list: the list drives these one by one to show progress. */
export async function refreshOrderByNo(
  db: Db,
  { status, no, ...options }: { status: ProdOrderStatus; no: string } & RefreshByNoOptions,
  actor: Actor,
): Promise<RefreshResult> {
  const order = await db.productionOrder.findUnique({ where: { status_no: { status, no } }, select: { id: true } });
  if (!order) throw new NotFoundError("partProductionOrder", { no });
  return refreshProductionOrder({ orderId: order.id, ...options }, actor, undefined, db);
}

/**
 * Several orders in one call, each No. once, in the order given: one query finds them all, then
 * each is refreshed in its own transaction, so one failure (an unknown No., a rule) stops none.
 */
export async function refreshOrdersByNo(
  db: Db,
  { status, nos, ...options }: { status: ProdOrderStatus; nos: string[] } & RefreshByNoOptions,
  actor: Actor,
): Promise<BatchRefreshOutcome[]> {
  const orders = await db.productionOrder.findMany({ where: { status, no: { in: nos } }, select: { id: true, no: true } });
  const idByNo = new Map(orders.map((o) => [o.no, o.id]));
  const out: BatchRefreshOutcome[] = [];
  for (const no of new Set(nos)) {
    try {
      const id = idByNo.get(no);
      if (id === undefined) throw new NotFoundError("partProductionOrder", { no });
      out.push({ no, ok: true, result: await refreshProductionOrder({ orderId: id, ...options }, actor, undefined, db) });
    } catch (error) {
      out.push({ no, ok: false, error });
    }
  }
  return out;
}
