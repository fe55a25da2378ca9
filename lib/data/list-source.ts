import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import { rawPoolOf } from "@/lib/db-client";
import { afterSql, ident, keyColumns, orderBySql, type Dir, type ListShape } from "@/lib/data/keyset";
import { sqlWhere, type FilterSpecs, type FixedFilter } from "@/lib/data/list-filters";
import { PRISMA_TYPES, readListPage, selectList } from "@/lib/data/list-page";
import type { ListParams, Page } from "@/lib/data/list-params";
import type { Permission } from "@/lib/domain/auth/permissions";

// One list's query (table, filters, order, tiebreak), declared once and read two ways:
// - page(): the page the list shows (checks the permission): its keys by SQL with OFFSET, its
//   rows through Prisma, and a capped total (list-page.ts);
// - readAfter(): for the export, the rows after a given row in the same order (keyset: no
//   OFFSET, no count), in plain SQL on the same pg pool, in the same row shape. Through Prisma a
//   page of 2,000 orders took ~1.3 s of mapping for a 34 ms query: 200,000 rows would take
//   minutes.

export type ListQuery = { sort: string; dir: Dir; filters: Record<string, string> };
/** Where a read stopped: the last row's key values, as text. */
export type Cursor = (string | null)[];

export type ListSource<R> = {
  permission: Permission;
  /** The page the list shows (checks the viewer's permission). */
  page(p: ListParams<string>): Promise<Page<R>>;
  /**
   * Up to `take` rows after `after` (from the start when null) in the list's order, and the
   * cursor after the last of them. It does NOT check the permission: its caller (the export)
   * checks it once, before the first read.
   */
  readAfter(q: ListQuery, after: Cursor | null, take: number, fields?: readonly string[]): Promise<{ rows: R[]; cursor: Cursor | null }>;
};

/**
 * `Raw`: the table's row as Prisma types it (the model), e.g. listSource<Item>({ … }); with
 * `columns`, the row as they read it (e.g. Pick<Model, (typeof COLUMNS)[number]>).
 */
export function listSource<Raw extends object, R extends Raw = Raw>(def: {
  permission: Permission;
  /** The table the export reads (the model's table). */
  table: string;
  shape: ListShape;
  fixed?: FixedFilter;
  filters: FilterSpecs;
  /** The columns a page reads (all when absent): what the list shows, not its drill-down's. */
  columns?: readonly (keyof Raw & string)[];
  /** Completes a page's rows with what the table alone does not hold (one query per page). */
  complete?: (rows: Raw[]) => Promise<R[]>;
  /** The fields `complete` adds (not columns of the table). */
  completes?: readonly string[];
}): ListSource<R> {
  const complete = def.complete ?? (async (rows: Raw[]) => rows as R[]);
  const fixed = def.fixed ?? {};
  return {
    permission: def.permission,
    async page(p) {
      await requireViewer(def.permission);
      const pool = rawPoolOf(db);
      if (!pool) throw new Error("list page: the database pool is not reachable");
      const { rows, count } = await readListPage<Raw>(pool, def, p, def.columns);
      return { rows: await complete(rows), total: count.total, totalExact: count.exact, page: p.page, pageSize: p.pageSize };
    },
    async readAfter(q, after, take, fields) {
      const pool = rawPoolOf(db);
      if (!pool) throw new Error("list export: the database pool is not reachable");
      const keys = keyColumns(def.shape, q.sort, q.dir);
      const values: unknown[] = [];
      const param = (v: unknown) => `$${values.push(v)}`;
      const where = [sqlWhere(fixed, def.filters, q.filters, param), ...(after ? [afterSql(keys, after, param)] : [])];
      // Only the fields the file needs: reading and parsing all of an order's 30 columns took
      // three times as long as the nine it shows.
      const columns = selectList(fields?.filter((f) => !def.completes?.includes(f)));
      const text = `SELECT ${columns}, ${keys.map((k, i) => `${ident(k.column)}::text AS "__k${i}"`).join(", ")}
                      FROM ${ident(def.table)} t WHERE ${where.map((w) => `(${w})`).join(" AND ")}
                     ORDER BY ${orderBySql(keys, def.shape)} LIMIT ${param(take)}`;
      const { rows } = await pool.query<Record<string, unknown>>({ text, values, types: PRISMA_TYPES });
      // The __k columns stay on the rows (deleting them would cost more than they weigh).
      const last = rows.at(-1);
      const cursor = last ? keys.map((_, i) => last[`__k${i}`] as string | null) : null;
      return { rows: await complete(rows as Raw[]), cursor };
    },
  };
}
