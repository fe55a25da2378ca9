"use client";

import { useId, useRef, useState, useTransition, type KeyboardEvent, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/run-action";
import { inputClass } from "@/components/ui/field";

// A card subpage whose rows change in place (issue 23 item 1): "Change" turns a row into fields,
// Enter saves, Escape cancels; "New" adds a row at the end; errors stand beside their field.
// The fields sit in the table's cells and belong to one <form> in the row's last cell (the
// form attribute), so the table stays a table. Every save posts the version the page was read
// at; after a save the page is read again, with the new version.

const WRAP = { none: "whitespace-nowrap", text: "min-w-[8rem] max-w-[16rem]", dateTime: "min-w-[5.5rem]" } as const;

type Action = (prev: unknown, input: FormData) => Promise<ActionResult<unknown>>;

export type EditField = {
  name: string;
  kind: "text" | "decimal" | "date" | "select";
  options?: { value: string; label: string }[];
  size?: number;
};
export type EditColumn = {
  key: string;
  label: string;
  align?: "right";
  /** The column wraps instead of widening the table: long text, or a date-time (date over time). */
  wrap?: "text" | "dateTime";
  edit?: EditField;
  /** Editable only on a new row (Operation No.). */
  editOnAdd?: EditField;
};
export type EditRow = {
  key: string;
  /** Names the row in button labels: "line 10000", "operation 20". */
  label: string;
  cells: Record<string, ReactNode>;
  values: Record<string, string>;
  /** Hidden keys the row's change and delete post (componentId, routingLineId, orderLineId). */
  ids: Record<string, string>;
  current?: boolean;
};

type Props = {
  caption: string;
  empty: string;
  columns: EditColumn[];
  rows: EditRow[];
  order: { id: number; version: number };
  editable: boolean;
  change?: Action;
  remove?: Action;
  add?: { action: Action; ids: Record<string, string>; defaults: Record<string, string>; label: string };
  testId?: string;
};

export function InlineEditTable(p: Props) {
  const t = useTranslations("orderEdit");
  const router = useRouter();
  const uid = useId();
  const [editing, setEditing] = useState<string | null>(null);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, start] = useTransition();
  const status = useRef<HTMLParagraphElement>(null);
  const actions = p.editable && (p.change || p.remove);

  const run = (action: Action, fd: FormData, after?: () => void) =>
    start(async () => {
      const r = await action(null, fd);
      setResult(r);
      if (r.ok) {
        setEditing(null);
        after?.();
        router.refresh();
      }
      status.current?.focus();
    });
  const open = (key: string | null) => {
    setResult(null);
    setEditing(key);
  };
  const errorsOf = (name: string) => (result && !result.ok ? result.fieldErrors[name] : undefined);
  const formId = (key: string) => `${uid}-form-${key}`;
  const onKey = (e: KeyboardEvent) => {
    if (e.key === "Escape") {
      e.preventDefault();
      open(null);
    }
  };

  const field = (f: EditField, label: string, value: string, form: string, first: boolean) => {
    const errors = errorsOf(f.name);
    const errorId = `${form}-${f.name}-error`;
    const common = {
      form,
      name: f.name,
      "aria-label": label,
      "aria-invalid": errors?.length ? true : undefined,
      "aria-describedby": errorId,
      defaultValue: value,
      autoFocus: first,
      onKeyDown: onKey,
      disabled: pending,
      className: `${inputClass} py-0.5 px-1 ${f.kind === "decimal" ? "text-right" : ""}`,
    } as const;
    return (
      <div className="flex flex-col gap-0.5">
        {f.kind === "select" ? (
          <select {...common}>
            {f.options?.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : (
          <input
            {...common}
            type={f.kind === "date" ? "date" : "text"}
            inputMode={f.kind === "decimal" ? "decimal" : undefined}
            size={f.size ?? (f.kind === "decimal" ? 7 : 10)}
          />
        )}
        <span id={errorId} aria-live="polite" className="text-xs text-red-700 whitespace-normal" data-field-error={f.name}>
          {errors?.join(" ")}
        </span>
      </div>
    );
  };

  const editCells = (row: { key: string; values: Record<string, string> }, isNew: boolean) => {
    let first = true;
    return p.columns.map((c) => {
      const f = c.edit ?? (isNew ? c.editOnAdd : undefined);
      const content = f ? field(f, c.label, row.values[f.name] ?? "", formId(row.key), first) : null;
      if (f) first = false;
      return (
        <td key={c.key} className={`px-1 py-1 align-top ${c.align === "right" ? "text-right" : ""}`}>
          {content ?? (isNew ? null : rowCells(row.key)?.[c.key])}
        </td>
      );
    });
  };
  const rowCells = (key: string) => p.rows.find((r) => r.key === key)?.cells;

  const saveCell = (key: string, ids: Record<string, string>, action: Action, label: string) => (
    <td className="px-1 py-1 align-top whitespace-nowrap">
      <form
        id={formId(key)}
        onSubmit={(e) => {
          e.preventDefault();
          run(action, new FormData(e.currentTarget));
        }}
        className="inline-flex gap-1"
      >
        <input type="hidden" name="id" value={p.order.id} />
        <input type="hidden" name="version" value={p.order.version} />
        {Object.entries(ids).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-blue-700 px-2 py-0.5 text-xs text-white disabled:opacity-50"
          aria-label={t("saveRow", { row: label })}
        >
          {t("save")}
        </button>
        <button
          type="button"
          onClick={() => open(null)}
          className="rounded border border-slate-300 px-2 py-0.5 text-xs"
          aria-label={t("cancelRow", { row: label })}
        >
          {t("cancel")}
        </button>
      </form>
    </td>
  );

  return (
    <div className="space-y-2" data-testid={p.testId}>
      <p ref={status} tabIndex={-1} role={result && !result.ok ? "alert" : "status"} className={result ? "" : "sr-only"}>
        {result && !result.ok && (
          <span className="block rounded bg-red-50 border border-red-200 px-3 py-1 text-sm text-red-800">{result.message}</span>
        )}
        {result?.ok && (
          <span className="block rounded bg-green-50 border border-green-200 px-3 py-1 text-sm text-green-800">{t("saved")}</span>
        )}
      </p>
      <div className="relative overflow-x-auto" tabIndex={0}>
        <table className="min-w-full text-sm">
          <caption className="sr-only">{p.caption}</caption>
          <thead className="bg-slate-50 text-left align-bottom">
            <tr>
              {p.columns.map((c) => (
                <th key={c.key} scope="col" className={`px-1.5 py-1 font-medium text-slate-700 ${c.align === "right" ? "text-right" : ""}`}>
                  {c.label}
                </th>
              ))}
              {actions && (
                <th scope="col" className="px-2 py-1">
                  <span className="sr-only">{t("rowActions")}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {p.rows.length === 0 && editing !== "new" && (
              <tr>
                <td colSpan={p.columns.length + (actions ? 1 : 0)} className="px-2 py-3 text-slate-500">
                  {p.empty}
                </td>
              </tr>
            )}
            {p.rows.map((r) =>
              editing === r.key && p.change ? (
                <tr key={r.key} className="border-t border-slate-100 bg-amber-50" data-editing="true">
                  {editCells(r, false)}
                  {saveCell(r.key, r.ids, p.change, r.label)}
                </tr>
              ) : (
                <tr
                  key={r.key}
                  aria-current={r.current ? "true" : undefined}
                  className={`border-t border-slate-100 ${r.current ? "bg-blue-50" : ""}`}
                >
                  {p.columns.map((c) => (
                    <td
                      key={c.key}
                      className={`px-1.5 py-1 ${WRAP[c.wrap ?? "none"]} ${c.align === "right" ? "text-right tabular-nums" : ""}`}
                    >
                      {r.cells[c.key]}
                    </td>
                  ))}
                  {actions && (
                    <td className="px-1 py-1 whitespace-nowrap">
                      {p.change && (
                        <button
                          type="button"
                          onClick={() => open(r.key)}
                          disabled={pending}
                          className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100"
                          aria-label={t("changeRow", { row: r.label })}
                        >
                          {t("change")}
                        </button>
                      )}
                      {p.remove && (
                        <button
                          type="button"
                          disabled={pending}
                          className="ml-1 rounded border border-red-300 px-2 py-0.5 text-xs text-red-800 hover:bg-red-50"
                          aria-label={t("deleteRow", { row: r.label })}
                          onClick={() => {
                            if (!window.confirm(t("confirmDelete", { row: r.label }))) return;
                            const fd = new FormData();
                            fd.set("id", String(p.order.id));
                            fd.set("version", String(p.order.version));
                            for (const [k, v] of Object.entries(r.ids)) fd.set(k, v);
                            run(p.remove!, fd);
                          }}
                        >
                          {t("remove")}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ),
            )}
            {editing === "new" && p.add && (
              <tr className="border-t border-slate-100 bg-amber-50" data-editing="true">
                {editCells({ key: "new", values: p.add.defaults }, true)}
                {saveCell("new", p.add.ids, p.add.action, p.add.label)}
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {p.editable && p.add && editing !== "new" && (
        <button
          type="button"
          onClick={() => open("new")}
          disabled={pending}
          className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100"
        >
          {p.add.label}
        </button>
      )}
    </div>
  );
}
