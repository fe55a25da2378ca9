import "server-only";
import type { Db } from "@/lib/db-client";
import type { Locale } from "@/lib/i18n/config";
import { msg, renderMessage } from "@/lib/i18n/domain-message";
import type { CarryOutLineResult } from "@/lib/services/planning/carry-out";
import { latestCarryOutRun } from "@/lib/services/planning/planning-runs";

// PL-8 the Carry Out dialog's view of the user's latest carry-out: lines done of total while it
// runs, then each line's result in the reader's language (the run stores the messages unrendered).

export type CarryOutLineView = {
  lineNo: number;
  itemNo: string;
  actionMessage: string;
  ok: boolean;
  orderNo: string | null;
  message: string | null;
};

export type CarryOutRunView = {
  id: number;
  status: "RUNNING" | "DONE" | "FAILED";
  linesDone: number;
  linesTotal: number;
  results: CarryOutLineView[] | null;
  error: string | null;
};

export function carryOutLineViews(results: CarryOutLineResult[], locale: Locale): CarryOutLineView[] {
  return results.map((r) => ({
    lineNo: r.lineNo,
    itemNo: r.itemNo,
    actionMessage: r.actionMessage,
    ok: r.ok,
    orderNo: r.ok ? r.orderNo : null,
    message: r.ok ? null : renderMessage(r.message, locale),
  }));
}

/** The user's latest carry-out (null: never carried out). A failed run's error is internal: the reader gets the generic message. */
export async function readCarryOutRun(db: Db, userId: string, locale: Locale): Promise<CarryOutRunView | null> {
  const run = await latestCarryOutRun(db, userId);
  if (!run) return null;
  return {
    id: run.id,
    status: run.status,
    linesDone: run.itemsDone,
    linesTotal: run.itemsTotal,
    results: run.status === "DONE" && Array.isArray(run.results) ? carryOutLineViews(run.results as CarryOutLineResult[], locale) : null,
    error: run.status === "FAILED" ? renderMessage(msg("unexpected"), locale) : null,
  };
}
