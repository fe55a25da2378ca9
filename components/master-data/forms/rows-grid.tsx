"use client";

import { useTranslations } from "next-intl";
import { EditableGrid } from "@/components/ui/editable-grid";

// The card forms' grids of sub-records (units, variants, holidays, sales lines …): the one
// editable grid with the card forms' captions. The rows travel as JSON in one hidden field; a
// row's error arrives as `<grid>.<index>.<column>` and is shown in its cell.

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
  return (
    <EditableGrid
      grid={grid}
      caption={caption}
      columns={columns.map(({ name, ...c }) => ({ key: name, ...c }))}
      rows={rows}
      onChange={onChange}
      fieldErrors={fieldErrors}
      newRow={() => ({ key: newRowKey(), ...emptyRow() })}
      testId={testId}
      labels={{
        actions: t("actions"),
        empty: t("noLines"),
        add: t("addLineTo", { grid: caption }),
        cell: (field, n) => t("cellLabel", { n, field }),
        remove: (n) => t("removeLine", { grid: caption, n }),
      }}
    />
  );
}
