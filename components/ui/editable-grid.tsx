"use client";

import type { ReactNode } from "react";
import { DateInput } from "@/components/ui/date-input";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

// The one editable grid of sub-records (BOM lines, routing operations, number series lines,
// units, holidays …): add and remove rows (and reorder them where the order means something);
// each cell shows its error beside it. The rows travel as JSON in one hidden field of the form;
// a row's error arrives as `<grid>.<index>.<column>`, an error about the whole grid as `<grid>`.

export type EditableColumn<R> = {
  key: string;
  label: string;
  /**
   * text (the default); decimal: a text input with the decimal keypad (kept exactly as typed);
   * number: a number input; date: the user's date format; time; select; checkbox.
   */
  type?: "text" | "decimal" | "number" | "date" | "time" | "select" | "checkbox";
  options?: { value: string; label: string }[];
  width?: string;
  maxLength?: number;
  min?: number;
  /** A datalist's id for suggestions. */
  list?: string;
  /** A value derived from the row, shown and not edited (e.g. a number series line's Open). */
  display?: (row: R) => ReactNode;
};

/** The grid's words, in the caller's namespace (each grid keeps its BC captions). */
export type EditableGridLabels = {
  actions: string;
  empty: string;
  add: string;
  cell: (field: string, n: number) => string;
  remove: (n: number) => string;
  /** Both given = the rows can be moved up and down (the order is the lines' order). */
  moveUp?: (n: number) => string;
  moveDown?: (n: number) => string;
};

const thClass = "px-2 py-1 font-medium text-slate-700 whitespace-nowrap";

export function EditableGrid<R extends { key: string }>({
  grid,
  caption,
  columns,
  rows,
  onChange,
  fieldErrors,
  newRow,
  labels,
  testId,
  rowTestId,
}: {
  /** The name the server reports errors under. */
  grid: string;
  caption: string;
  columns: EditableColumn<R>[];
  rows: R[];
  onChange: (rows: R[]) => void;
  fieldErrors: Record<string, string[]>;
  newRow: () => R;
  labels: EditableGridLabels;
  testId?: string;
  rowTestId?: string;
}) {
  const set = (i: number, key: string, value: string | boolean) => onChange(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...rows];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    onChange(next);
  };
  const { moveUp, moveDown } = labels;
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
                <th key={c.key} scope="col" className={thClass}>
                  {c.label}
                </th>
              ))}
              <th scope="col">
                <span className="sr-only">{labels.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns.length + 1} className="px-2 py-3 text-slate-500">
                  {labels.empty}
                </td>
              </tr>
            )}
            {rows.map((row, i) => (
              <tr key={row.key} className="border-t border-slate-100 align-top" data-testid={rowTestId}>
                {columns.map((c) =>
                  c.display ? (
                    <td key={c.key} className="px-2 py-2 whitespace-nowrap">
                      {c.display(row)}
                    </td>
                  ) : (
                    <td key={c.key} className="px-1 py-1">
                      <Cell
                        column={c}
                        value={(row as Record<string, unknown>)[c.key]}
                        onChange={(value) => set(i, c.key, value)}
                        label={labels.cell(c.label, i + 1)}
                        errors={fieldErrors[`${grid}.${i}.${c.key}`]}
                        errorId={`${grid}-${i}-${c.key}-error`}
                      />
                      <p
                        id={`${grid}-${i}-${c.key}-error`}
                        aria-live="polite"
                        className="text-xs text-red-700 max-w-56 whitespace-normal"
                        data-field-error={`${grid}.${i}.${c.key}`}
                      >
                        {fieldErrors[`${grid}.${i}.${c.key}`]?.join(" ")}
                      </p>
                    </td>
                  ),
                )}
                <td className="px-1 py-1 whitespace-nowrap">
                  {moveUp && moveDown && (
                    <>
                      <Button type="button" variant="ghost" disabled={i === 0} onClick={() => move(i, -1)} aria-label={moveUp(i + 1)}>
                        ↑
                      </Button>
                      <Button
                        type="button"
                        variant="ghost"
                        disabled={i === rows.length - 1}
                        onClick={() => move(i, 1)}
                        aria-label={moveDown(i + 1)}
                      >
                        ↓
                      </Button>
                    </>
                  )}
                  <Button
                    type="button"
                    variant="ghost"
                    onClick={() => onChange(rows.filter((_, j) => j !== i))}
                    aria-label={labels.remove(i + 1)}
                  >
                    ✕
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Button type="button" variant="secondary" onClick={() => onChange([...rows, newRow()])}>
        {labels.add}
      </Button>
    </div>
  );
}

function Cell<R>({
  column: c,
  value,
  onChange,
  label,
  errors,
  errorId,
}: {
  column: EditableColumn<R>;
  value: unknown;
  onChange: (value: string | boolean) => void;
  label: string;
  errors: string[] | undefined;
  errorId: string;
}) {
  const a11y = { "aria-label": label, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": errorId } as const;
  const sized = `${inputClass} ${c.width ?? "w-28"}`;
  switch (c.type) {
    case "checkbox":
      return (
        <input type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} className="h-4 w-4 mt-2" {...a11y} />
      );
    case "select":
      return (
        <select value={String(value ?? "")} onChange={(e) => onChange(e.target.value)} className={c.width ? sized : inputClass} {...a11y}>
          {c.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
    case "date":
      return <DateInput value={String(value ?? "")} onChange={(e) => onChange(e.target.value)} className={sized} {...a11y} />;
    default:
      return (
        <input
          type={c.type === "decimal" || !c.type ? "text" : c.type}
          inputMode={c.type === "decimal" || c.type === "number" ? "decimal" : undefined}
          value={String(value ?? "")}
          min={c.min}
          maxLength={c.maxLength}
          list={c.list}
          onChange={(e) => onChange(e.target.value)}
          className={sized}
          {...a11y}
        />
      );
  }
}
