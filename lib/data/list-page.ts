import pg from "pg";
import { ident, keyColumns, orderBySql, type Dir, type ListShape } from "@/lib/data/keyset";
import { countListRows, type RowCount } from "@/lib/data/list-count";
import { isFiltered, sqlWhere, type FilterSpecs, type FixedFilter } from "@/lib/data/list-filters";
import { Prisma } from "@/lib/generated/prisma/client";

// A list page (issue 24 item 5) in one statement: the keys of the page's rows (the tiebreak
// columns) with the list's filter, order, LIMIT and OFFSET, then those rows. The sort column is
// in one index with the keys (status, column, no), so PostgreSQL finds the page in the index
// alone, without visiting a row it skips: page 2,000 of 90,000 orders reads 50,000 index
// entries, not 50,000 rows. Rows come back in Prisma's shape over the plain pg pool: through
// Prisma the 25 rows cost the server three times the CPU of the query. No Next.js and no app
// client here: the search benchmark runs readListPage as the list does.

export type PageQuery = { sort: string; dir: Dir; filters: Record<string, string>; offset: number; limit: number };
export type PageKeysDef = { table: string; shape: ListShape; fixed?: FixedFilter; filters: FilterSpecs };

/** Rows in Prisma's shape: @db.Date and timestamps as UTC Dates, numeric as Decimal (pg would give local-time Dates and strings). */
export const PRISMA_TYPES = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === 1082) return (s: string) => new Date(`${s}T00:00:00Z`);
    if (oid === 1114) return (s: string) => new Date(`${s.replace(" ", "T")}Z`);
    if (oid === 1700) return (s: string) => new Prisma.Decimal(s);
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

/**
 * The rows of one page, in the list's order. `few`: the filter is known to leave few rows (the
 * capped count was exact): they are collected first, through whichever index serves the filter
 * (a No. "contains" reads the trigram index), and then sorted. Read in the sort's index order
 * instead, a filter matching 1 % of the rows, all of them near the far end, walked 77,000 index
 * entries for one page (200 ms). `columns`: the columns the page's rows are read with (all when
 * absent): a list reads what it shows, not a drill-down's JSON.
 */
export function pageSql(
  def: PageKeysDef,
  q: PageQuery,
  opts: { few?: boolean; columns?: readonly string[] } = {},
): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const param = (v: unknown) => `$${values.push(v)}`;
  const fixed = def.fixed ?? {};
  const where = sqlWhere(fixed, def.filters, q.filters, param);
  const keys = def.shape.tiebreak.map((k) => `t.${ident(k)}`).join(", ");
  const order = orderBySql(keyColumns(def.shape, q.sort, q.dir), def.shape);
  const page = `ORDER BY ${order} LIMIT ${param(q.limit)} OFFSET ${param(q.offset)}`;
  const sort = def.shape.tiebreak.includes(q.sort) ? "" : `, t.${ident(q.sort)}`;
  const pageKeys = opts.few
    ? `WITH m AS MATERIALIZED (SELECT ${keys}${sort} FROM ${ident(def.table)} t WHERE ${where}) SELECT ${keys} FROM m t ${page}`
    : `SELECT ${keys} FROM ${ident(def.table)} t WHERE ${where} ${page}`;
  const text = `SELECT ${selectList(opts.columns)} FROM ${ident(def.table)} t
                 WHERE ${sqlWhere(fixed, {}, {}, param)} AND (${keys}) IN (${pageKeys})
                 ORDER BY ${order}`;
  return { text, values };
}

/** The select list of `columns` of the table aliased t; all of them when absent. */
export const selectList = (columns?: readonly string[]) => (columns ? columns.map((c) => `t.${ident(c)}`).join(", ") : "t.*");

/**
 * One page of a list and its (capped) count, its rows read with `columns` (all when absent). A filtered list is counted first: few rows (an
 * exact count) are collected by the filter and sorted, many are read in the sort's order.
 */
export async function readListPage<R extends object>(
  pool: pg.Pool,
  def: PageKeysDef,
  q: Omit<PageQuery, "offset" | "limit"> & { page: number; pageSize: number },
  columns?: readonly string[],
): Promise<{ rows: R[]; count: RowCount }> {
  const page = { ...q, offset: (q.page - 1) * q.pageSize, limit: q.pageSize };
  const readRows = (db: pg.Pool | pg.PoolClient, s: { text: string; values: unknown[] }) =>
    db.query<R>({ ...s, types: PRISMA_TYPES }).then((r) => r.rows);
  const countRows = (db: pg.Pool | pg.PoolClient) => {
    const values: unknown[] = [];
    const where = sqlWhere(def.fixed ?? {}, def.filters, q.filters, (v) => `$${values.push(v)}`);
    return countListRows(db, `FROM ${ident(def.table)} t WHERE ${where}`, values);
  };
  if (!isFiltered(def.filters, q.filters)) {
    const [rows, count] = await Promise.all([readRows(pool, pageSql(def, page, { columns })), countRows(pool)]);
    return { rows, count };
  }
  // Planned without sequential scans: "scan the table until 5,001 rows match" looked cheap to
  // the planner and read every empty page before the first match (167 ms for Source Type and a
  // due date on the bench's 100,000 orders); the indexes of the filter and the sort answer.
  const client = await pool.connect();
  try {
    await client.query("BEGIN READ ONLY; SET LOCAL enable_seqscan = off");
    const count = await countRows(client);
    const rows = count.exact && page.offset >= count.total ? [] : await readRows(client, pageSql(def, page, { few: count.exact, columns }));
    await client.query("COMMIT");
    return { rows, count };
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}
