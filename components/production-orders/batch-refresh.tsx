"use client";

import { useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { refreshOrderByNoAction, type RefreshCounts } from "@/lib/actions/refresh";
import { Button } from "@/components/ui/button";
import { RefreshOptionsFields } from "@/components/production-orders/refresh-dialog";

type Item = { no: string } & ({ ok: true; result: RefreshCounts } | { ok: false; message: string });

// RF-1 "applies to one order or a selection": refreshes the orders ticked in the list one call
// per order (server actions run one at a time anyway), so progress and each order's outcome
// show as they happen and one failing order does not stop the others.
export function BatchRefresh({ status }: { status: string }) {
  const t = useTranslations("refresh");
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [results, setResults] = useState<Item[] | null>(null);
  const [running, setRunning] = useState(false);
  const [session, setSession] = useState(0);

  function open(target: HTMLElement) {
    opener.current = target;
    const boxes = document.querySelectorAll<HTMLInputElement>('input[name="selected"][data-row-select]:checked');
    setSelected([...new Set([...boxes].map((b) => b.value))]);
    setResults(null);
    setSession((s) => s + 1);
    dialog.current?.showModal();
  }

  async function start(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const options = Object.fromEntries(
      ["direction", "calcLines", "calcRoutings", "calcComponents"].map((k) => [k, form.get(k) ?? undefined]),
    );
    setRunning(true);
    setResults([]);
    for (const no of selected) {
      let item: Item;
      try {
        const r = await refreshOrderByNoAction({ status, no, ...options });
        item = r.ok ? { no, ok: true, result: r.data } : { no, ok: false, message: r.message };
      } catch {
        item = { no, ok: false, message: t("failed") };
      }
      setResults((prev) => [...(prev ?? []), item]);
    }
    setRunning(false);
    router.refresh();
  }

  const done = results?.length ?? 0;
  const finished = results !== null && !running;
  return (
    <>
      <Button variant="secondary" onClick={(e) => open(e.currentTarget)}>
        {t("refresh")}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby="batch-refresh-title"
        className="rounded-lg p-0 backdrop:bg-black/30 m-auto"
        onCancel={(e) => running && e.preventDefault()}
        onClose={() => opener.current?.focus()}
      >
        <form key={session} onSubmit={start} className="p-4 space-y-3 w-[32rem] max-w-full">
          <h2 id="batch-refresh-title" className="font-semibold">
            {t("batchTitle")}
          </h2>
          {selected.length === 0 ? (
            <p role="alert" className="text-sm text-amber-900">
              {t("noneSelected")}
            </p>
          ) : (
            <>
              <p className="text-sm">{t("selected", { count: selected.length })}</p>
              <RefreshOptionsFields disabled={results !== null} />
            </>
          )}
          {results !== null && <Progress done={done} total={selected.length} results={results} finished={finished} />}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" disabled={running} onClick={() => dialog.current?.close()}>
              {results === null && selected.length > 0 ? t("cancel") : t("close")}
            </Button>
            {selected.length > 0 && results === null && (
              <Button type="submit" autoFocus>
                {t("ok")}
              </Button>
            )}
          </div>
        </form>
      </dialog>
    </>
  );
}

function Progress({ done, total, results, finished }: { done: number; total: number; results: Item[]; finished: boolean }) {
  const t = useTranslations("refresh");
  const count = (kind: "ok" | "skipped" | "failed") => results.filter((r) => outcome(r) === kind).length;
  return (
    <div className="space-y-2">
      <div
        role="progressbar"
        aria-label={t("progressLabel")}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={t("progress", { done, total })}
        className="h-2 w-full overflow-hidden rounded bg-slate-200"
      >
        <div className="h-full bg-blue-700 transition-[width]" style={{ width: `${total ? (done / total) * 100 : 0}%` }} />
      </div>
      <p className="text-sm tabular-nums" data-testid="batch-refresh-progress">
        {t("progress", { done, total })}
      </p>
      <ol aria-label={t("results")} aria-live="polite" className="max-h-60 overflow-y-auto text-sm space-y-0.5">
        {results.map((r) => (
          <li key={r.no} data-result={outcome(r)} className={outcome(r) === "failed" ? "text-red-700" : ""}>
            <span aria-hidden="true">{outcome(r) === "ok" ? "✓" : outcome(r) === "skipped" ? "–" : "✗"}</span>{" "}
            <span className="font-medium">{r.no}</span>: {describe(r, t)}
          </li>
        ))}
      </ol>
      {finished && (
        <p role="status" className="text-sm font-medium">
          {t("summary", { ok: count("ok"), skipped: count("skipped"), failed: count("failed") })}
        </p>
      )}
    </div>
  );
}

function outcome(r: Item): "ok" | "skipped" | "failed" {
  return !r.ok ? "failed" : r.result.skipped ? "skipped" : "ok";
}

function describe(r: Item, t: ReturnType<typeof useTranslations<"refresh">>): string {
  if (!r.ok) return r.message;
  if (r.result.skipped) return t("resultSkipped");
  return t("resultOk", { lines: r.result.lines, components: r.result.components, routingLines: r.result.routingLines });
}
