"use client";

import { DateInput } from "@/components/ui/date-input";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

// An editable grid of sub-records (lines, holidays, units …). The rows travel as JSON in one
// hidden field; a row's error arrives as `<grid>.<index>.<column>` and is shown in its cell.

export type GridValue = string | boolean;
export type GridRow = { key: string } & Record<string, GridValue>;
export type GridColumn = {
  name: string;
  label: string;
  type?: "text" | "number" | "date" | "time" | "select" | "checkbox";
  options?: { value: string; label: string }[];
  width?: string;
  maxLength?: number;
  list?: string;
};

let counter = 0;
export const newRowKey = () => `new-${++counter}`;

export function rowsJson(rows: GridRow[]): string {
  return JSON.stringify(rows.map(({ key: _key, ...values }) => values));
}

export function RowsGrid({
  grid,
  caption,
  columns,
  rows,
  onChange,
  fieldErrors,
  emptyRow,
  testId,
}: {
  grid: string;
  caption: string;
  columns: GridColumn[];
  rows: GridRow[];
  onChange: (rows: GridRow[]) => void;
  fieldErrors: Record<string, string[]>;
  emptyRow: () => Record<string, GridValue>;
  testId?: string;
}) {
  const t = useTranslations("masterDataForms");
  const set = (i: number, name: string, value: GridValue) => onChange(rows.map((r, j) => (j === i ? { ...r, [name]: value } : r)));
  const gridError = fieldErrors[grid];
  return (
    <div className="space-y-2" data-testid={testId}>
      {gridError && (
        <p role="alert" className="text-sm text-red-700" data-field-error={grid}>
          {gridError.join(" ")}
        </p>
      )}
      <div className="relative overflow-x-auto">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50 text-left">
            <tr>
              {columns.map((c) => (
                <th key={c.name} scope="col" className="px-2 py-1 font-medium text-slate-700 whitespace-nowrap">
                  {c.label}
                </th>
              ))}
              <th scope="col">
                <span className="sr-only">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns.length + 1} className="px-2 py-3 text-slate-500">
                  {t("noLines")}
                </td>
              </tr>
            )}
            {rows.map((row, i) => (
              <tr key={row.key} className="border-t border-slate-100 align-top">
                {columns.map((c) => {
                  const errorKey = `${grid}.${i}.${c.name}`;
                  const errors = fieldErrors[errorKey];
                  const a11y = {
                    "aria-label": t("cellLabel", { n: i + 1, field: c.label }),
                    "aria-invalid": errors?.length ? true : undefined,
                    "aria-describedby": `${grid}-${i}-${c.name}-error`,
                  } as const;
                  const value = row[c.name];
                  return (
                    <td key={c.name} className="px-1 py-1">
                      {c.type === "checkbox" ? (
                        <input
                          type="checkbox"
                          checked={value === true}
                          onChange={(e) => set(i, c.name, e.target.checked)}
                          className="h-4 w-4 mt-2"
                          {...a11y}
                        />
                      ) : c.type === "select" ? (
                        <select
                          value={String(value ?? "")}
                          onChange={(e) => set(i, c.name, e.target.value)}
                          className={inputClass}
                          {...a11y}
                        >
                          {c.options?.map((o) => (
                            <option key={o.value} value={o.value}>
                              {o.label}
                            </option>
                          ))}
                        </select>
                      ) : c.type === "date" ? (
                        <DateInput
                          value={String(value ?? "")}
                          onChange={(e) => set(i, c.name, e.target.value)}
                          className={`${inputClass} ${c.width ?? "w-28"}`}
                          {...a11y}
                        />
                      ) : (
                        <input
                          type={c.type ?? "text"}
                          value={String(value ?? "")}
                          maxLength={c.maxLength}
                          list={c.list}
                          inputMode={c.type === "number" ? "decimal" : undefined}
                          onChange={(e) => set(i, c.name, e.target.value)}
                          className={`${inputClass} ${c.width ?? "w-28"}`}
                          {...a11y}
                        />
                      )}
                      <p
                        id={`${grid}-${i}-${c.name}-error`}
                        aria-live="polite"
                        className="text-xs text-red-700 max-w-56 whitespace-normal"
                        data-field-error={errorKey}
                      >
                        {errors?.join(" ")}
                      </p>
                    </td>
                  );
                })}
                <td className="px-1 py-1">
                  <Button
                    type="button"
                    variant="ghost"
                    onClick={() => onChange(rows.filter((_, j) => j !== i))}
                    aria-label={t("removeLine", { grid: caption, n: i + 1 })}
                  >
                    ✕
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Button type="button" variant="secondary" onClick={() => onChange([...rows, { key: newRowKey(), ...emptyRow() }])}>
        {t("addLineTo", { grid: caption })}
      </Button>
    </div>
  );
}
