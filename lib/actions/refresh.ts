"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { errorResult, runAction, type ActionResult } from "@/lib/actions/run-action";
import { currentLocale } from "@/lib/i18n/localize-errors";
import { refreshOrderByNo, refreshOrdersByNo, type BatchRefreshOutcome } from "@/lib/services/production-orders/refresh/refresh-by-no";
import { refreshProductionOrder, type RefreshResult } from "@/lib/services/production-orders/refresh-production-order";
import { refreshOrderByNoSchema, refreshOrderSchema, refreshOrdersBatchSchema } from "@/lib/validation/refresh";

// RF-1…RF-7 as public endpoints: each one checks the session and "orders.refresh" itself,
// then calls the refresh service, one transaction per order (RF-7).

export type RefreshCounts =
  | { skipped: true }
  | {
      skipped: false;
      version: number;
      lines: number;
      components: number;
      routingLines: number;
      dueDateMoved: { from: string; to: string } | null;
    };

export type BatchItemResult = { no: string } & ({ ok: true; result: RefreshCounts } | { ok: false; message: string });

function counts(r: RefreshResult): RefreshCounts {
  if (r.skipped) return { skipped: true };
  return {
    skipped: false,
    version: r.version,
    lines: r.lines,
    components: r.components,
    routingLines: r.routingLines,
    dueDateMoved: r.dueDateMoved,
  };
}

/** A failed order of a batch reads like a failed action: its message in the user's language. */
async function batchItem(outcome: BatchRefreshOutcome): Promise<BatchItemResult> {
  if (outcome.ok) return { no: outcome.no, ok: true, result: counts(outcome.result) };
  const failure = errorResult(outcome.error, await currentLocale());
  return { no: outcome.no, ok: false, message: failure.ok ? "" : failure.message };
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
  const result = await runAction("orders.refresh", refreshOrderByNoSchema, input, async (data, user) =>
    counts(await refreshOrderByNo(db, data, user)),
  );
  if (result.ok) revalidatePath("/production-orders", "layout");
  return result;
}

/** Several orders in one call (scripts, tests): each its own transaction, one failure stops none. */
export async function refreshOrdersBatchAction(input: unknown): Promise<ActionResult<BatchItemResult[]>> {
  const result = await runAction("orders.refresh", refreshOrdersBatchSchema, input, async (data, user) =>
    Promise.all((await refreshOrdersByNo(db, data, user)).map(batchItem)),
  );
  if (result.ok) revalidatePath("/production-orders", "layout");
  return result;
}
