"use client";

import { useEffect, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { calculateRegenerativePlanAction, planningProgressAction } from "@/lib/actions/planning";
import { ActionDialog, type ActionDialogHandle } from "@/components/ui/action-dialog";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";

type Progress = { status: string; itemsDone: number; itemsTotal: number; linesCount: number; error: string | null };
type Props = { defaultStart: string; defaultEnd: string };

// PL-2 the Calculate Regenerative Plan dialog: the request only starts the run; the dialog polls
// its progress (items planned of total) until it is done, then shows the new lines. While the
// run goes on the dialog stays open (Escape and Cancel do nothing).
export function CalculatePlanDialog(props: Props) {
  const t = useTranslations("planning");
  return (
    <ActionDialog label={t("calculate")} opener={{ variant: "primary" }} form={(dialog) => <CalculatePlanForm {...props} {...dialog} />} />
  );
}

function CalculatePlanForm({ defaultStart, defaultEnd, titleId, close, holdOpen }: Props & ActionDialogHandle) {
  const t = useTranslations("planning");
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const running = progress?.status === "RUNNING";

  useEffect(() => holdOpen(running), [running, holdOpen]);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(async () => {
      const r = await planningProgressAction();
      if (!r.ok || !r.data) return;
      setProgress(r.data);
      if (r.data.status !== "RUNNING") router.refresh();
    }, 500);
    return () => clearInterval(timer);
  }, [running, router]);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setErrors({});
    setMessage(null);
    const r = await calculateRegenerativePlanAction({
      startingDate: form.get("startingDate"),
      endingDate: form.get("endingDate"),
      itemFilter: form.get("itemFilter"),
    });
    if (!r.ok) {
      setErrors(r.fieldErrors);
      setMessage(r.message);
      return;
    }
    setProgress({ status: "RUNNING", itemsDone: 0, itemsTotal: 0, linesCount: 0, error: null });
  }

  return (
    <form onSubmit={submit} className="p-4 space-y-3 w-[30rem] max-w-full">
      <h2 id={titleId} className="font-semibold">
        {t("calculate")}
      </h2>
      <label className="flex flex-col text-sm">
        {t("startingDate")}
        <DateInput
          name="startingDate"
          defaultValue={defaultStart}
          aria-invalid={!!errors.startingDate}
          className="border rounded px-2 py-1"
        />
        {errors.startingDate && <span className="text-red-700 text-xs">{errors.startingDate.join(" ")}</span>}
      </label>
      <label className="flex flex-col text-sm">
        {t("endingDate")}
        <DateInput name="endingDate" defaultValue={defaultEnd} aria-invalid={!!errors.endingDate} className="border rounded px-2 py-1" />
        {errors.endingDate && <span className="text-red-700 text-xs">{errors.endingDate.join(" ")}</span>}
      </label>
      <label className="flex flex-col text-sm">
        {t("itemFilter")}
        <input name="itemFilter" className="border rounded px-2 py-1" aria-describedby={`${titleId}-item-filter-hint`} />
        <span id={`${titleId}-item-filter-hint`} className="text-xs text-slate-500">
          {t("itemFilterHint")}
        </span>
      </label>
      <div aria-live="polite" className="text-sm">
        {message && (
          <p role="alert" className="text-red-700">
            {message}
          </p>
        )}
        {progress?.status === "RUNNING" && (
          <p>
            {t("running", { done: progress.itemsDone, total: progress.itemsTotal })}
            <progress className="block w-full" max={progress.itemsTotal || 1} value={progress.itemsDone} />
          </p>
        )}
        {progress?.status === "DONE" && <p role="status">{t("done", { count: progress.linesCount })}</p>}
        {progress?.status === "FAILED" && (
          <p role="alert" className="text-red-700">
            {t("failed", { error: progress.error ?? "" })}
          </p>
        )}
      </div>
      <div className="flex justify-end gap-2">
        <Button type="button" variant="secondary" disabled={running} onClick={close}>
          {progress && !running ? t("close") : t("cancel")}
        </Button>
        {!progress && <Button type="submit">{t("ok")}</Button>}
      </div>
    </form>
  );
}
