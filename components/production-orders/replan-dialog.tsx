"use client";

import { startTransition, useActionState, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { replanAction } from "@/lib/actions/replan";
import type { ActionResult } from "@/lib/actions/run-action";
import { REPLAN_PLANS } from "@/lib/domain/replan/plan-levels";
import type { ReplanResult } from "@/lib/services/production-orders/replan";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { ReplanResultList } from "@/components/production-orders/replan-result";

// RP-1 … RP-3: BC's Replan Production Order request page — Scheduling Direction and Plan — then
// what it created and deleted. The form carries the version the card was read at.
export function ReplanDialog({ id, version, status, no }: { id: number; version: number; status: string; no: string }) {
  const t = useTranslations("replan");
  const tc = useTranslations("common");
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  // React resets a form after its `action` ran (a <select> back to its first option, whatever its
  // state), which put Direction and Plan back to their defaults beside the result of the chosen
  // ones. So the form submits through onSubmit and dispatches the action itself: no reset.
  const [direction, setDirection] = useState("BACK");
  const [plan, setPlan] = useState("NO_LEVELS");
  const [state, action, pending] = useActionState<ActionResult<ReplanResult> | null, FormData>(async (prev, fd) => {
    const r = (await replanAction(prev, fd)) as ActionResult<ReplanResult>;
    if (r.ok) router.refresh();
    return r;
  }, null);
  if (status === "FINISHED") return null;
  const errors = state && !state.ok ? state.fieldErrors : {};

  return (
    <>
      <Button variant="secondary" data-tell-me-action="replan" onClick={() => dialog.current?.showModal()}>
        {t("action")}
      </Button>
      <dialog ref={dialog} aria-labelledby="replan-title" className="rounded-lg p-0 backdrop:bg-black/30 m-auto w-full max-w-lg">
        <form
          className="p-4 space-y-3"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const fd = new FormData(e.currentTarget);
            startTransition(() => action(fd));
          }}
        >
          <h2 id="replan-title" className="font-semibold">
            {t("title")}
          </h2>
          <p className="text-sm text-slate-600">{t("intro", { no })}</p>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <SelectField
            name="direction"
            label={t("direction")}
            value={direction}
            onChange={(e) => setDirection(e.target.value)}
            errors={errors.direction}
            options={["BACK", "FORWARD"].map((d) => ({ value: d, label: t(`directions.${d}`) }))}
          />
          <SelectField
            name="plan"
            label={t("plan")}
            value={plan}
            onChange={(e) => setPlan(e.target.value)}
            errors={errors.plan}
            hint={t("planHint")}
            options={REPLAN_PLANS.map((p) => ({ value: p, label: t(`plans.${p}`) }))}
          />
          {state && !state.ok && (
            <p role="alert" className="text-sm rounded px-3 py-2 bg-red-50 border border-red-200 text-red-800">
              {state.code === "REPLAN_TOO_DEEP" ? t("errors.REPLAN_TOO_DEEP") : state.message}
            </p>
          )}
          {state?.ok && <ReplanResultList result={state.data} />}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              {state?.ok ? tc("close") : tc("cancel")}
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? t("working") : t("ok")}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
