"use client";

import { useEffect, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { carryOutActionMessagesAction, type CarryOutLineView } from "@/lib/actions/planning";
import { ActionDialog, type ActionDialogHandle } from "@/components/ui/action-dialog";
import { Button } from "@/components/ui/button";

// PL-8 the Carry Out Action Message dialog: Firm Planned (default) or Planned, then each line's
// result. While it carries out, the dialog stays open (Escape and Cancel do nothing).
export function CarryOutDialog() {
  const t = useTranslations("planning");
  return <ActionDialog label={t("carryOut")} opener={{ variant: "primary" }} form={(dialog) => <CarryOutForm {...dialog} />} />;
}

function CarryOutForm({ titleId, close, holdOpen }: ActionDialogHandle) {
  const t = useTranslations("planning");
  const router = useRouter();
  const [running, setRunning] = useState(false);
  const [results, setResults] = useState<CarryOutLineView[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => holdOpen(running), [running, holdOpen]);

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
