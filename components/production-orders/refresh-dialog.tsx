"use client";

import { useActionState, useEffect, useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { refreshProductionOrderAction, type RefreshCounts } from "@/lib/actions/refresh";
import type { ActionResult } from "@/lib/actions/run-action";
import { Button } from "@/components/ui/button";
import { ActionDialog } from "@/components/ui/action-dialog";

type Props = { id: number; version: number; status: string; no: string };

// "Refresh Production Order" on the card (RF-1), in the card's action dialog (ActionDialog:
// each opening starts with the defaults and without the last result).
export function RefreshOrderDialog(props: Props) {
  const t = useTranslations("refresh");
  return (
    <ActionDialog
      label={t("refresh")}
      opener={{ "data-tell-me-action": "refresh" }}
      form={({ titleId, close }) => <RefreshForm {...props} titleId={titleId} close={close} />}
    />
  );
}

function RefreshForm({ id, version, no, titleId, close }: Props & { titleId: string; close: () => void }) {
  const t = useTranslations("refresh");
  const f = useFormatter();
  const date = (iso: string) =>
    f.dateTime(new Date(`${iso}T00:00:00Z`), { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" });
  const router = useRouter();
  const [state, action, pending] = useActionState<ActionResult<RefreshCounts> | null, FormData>(refreshProductionOrderAction, null);
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!state) return;
    message.current?.focus();
    if (state.ok) router.refresh();
  }, [state, router]);
  const done = state?.ok === true;
  return (
    <form action={action} className="p-4 space-y-3 w-[28rem] max-w-full">
      <h2 id={titleId} className="font-semibold">
        {t("title")}
      </h2>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <RefreshOptionsFields disabled={pending || done} />
      {state && !state.ok && (
        <p ref={message} tabIndex={-1} role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      )}
      {state?.ok && (
        <p
          ref={message}
          tabIndex={-1}
          role="status"
          className="rounded bg-green-50 border border-green-200 px-3 py-2 text-sm text-green-800"
        >
          {state.data.skipped
            ? t("skipped", { no })
            : t("refreshed", { no, lines: state.data.lines, components: state.data.components, routingLines: state.data.routingLines })}
          {!state.data.skipped && state.data.dueDateMoved && (
            <span className="block mt-1 font-medium" data-testid="due-date-moved">
              {t("dueDateMoved", { from: date(state.data.dueDateMoved.from), to: date(state.data.dueDateMoved.to) })}
            </span>
          )}
        </p>
      )}
      {pending && (
        <p role="status" className="text-sm text-slate-600">
          {t("running")}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button type="button" variant="secondary" onClick={close}>
          {done ? t("close") : t("cancel")}
        </Button>
        {!done && (
          <Button type="submit" disabled={pending}>
            {t("ok")}
          </Button>
        )}
      </div>
    </form>
  );
}

/**
 * RF-1's options. The visible checkboxes have no name: hidden inputs post every option as
 * "true"/"false", because a disabled (forced) checkbox would not be posted at all.
 */
export function RefreshOptionsFields({ disabled = false }: { disabled?: boolean }) {
  const t = useTranslations("refresh");
  const te = useTranslations("orderEdit");
  const uid = useId();
  const [direction, setDirection] = useState<"BACK" | "FORWARD">("BACK");
  const [calc, setCalc] = useState({ calcLines: true, calcRoutings: true, calcComponents: true });
  const forced = calc.calcLines;
  const box = (key: keyof typeof calc, isForced: boolean) => (
    <label className="flex items-center gap-2 text-sm text-slate-700">
      <input
        type="checkbox"
        className="h-4 w-4"
        checked={calc[key] || isForced}
        disabled={disabled || isForced}
        aria-describedby={isForced ? `${uid}-forced` : undefined}
        onChange={(e) => setCalc((c) => ({ ...c, [key]: e.target.checked }))}
      />
      {t(key)}
      <input type="hidden" name={key} value={String(calc[key] || isForced)} />
    </label>
  );
  return (
    <>
      <fieldset className="space-y-1" disabled={disabled}>
        <legend className="text-sm font-medium text-slate-700">{t("direction")}</legend>
        {(["BACK", "FORWARD"] as const).map((d) => (
          <label key={d} className="mr-4 inline-flex items-center gap-2 text-sm text-slate-700">
            <input type="radio" name="direction" value={d} checked={direction === d} onChange={() => setDirection(d)} className="h-4 w-4" />
            {t(d === "BACK" ? "back" : "forward")}
          </label>
        ))}
      </fieldset>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-700">{t("calculate")}</legend>
        {box("calcLines", false)}
        {box("calcRoutings", forced)}
        {box("calcComponents", forced)}
        {forced && (
          <p id={`${uid}-forced`} className="text-xs text-slate-500">
            {t("linesForce")}
          </p>
        )}
      </fieldset>
      {forced && (
        <p
          role="note"
          className="rounded bg-amber-50 border border-amber-300 px-3 py-2 text-sm text-amber-900"
          data-testid="refresh-replaces"
        >
          {te("refreshReplaces")}
        </p>
      )}
    </>
  );
}
