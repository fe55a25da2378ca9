"use client";

import { DateInput } from "@/components/ui/date-input";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { GridRow } from "@/components/master-data/bom-editor/grid-rows";

// An editable lines grid (BOM lines, routing operations): add, remove and reorder rows; each
// cell shows its error beside it (`lines.<index>.<field>`). Rows are text as typed; the server
// validates and numbers them in the order shown.

export type GridColumn = {
  key: string;
  label: string;
  kind?: "text" | "decimal" | "date" | "select";
  options?: { value: string; label: string }[];
  width?: string;
  maxLength?: number;
};

export function LineGrid({
  caption,
  columns,
  rows,
  onChange,
  fieldErrors,
  emptyRow,
  readOnly = false,
}: {
  caption: string;
  columns: GridColumn[];
  rows: GridRow[];
  onChange: (rows: GridRow[]) => void;
  fieldErrors: Record<string, string[]>;
  emptyRow: () => GridRow;
  readOnly?: boolean;
}) {
  const t = useTranslations("bomEditor");
  const set = (i: number, patch: Record<string, string>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...rows];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    onChange(next);
  };
  const rowError = fieldErrors["lines"];
  return (
    <div className="space-y-2">
      {rowError && (
        <p role="alert" className="text-sm text-red-700">
          {rowError.join(" ")}
        </p>
      )}
      <div className="relative overflow-x-auto">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50 text-left">
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col" className="px-2 py-1 font-medium text-slate-700 whitespace-nowrap">
                  {c.label}
                </th>
              ))}
              {!readOnly && (
                <th scope="col">
                  <span className="sr-only">{t("grid.actions")}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns.length + 1} className="px-2 py-3 text-slate-500">
                  {t("grid.empty")}
                </td>
              </tr>
            )}
            {rows.map((row, i) => (
              <tr key={row.key} className="border-t border-slate-100 align-top" data-testid="grid-row">
                {columns.map((c) => {
                  const errorKey = `lines.${i}.${c.key}`;
                  const errors = fieldErrors[errorKey];
                  const common = {
                    "aria-label": t("grid.cell", { field: c.label, n: i + 1 }),
                    "aria-invalid": errors ? true : undefined,
                    "aria-describedby": `cell-${i}-${c.key}-error`,
                    disabled: readOnly,
                    className: `${inputClass} ${c.width ?? "w-28"}`,
                  };
                  return (
                    <td key={c.key} className="px-1 py-1">
                      {c.kind === "select" ? (
                        <select {...common} value={row[c.key] ?? ""} onChange={(e) => set(i, { [c.key]: e.target.value })}>
                          {c.options?.map((o) => (
                            <option key={o.value} value={o.value}>
                              {o.label}
                            </option>
                          ))}
                        </select>
                      ) : c.kind === "date" ? (
                        <DateInput {...common} value={row[c.key] ?? ""} onChange={(e) => set(i, { [c.key]: e.target.value })} />
                      ) : (
                        <input
                          {...common}
                          type="text"
                          inputMode={c.kind === "decimal" ? "decimal" : undefined}
                          maxLength={c.maxLength}
                          value={row[c.key] ?? ""}
                          onChange={(e) => set(i, { [c.key]: e.target.value })}
                        />
                      )}
                      <p
                        id={`cell-${i}-${c.key}-error`}
                        aria-live="polite"
                        className="text-xs text-red-700 max-w-56 whitespace-normal"
                        data-field-error={errorKey}
                      >
                        {errors?.join(" ")}
                      </p>
                    </td>
                  );
                })}
                {!readOnly && (
                  <td className="px-1 py-1 whitespace-nowrap">
                    <Button
                      type="button"
                      variant="ghost"
                      disabled={i === 0}
                      onClick={() => move(i, -1)}
                      aria-label={t("grid.moveUp", { n: i + 1 })}
                    >
                      ↑
                    </Button>
                    <Button
                      type="button"
                      variant="ghost"
                      disabled={i === rows.length - 1}
                      onClick={() => move(i, 1)}
                      aria-label={t("grid.moveDown", { n: i + 1 })}
                    >
                      ↓
                    </Button>
                    <Button
                      type="button"
                      variant="ghost"
                      onClick={() => onChange(rows.filter((_, j) => j !== i))}
                      aria-label={t("grid.remove", { n: i + 1 })}
                    >
                      ✕
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!readOnly && (
        <Button type="button" variant="secondary" onClick={() => onChange([...rows, emptyRow()])}>
          {t("grid.add")}
        </Button>
      )}
    </div>
  );
}
