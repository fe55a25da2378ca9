import "server-only";
import pg from "pg";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import { rawPoolOf } from "@/lib/db-client";
import { countListRows, type RowCount } from "@/lib/data/list-count";
import { afterSql, ident, keyColumns, listOrderBy, orderBySql, type Dir, type ListShape } from "@/lib/data/keyset";
import { activeConditions, prismaWhere, sqlWhere, type FilterSpecs, type FixedFilter } from "@/lib/data/list-filters";
import type { ListParams, Page } from "@/lib/data/list-params";
import type { Permission } from "@/lib/domain/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";

// One list's query (table, filters, order, tiebreak), declared once and read two ways:
// - page(): the page the list shows, through Prisma (OFFSET and a total; checks the permission);
// - readAfter(): for the export, the rows after a given row in the same order (keyset: no
//   OFFSET, no count), in plain SQL on the same pg pool, in the same row shape. Through Prisma a
//   page of 2,000 orders took ~1.3 s of mapping for a 34 ms query: 200,000 rows would take
//   minutes.

export type ListOrderBy = Record<string, "asc" | "desc" | { sort: Dir; nulls: "last" }>[];
export type FindArgs<W> = { where: W; orderBy: ListOrderBy; skip?: number; take: number };
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

// Rows in Prisma's shape: @db.Date and timestamps as UTC Dates, numeric as Decimal (pg would
// give local-time Dates and strings).
const TYPES = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === 1082) return (s: string) => new Date(`${s}T00:00:00Z`);
    if (oid === 1114) return (s: string) => new Date(`${s.replace(" ", "T")}Z`);
    if (oid === 1700) return (s: string) => new Prisma.Decimal(s);
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

export function listSource<W, Raw extends object, R extends Raw = Raw>(def: {
  permission: Permission;
  /** The table the export reads (the model's table). */
  table: string;
  shape: ListShape;
  fixed?: FixedFilter;
  filters: FilterSpecs;
  findMany: (args: FindArgs<W>) => Promise<Raw[]>;
  count: (args: { where: W }) => Promise<number>;
  /** Completes a page's rows with what the table alone does not hold (one query per page). */
  complete?: (rows: Raw[]) => Promise<R[]>;
  /** The fields `complete` adds (not columns of the table). */
  completes?: readonly string[];
}): ListSource<R> {
  const complete = def.complete ?? (async (rows: Raw[]) => rows as R[]);
  const fixed = def.fixed ?? {};
  /** Exact up to a few thousand rows, else the planner's estimate (list-count.ts). */
  const countRows = async (filters: Record<string, string>, where: W): Promise<RowCount> => {
    const pool = rawPoolOf(db);
    if (!pool) return { total: await def.count({ where }), exact: true };
    const values: unknown[] = [];
    const condition = sqlWhere(fixed, def.filters, filters, (v) => `$${values.push(v)}`);
    return countListRows(pool, `FROM ${ident(def.table)} t WHERE ${condition}`, values);
  };

  /** A Prisma where for the rows the filter's SQL conditions select: their keys (one query). */
  async function keysWhere(filters: Record<string, string>) {
    const values: unknown[] = [];
    const param = (v: unknown) => `$${values.push(v)}`;
    const keys = def.shape.tiebreak;
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(
      `SELECT ${keys.map((k) => `t.${ident(k)}`).join(", ")} FROM ${ident(def.table)} t WHERE ${sqlWhere(fixed, def.filters, filters, param)}`,
      ...values,
    );
    if (keys.length === 1) return { [keys[0]]: { in: rows.map((r) => r[keys[0]]) } };
    return { OR: rows.length ? rows : [{ [keys[0]]: { in: [] } }] };
  }

  return {
    permission: def.permission,
    async page(p) {
      await requireViewer(def.permission);
      const base = prismaWhere(fixed, def.filters, p.filters);
      const where = (activeConditions(def.filters, p.filters).length ? { AND: [...base.AND, await keysWhere(p.filters)] } : base) as W;
      const orderBy = listOrderBy(def.shape, p.sort, p.dir) as ListOrderBy;
      const [rows, count] = await Promise.all([
        def.findMany({ where, orderBy, skip: (p.page - 1) * p.pageSize, take: p.pageSize }),
        countRows(p.filters, where),
      ]);
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
      const columns = fields
        ? fields
            .filter((f) => !def.completes?.includes(f))
            .map(ident)
            .join(", ")
        : "t.*";
      const text = `SELECT ${columns}, ${keys.map((k, i) => `${ident(k.column)}::text AS "__k${i}"`).join(", ")}
                      FROM ${ident(def.table)} t WHERE ${where.map((w) => `(${w})`).join(" AND ")}
                     ORDER BY ${orderBySql(keys, def.shape)} LIMIT ${param(take)}`;
      const { rows } = await pool.query<Record<string, unknown>>({ text, values, types: TYPES });
      // The __k columns stay on the rows (deleting them would cost more than they weigh).
      const last = rows.at(-1);
      const cursor = last ? keys.map((_, i) => last[`__k${i}`] as string | null) : null;
      return { rows: await complete(rows as Raw[]), cursor };
    },
  };
}
