"use client";

import { useActionState, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { changeStatusAction } from "@/lib/actions/change-status";
import type { ActionResult } from "@/lib/actions/run-action";
import { orderPath } from "@/lib/domain/production-order/slugs";
import { allowedTransitions, isProdOrderStatus, proposedNextStatus, type ProdOrderStatus } from "@/lib/domain/production-order/status";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { StatusErrorText } from "@/components/production-orders/status-error-text";
import { placeRefusal } from "@/components/production-orders/status-refusal";

type Changed = { status: ProdOrderStatus; no: string; oldNo: string };

// ST-1 … ST-4: BC's Change Status dialog. It offers only what the transition table allows and
// proposes the next status; the server action asks the table again. On success the order has a
// new status and maybe a new No. (ST-3), so the dialog navigates to where the order now is.
export function ChangeStatusDialog({ id, version, status, no }: { id: number; version: number; status: string; no: string }) {
  const t = useTranslations("changeStatus");
  const to = useTranslations("orders");
  const tc = useTranslations("common");
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const from = isProdOrderStatus(status) ? status : "FINISHED";
  const targets = allowedTransitions(from);
  const [target, setTarget] = useState<ProdOrderStatus>(proposedNextStatus(from) ?? targets[0] ?? from);
  const [state, action, pending] = useActionState<ActionResult<Changed> | null, FormData>(async (prev, fd) => {
    const r = (await changeStatusAction(prev, fd)) as ActionResult<Changed>;
    if (r.ok) {
      dialog.current?.close();
      router.push(orderPath(r.data.status, r.data.no));
    }
    return r;
  }, null);
  if (targets.length === 0) return null;
  const askConfirm = state && !state.ok && state.code === "CONFIRM_NO_OUTPUT" && target === "FINISHED";
  const refusal = placeRefusal(state, Boolean(askConfirm));
  const today = new Date().toISOString().slice(0, 10);

  return (
    <>
      <Button variant="secondary" data-tell-me-action="changeStatus" onClick={() => dialog.current?.showModal()}>
        {t("action")}
      </Button>
      <dialog ref={dialog} aria-labelledby="change-status-title" className="rounded-lg p-0 backdrop:bg-black/30 m-auto w-full max-w-md">
        <form action={action} className="p-4 space-y-3" noValidate>
          <h2 id="change-status-title" className="font-semibold">
            {t("title")}
          </h2>
          <p className="text-sm text-slate-600">{t("intro", { no })}</p>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          {askConfirm && <input type="hidden" name="confirmNoOutput" value="on" />}
          <TextField name="currentStatus" label={t("currentStatus")} value={to(`status.${from}`)} readOnly disabled />
          <SelectField
            name="newStatus"
            label={t("newStatus")}
            value={target}
            onChange={(e) => setTarget(e.target.value as ProdOrderStatus)}
            errors={refusal.underNewStatus}
            options={targets.map((s) => ({ value: s, label: to(`status.${s}`) }))}
          />
          {target === "FINISHED" && <TextField name="finishedDate" type="date" label={t("finishedDate")} value={today} readOnly disabled />}
          {state && !state.ok && refusal.inAlert && (
            <p
              role="alert"
              className={`text-sm rounded px-3 py-2 ${askConfirm ? "bg-amber-50 border border-amber-300 text-amber-900" : "bg-red-50 border border-red-200 text-red-800"}`}
            >
              <StatusErrorText result={state} no={no} from={to(`status.${from}`)} to={to(`status.${target}`)} />
            </p>
          )}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              {tc("cancel")}
            </Button>
            <Button type="submit" disabled={pending} autoFocus>
              {pending ? t("working") : askConfirm ? t("finishAnyway") : t("ok")}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
