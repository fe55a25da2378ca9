"use client";

import { useTranslations } from "next-intl";

export type BatchRow = { no: string; ok: boolean; text: string };

// Progress and the per-order outcome of a batch status change, announced as it grows.
export function StatusBatchResults({ rows, total, running }: { rows: BatchRow[]; total: number; running: boolean }) {
  const t = useTranslations("changeStatus");
  if (rows.length === 0 && !running) return null;
  const ok = rows.filter((r) => r.ok).length;
  return (
    <div className="space-y-2">
      <progress
        className="w-full"
        value={rows.length}
        max={Math.max(total, 1)}
        aria-label={t("batch.progress", { done: rows.length, total })}
      />
      <p role="status" aria-live="polite" className="text-sm" data-testid="batch-progress">
        {t("batch.progress", { done: rows.length, total })}
        {!running && rows.length === total ? ` — ${t("batch.summary", { ok, failed: rows.length - ok })}` : ""}
      </p>
      <ul className="max-h-60 overflow-auto text-sm space-y-1" data-testid="batch-results">
        {rows.map((r) => (
          <li key={r.no} className={r.ok ? "text-green-800" : "text-red-800"}>
            {r.ok ? "✓" : "✗"} {r.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
