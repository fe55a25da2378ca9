import { IntentLink as Link } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { PageLinks } from "@/components/ui/page-links";
import { SelectAllRows } from "@/components/ui/select-all-rows";
import { DateInput } from "@/components/ui/date-input";

// A server-rendered list: sortable column headers, a filter bar (a plain GET form, so it works
// without JavaScript and by keyboard) and paging links. The data function does the work.

export type Column = { key: string; label: string; sortable?: boolean; align?: "left" | "right" };
export type Filter = { name: string; label: string; type?: "text" | "date" | "select"; options?: { value: string; label: string }[] };
export type Row = { key: string; href?: string; cells: Record<string, ReactNode> };

type Props = {
  basePath: string;
  columns: Column[];
  rows: Row[];
  total: number;
  /** false: `total` is an estimate (a list of many thousands of rows is not counted to the end). */
  totalExact?: boolean;
  page: number;
  pageSize: number;
  sort: string;
  dir: "asc" | "desc";
  filters?: Filter[];
  filterValues?: Record<string, string>;
  caption: string;
  toolbar?: ReactNode;
  selectable?: boolean;
  /** Shown above the table when rows can be ticked (batch actions on the ticked rows). */
  selectionActions?: ReactNode;
  /** CSV export of the list with the current filter and sort (GET /export<basePath>). */
  exportable?: boolean;
};

export async function DataTable(p: Props) {
  const t = await getTranslations("common");
  const tf = await getTranslations("listFilters");
  const pages = Math.max(1, Math.ceil(p.total / p.pageSize));
  const query = (over: Record<string, string | number>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(p.filterValues ?? {})) q.set(`f_${k}`, v);
    q.set("sort", p.sort);
    q.set("dir", p.dir);
    q.set("page", String(p.page));
    for (const [k, v] of Object.entries(over)) q.set(k, String(v));
    return `${p.basePath}?${q.toString()}`;
  };
  return (
    <div className="space-y-2">
      {p.filters?.length ? (
        <form
          method="get"
          action={p.basePath}
          className="flex flex-wrap items-end gap-2 bg-white p-2 rounded border border-slate-200"
          role="search"
        >
          {p.filters.map((f) => (
            <label key={f.name} className="flex flex-col text-xs text-slate-600">
              {f.label}
              {f.type === "select" ? (
                <select name={`f_${f.name}`} defaultValue={p.filterValues?.[f.name] ?? ""} className={inputClass}>
                  <option value="">—</option>
                  {f.options?.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : f.type === "date" ? (
                <DateInput name={`f_${f.name}`} defaultValue={p.filterValues?.[f.name] ?? ""} className={inputClass} />
              ) : (
                <input name={`f_${f.name}`} type={f.type ?? "text"} defaultValue={p.filterValues?.[f.name] ?? ""} className={inputClass} />
              )}
            </label>
          ))}
          <input type="hidden" name="sort" value={p.sort} />
          <input type="hidden" name="dir" value={p.dir} />
          <button type="submit" className={buttonClass("secondary")}>
            {t("filter")}
          </button>
          <Link href={p.basePath} className="text-sm text-blue-700 hover:underline px-2 py-1.5">
            {t("clearFilters")}
          </Link>
          {p.toolbar}
        </form>
      ) : (
        p.toolbar
      )}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>{p.selectable ? p.selectionActions : null}</div>
        {p.exportable !== false && (
          <a href={`/export${query({})}`} className="text-sm text-blue-700 hover:underline" download>
            {t("exportCsv")}
          </a>
        )}
      </div>
      <div className="relative overflow-x-auto bg-white rounded border border-slate-200" tabIndex={0}>
        <table className="min-w-full text-sm">
          <caption className="sr-only">{p.caption}</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              {p.selectable && (
                <th scope="col" className="w-8 px-2">
                  <SelectAllRows label={tf("selectAll")} />
                </th>
              )}
              {p.columns.map((c) => {
                const active = p.sort === c.key;
                const nextDir = active && p.dir === "asc" ? "desc" : "asc";
                return (
                  <th
                    key={c.key}
                    scope="col"
                    aria-sort={active ? (p.dir === "asc" ? "ascending" : "descending") : undefined}
                    className={`px-3 py-2 font-medium text-slate-700 whitespace-nowrap ${c.align === "right" ? "text-right" : ""}`}
                  >
                    {c.sortable === false ? (
                      c.label
                    ) : (
                      <Link
                        href={query({ sort: c.key, dir: nextDir, page: 1 })}
                        className="hover:underline"
                        aria-label={t("sortBy", { column: c.label })}
                      >
                        {c.label} {active ? (p.dir === "asc" ? "▲" : "▼") : ""}
                      </Link>
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {p.rows.length === 0 && (
              <tr>
                <td colSpan={p.columns.length + (p.selectable ? 1 : 0)} className="px-3 py-6 text-center text-slate-500">
                  {t("noRecords")}
                </td>
              </tr>
            )}
            {p.rows.map((r) => (
              <tr key={r.key} className="border-t border-slate-100 hover:bg-blue-50">
                {p.selectable && (
                  <td className="px-2">
                    <input type="checkbox" name="selected" value={r.key} aria-label={r.key} data-row-select />
                  </td>
                )}
                {p.columns.map((c, i) => (
                  <td key={c.key} className={`px-3 py-1.5 whitespace-nowrap ${c.align === "right" ? "text-right tabular-nums" : ""}`}>
                    {i === 0 && r.href ? (
                      <Link href={r.href} className="text-blue-700 hover:underline">
                        {r.cells[c.key]}
                      </Link>
                    ) : (
                      r.cells[c.key]
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pagination" className="flex items-center justify-between text-sm text-slate-600">
        <span>{p.totalExact === false ? t("rowsAbout", { count: p.total }) : t("rows", { count: p.total })}</span>
        <PageLinks page={p.page} pages={pages} href={(page) => query({ page })} />
      </nav>
    </div>
  );
}
