import type { ReactNode } from "react";
import { FastTab } from "@/components/ui/fast-tab";

// A group of fields on a card page, like Business Central's FastTabs: collapsible, and the
// browser remembers which ones the user collapsed (fast-tab.tsx).
export function CardSection({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  return (
    <FastTab id={id} title={title}>
      {children}
    </FastTab>
  );
}

export function FieldGrid({ fields }: { fields: { label: string; value: ReactNode; testId?: string }[] }) {
  return (
    <dl className="grid grid-cols-1 sm:grid-cols-2 lg:grid-cols-3 gap-x-6 gap-y-2 text-sm">
      {fields.map((f) => (
        <div key={f.label} className="flex justify-between gap-2 border-b border-dotted border-slate-200 py-0.5">
          <dt className="text-slate-600">{f.label}</dt>
          <dd className="font-medium text-right" data-testid={f.testId}>
            {f.value ?? ""}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A simple read-only table for lines on a card page. */
export function LinesTable({
  caption,
  columns,
  rows,
  empty,
}: {
  caption: string;
  columns: { key: string; label: string; align?: "right" }[];
  /** `current`: the row the sections below it show in detail (highlighted, aria-current). */
  rows: { key: string; cells: Record<string, ReactNode>; current?: boolean }[];
  empty: string;
}) {
  return (
    <div className="relative overflow-x-auto" tabIndex={0}>
      <table className="min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left">
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={`px-2 py-1 font-medium text-slate-700 whitespace-nowrap ${c.align === "right" ? "text-right" : ""}`}
              >
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="px-2 py-3 text-slate-500">
                {empty}
              </td>
            </tr>
          )}
          {rows.map((r) => (
            <tr
              key={r.key}
              aria-current={r.current ? "true" : undefined}
              className={`border-t border-slate-100 ${r.current ? "bg-blue-50" : ""}`}
            >
              {columns.map((c) => (
                <td key={c.key} className={`px-2 py-1 whitespace-nowrap ${c.align === "right" ? "text-right tabular-nums" : ""}`}>
                  {r.cells[c.key]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
