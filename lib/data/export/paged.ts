import "server-only";
import { parseListParams, type ListParams, type Page, type RawSearchParams } from "@/lib/data/list-params";
import type { Permission } from "@/lib/domain/auth/permissions";
import { toCsv, type CsvCell } from "@/lib/domain/csv/write";
import { currentLocale } from "@/lib/i18n/localize-errors";

// A list export runs the list's own data function (same permission check, same where-building,
// same sort) page after page with a large page size, so the file holds ALL rows of the current
// filter, not just the page on screen.

export const EXPORT_PAGE_SIZE = 500;
export const MAX_EXPORT_ROWS = 100_000;

export type ExportColumn<R> = [caption: string, value: (row: R) => CsvCell];

export type ListExport = {
  permission: Permission;
  fileName: string;
  /** The CSV text of every row the list shows for these search params. */
  csv(raw: RawSearchParams): Promise<string>;
};

export function listExport<K extends string, R>(def: {
  permission: Permission;
  fileName: string;
  sortable: readonly K[];
  defaultSort: K;
  defaultDir?: "asc" | "desc";
  filters: readonly string[];
  list: (p: ListParams<K>) => Promise<Page<R>>;
  columns: ExportColumn<R>[];
}): ListExport {
  return {
    permission: def.permission,
    fileName: def.fileName,
    async csv(raw) {
      const params = parseListParams(raw, { sortable: def.sortable, defaultSort: def.defaultSort, defaultDir: def.defaultDir, filters: def.filters });
      const rows: R[] = [];
      for (let page = 1; rows.length < MAX_EXPORT_ROWS; page++) {
        const result = await def.list({ ...params, page, pageSize: EXPORT_PAGE_SIZE });
        rows.push(...result.rows);
        if (result.rows.length < EXPORT_PAGE_SIZE || rows.length >= result.total) break;
      }
      return toCsv(def.columns.map(([caption]) => caption), rows.map((r) => def.columns.map(([, value]) => value(r))), await currentLocale());
    },
  };
}

/** A @db.Date as yyyy-mm-dd, a timestamp as ISO 8601 (UTC): unambiguous in every locale. */
export const isoDay = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");
export const isoTime = (d: Date | null | undefined) => (d ? d.toISOString().replace(".000Z", "Z") : "");
