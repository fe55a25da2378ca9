"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { currentLocale } from "@/lib/i18n/localize-errors";
import { errorResult, runAction, type ActionResult } from "@/lib/actions/run-action";
import { NotFoundError } from "@/lib/errors";
import { refreshProductionOrder, type RefreshResult } from "@/lib/services/production-orders/refresh-production-order";
import { refreshOrderByNoSchema, refreshOrderSchema, refreshOrdersBatchSchema } from "@/lib/validation/refresh";

// RF-1…RF-7 as public endpoints: each one checks the session and "orders.refresh" itself,
// then calls the refresh service, one transaction per order (RF-7).

export type RefreshCounts =
  | { skipped: true }
  | { skipped: false; version: number; lines: number; components: number; routingLines: number };

export type BatchItemResult = { no: string } & ({ ok: true; result: RefreshCounts } | { ok: false; message: string });

function counts(r: RefreshResult): RefreshCounts {
  if (r.skipped) return { skipped: true };
  return { skipped: false, version: r.version, lines: r.lines, components: r.components, routingLines: r.routingLines };
}

/** The card's "Refresh Production Order": carries the version it read. */
export async function refreshProductionOrderAction(_prev: unknown, input: unknown): Promise<ActionResult<RefreshCounts>> {
  const result = await runAction("orders.refresh", refreshOrderSchema, input, async ({ id, version, ...options }, user) =>
    counts(await refreshProductionOrder({ orderId: id, expectedVersion: version, ...options }, user)),
  );
  if (result.ok) revalidatePath("/production-orders", "layout");
  return result;
}

/** One ticked order of a list; the list page drives these one by one to show progress. */
export async function refreshOrderByNoAction(input: unknown): Promise<ActionResult<RefreshCounts>> {
  const result = await runAction("orders.refresh", refreshOrderByNoSchema, input, async ({ status, no, ...options }, user) => {
    const order = await db.productionOrder.findUnique({ where: { status_no: { status, no } }, select: { id: true } });
    if (!order) throw new NotFoundError("partProductionOrder", { no });
    return counts(await refreshProductionOrder({ orderId: order.id, ...options }, user));
  });
  if (result.ok) revalidatePath("/production-orders", "layout");
  return result;
}

/** Several orders in one call (scripts, tests): each its own transaction, one failure stops none. */
export async function refreshOrdersBatchAction(input: unknown): Promise<ActionResult<BatchItemResult[]>> {
  const result = await runAction("orders.refresh", refreshOrdersBatchSchema, input, async ({ status, nos, ...options }, user) => {
    const orders = await db.productionOrder.findMany({ where: { status, no: { in: nos } }, select: { id: true, no: true } });
    const idByNo = new Map(orders.map((o) => [o.no, o.id]));
    const out: BatchItemResult[] = [];
    for (const no of new Set(nos)) {
      try {
        const id = idByNo.get(no);
        if (id === undefined) throw new NotFoundError("partProductionOrder", { no });
        out.push({ no, ok: true, result: counts(await refreshProductionOrder({ orderId: id, ...options }, user)) });
      } catch (e) {
        const failure = errorResult(e, await currentLocale());
        out.push({ no, ok: false, message: failure.ok ? "" : failure.message });
      }
    }
    return out;
  });
  if (result.ok) revalidatePath("/production-orders", "layout");
  return result;
}
