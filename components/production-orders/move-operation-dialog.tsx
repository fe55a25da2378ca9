"use client";

import { useEffect, useId, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { moveOperationAction, previewMoveOperationAction } from "@/lib/actions/order-edit";
import type { ActionResult } from "@/lib/actions/run-action";
import type { TimelineOperation } from "@/lib/domain/scheduling/timeline-geometry";
import type { OrderDates, RoutingLineChangePreview } from "@/lib/services/production-orders/edit/preview-routing-line-change";
import { inputClass } from "@/components/ui/field";

// The confirm step of the timeline's drag (issue 23 item 3): the order as the save would leave
// it (the save's own code, rolled back: previewRoutingLineChange), dates before → after, and
// Save. The Starting Date-Time can be typed here too (the keyboard's way); every change asks for
// a new preview, and an answer to an older question is dropped.

const typed = (ms: number) => new Date(ms).toISOString().slice(0, 16);

export function MoveOperationDialog({
  order,
  operation,
  start,
  onClose,
}: {
  order: { orderId: number; version: number };
  operation: TimelineOperation;
  start: number;
  onClose: () => void;
}) {
  const t = useTranslations("refresh.timeline");
  const fmt = useFormatter();
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const fieldId = useId();
  const [value, setValue] = useState(typed(start));
  const [preview, setPreview] = useState<{ value: string; result: ActionResult<RoutingLineChangePreview> } | null>(null);
  const [saveResult, setSaveResult] = useState<ActionResult<unknown> | null>(null);
  const [saving, startSaving] = useTransition();
  const asked = useRef(0);

  const form = (startingDateTime: string) => ({
    id: String(order.orderId),
    version: String(order.version),
    routingLineId: String(operation.id),
    startingDateTime,
  });

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);
  useEffect(() => {
    const n = ++asked.current;
    void previewMoveOperationAction(null, form(value)).then((result) => {
      if (n === asked.current) setPreview({ value, result });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one question per typed value
  }, [value]);

  const save = () =>
    startSaving(async () => {
      const r = await moveOperationAction(null, form(value));
      setSaveResult(r);
      if (r.ok) {
        router.refresh();
        dialog.current?.close();
      }
    });
  const current = preview?.value === value ? preview.result : null;
  const error = saveResult && !saveResult.ok ? saveResult : current && !current.ok ? current : null;
  const dt = (iso: string | null) =>
    iso
      ? fmt.dateTime(new Date(iso), {
          year: "numeric",
          month: "2-digit",
          day: "2-digit",
          hour: "2-digit",
          minute: "2-digit",
          timeZone: "UTC",
        })
      : "";
  const d = (iso: string | null) =>
    iso ? fmt.dateTime(new Date(`${iso}T00:00:00Z`), { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" }) : "";

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      className="rounded-lg p-0 backdrop:bg-black/30 m-auto text-left font-normal"
      data-testid="move-operation-dialog"
    >
      <form
        className="p-4 space-y-3 w-[40rem] max-w-full text-sm"
        onSubmit={(e) => {
          e.preventDefault();
          if (current?.ok && !saving) save();
        }}
      >
        <h2 id={titleId} className="font-semibold">
          {t("moveTitle", { operation: operation.operationNo, line: operation.lineNo })}
        </h2>
        <p className="text-slate-700">{t("moveIntro")}</p>
        <div className="flex flex-col gap-1">
          <label htmlFor={fieldId} className="font-medium">
            {t("startingDateTime")}
          </label>
          <input
            id={fieldId}
            name="startingDateTime"
            type="datetime-local"
            step={900}
            value={value}
            onChange={(e) => e.target.value && setValue(e.target.value)}
            autoFocus
            aria-invalid={error?.fieldErrors?.startingDateTime ? true : undefined}
            aria-describedby={`${fieldId}-error`}
            className={`${inputClass} w-56`}
          />
          <span id={`${fieldId}-error`} aria-live="polite" className="text-xs text-red-700">
            {error?.fieldErrors?.startingDateTime?.join(" ")}
          </span>
        </div>
        {!current && (
          <p role="status" className="text-slate-600">
            {t("previewLoading")}
          </p>
        )}
        {error && !error.fieldErrors?.startingDateTime && (
          <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-1 text-red-800">
            {error.message}
          </p>
        )}
        {current?.ok && <Changes preview={current.data} dt={dt} d={d} />}
        <div className="flex justify-end gap-2">
          <button
            type="submit"
            disabled={!current?.ok || saving}
            className="rounded bg-blue-700 px-3 py-1 text-white disabled:opacity-50"
            data-testid="move-operation-save"
          >
            {t("save")}
          </button>
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-50"
          >
            {t("cancel")}
          </button>
        </div>
      </form>
    </dialog>
  );
}

function Changes({
  preview,
  dt,
  d,
}: {
  preview: RoutingLineChangePreview;
  dt: (iso: string | null) => string;
  d: (iso: string | null) => string;
}) {
  const t = useTranslations("refresh.timeline");
  const rows: { key: string; label: string; before: string; after: string }[] = [
    { key: "start", label: t("orderStarting"), before: dt(preview.before.startingDateTime), after: dt(preview.after.startingDateTime) },
    { key: "end", label: t("orderEnding"), before: dt(preview.before.endingDateTime), after: dt(preview.after.endingDateTime) },
    { key: "due", label: t("orderDue"), before: d(preview.before.dueDate), after: d(preview.after.dueDate) },
    ...operationRows(preview.before, preview.after).flatMap(([b, a]) => [
      {
        key: `s${a.id}`,
        label: t("operationStarting", { line: preview.lineNo, operation: a.operationNo }),
        before: dt(b?.startingDateTime ?? null),
        after: dt(a.startingDateTime),
      },
      {
        key: `e${a.id}`,
        label: t("operationEnding", { line: preview.lineNo, operation: a.operationNo }),
        before: dt(b?.endingDateTime ?? null),
        after: dt(a.endingDateTime),
      },
    ]),
  ];
  return (
    <table className="w-full text-sm" data-testid="move-operation-changes">
      <caption className="sr-only">{t("changesCaption")}</caption>
      <thead className="bg-slate-50 text-left">
        <tr>
          <th scope="col" className="px-2 py-1 font-medium">
            {t("date")}
          </th>
          <th scope="col" className="px-2 py-1 font-medium">
            {t("before")}
          </th>
          <th scope="col" className="px-2 py-1 font-medium">
            {t("after")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr
            key={r.key}
            className={`border-t border-slate-100 ${r.before !== r.after ? "bg-amber-50" : ""}`}
            data-changed={r.before !== r.after}
          >
            <th scope="row" className="px-2 py-1 text-left font-normal">
              {r.label}
            </th>
            <td className="px-2 py-1 tabular-nums">{r.before}</td>
            <td className="px-2 py-1 tabular-nums font-medium">{r.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const operationRows = (before: OrderDates, after: OrderDates) =>
  after.operations.map((a) => [before.operations.find((b) => b.id === a.id), a] as const);
