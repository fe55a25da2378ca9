"use client";

import { useEffect, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { carryOutActionMessagesAction, carryOutProgressAction, type CarryOutLineView } from "@/lib/actions/planning";
import { ActionDialog, type ActionDialogHandle } from "@/components/ui/action-dialog";
import { Button } from "@/components/ui/button";

// PL-8 the Carry Out Action Message dialog: Firm Planned (default) or Planned. The request only
// starts the carry-out; the dialog polls its run (lines carried out of total) as Calculate does,
// then shows each line's result. While it carries out, the dialog stays open (Escape and Cancel
// do nothing).
export function CarryOutDialog() {
  const t = useTranslations("planning");
  return <ActionDialog label={t("carryOut")} opener={{ variant: "primary" }} form={(dialog) => <CarryOutForm {...dialog} />} />;
}

function CarryOutForm({ titleId, close, holdOpen }: ActionDialogHandle) {
  const t = useTranslations("planning");
  const router = useRouter();
  const [starting, setStarting] = useState(false);
  const [runId, setRunId] = useState<number | null>(null);
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [results, setResults] = useState<CarryOutLineView[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const running = starting || runId !== null;

  useEffect(() => holdOpen(running), [running, holdOpen]);
  useEffect(() => {
    if (runId === null) return;
    const timer = setInterval(async () => {
      const r = await carryOutProgressAction();
      if (!r.ok || !r.data || r.data.id !== runId) return;
      setProgress({ done: r.data.linesDone, total: r.data.linesTotal });
      if (r.data.status === "RUNNING") return;
      setRunId(null);
      if (r.data.status === "DONE") setResults(r.data.results ?? []);
      else setMessage(t("carryOutFailed", { error: r.data.error ?? "" }));
      router.refresh();
    }, 500);
    return () => clearInterval(timer);
  }, [runId, router, t]);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setStarting(true);
    setMessage(null);
    const r = await carryOutActionMessagesAction({ status: new FormData(e.currentTarget).get("status") });
    setStarting(false);
    if (!r.ok) setMessage(r.message);
    else if (r.data.runId === null) setResults([]);
    else setRunId(r.data.runId);
  }

  const failed = results?.filter((r) => !r.ok).length ?? 0;
  return (
    <form onSubmit={submit} className="p-4 space-y-3 w-[34rem] max-w-full">
      <h2 id={titleId} className="font-semibold">
        {t("carryOutTitle")}
      </h2>
      <p className="text-sm text-slate-600">{t("carryOutHint")}</p>
      <label className="flex flex-col text-sm">
        {t("newStatus")}
        <select name="status" defaultValue="FIRM_PLANNED" disabled={results !== null || running} className="border rounded px-2 py-1">
          <option value="FIRM_PLANNED">{t("FIRM_PLANNED")}</option>
          <option value="PLANNED">{t("PLANNED")}</option>
        </select>
      </label>
      <div aria-live="polite" className="text-sm max-h-64 overflow-y-auto">
        {message && (
          <p role="alert" className="text-red-700">
            {message}
          </p>
        )}
        {runId !== null && (
          <p>
            {t("carryingOut", { done: progress.done, total: progress.total })}
            <progress className="block w-full" max={progress.total || 1} value={progress.done} />
          </p>
        )}
        {results && (
          <>
            <p role="status">{t("carriedOut", { count: results.length - failed, failed })}</p>
            <ul>
              {results.map((r) => (
                <li key={r.lineNo} className={r.ok ? "" : "text-red-700"}>
                  {r.ok
                    ? t("lineResultOk", { lineNo: r.lineNo, item: r.itemNo, order: `${t(r.actionMessage)} ${r.orderNo ?? ""}` })
                    : t("lineResultFailed", { lineNo: r.lineNo, item: r.itemNo, message: r.message ?? "" })}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div className="flex justify-end gap-2">
        <Button type="button" variant="secondary" disabled={running} onClick={close}>
          {results ? t("close") : t("cancel")}
        </Button>
        {!results && (
          <Button type="submit" disabled={running}>
            {t("ok")}
          </Button>
        )}
      </div>
    </form>
  );
}
