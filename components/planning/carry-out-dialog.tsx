"use client";

import { useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { carryOutActionMessagesAction, type CarryOutLineView } from "@/lib/actions/planning";
import { Button } from "@/components/ui/button";

// PL-8 the Carry Out Action Message dialog: Firm Planned (default) or Planned, then each line's result.
export function CarryOutDialog() {
  const t = useTranslations("planning");
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [running, setRunning] = useState(false);
  const [results, setResults] = useState<CarryOutLineView[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setRunning(true);
    setMessage(null);
    const r = await carryOutActionMessagesAction({ status: new FormData(e.currentTarget).get("status") });
    setRunning(false);
    if (r.ok) setResults(r.data);
    else setMessage(r.message);
    router.refresh();
  }

  const failed = results?.filter((r) => !r.ok).length ?? 0;
  return (
    <>
      <Button
        onClick={() => {
          setResults(null);
          setMessage(null);
          dialog.current?.showModal();
        }}
      >
        {t("carryOut")}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby="carry-out-title"
        className="rounded-lg p-0 backdrop:bg-black/30 m-auto"
        onCancel={(e) => running && e.preventDefault()}
      >
        <form onSubmit={submit} className="p-4 space-y-3 w-[34rem] max-w-full">
          <h2 id="carry-out-title" className="font-semibold">
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
            <Button type="button" variant="secondary" disabled={running} onClick={() => dialog.current?.close()}>
              {results ? t("close") : t("cancel")}
            </Button>
            {!results && (
              <Button type="submit" disabled={running}>
                {t("ok")}
              </Button>
            )}
          </div>
        </form>
      </dialog>
    </>
  );
}
