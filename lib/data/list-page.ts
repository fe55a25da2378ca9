import type pg from "pg";
import { ident, keyColumns, listOrderBy, orderBySql, type Dir, type ListShape } from "@/lib/data/keyset";
import { countListRows, type RowCount } from "@/lib/data/list-count";
import { isFiltered, sqlWhere, type FilterSpecs, type FixedFilter } from "@/lib/data/list-filters";

// A list page in two steps (issue 24 item 5): first the keys of the page's rows, in one SQL
// statement with the list's filter, order, LIMIT and OFFSET; then those rows. The keys are the
// tiebreak columns and the sort column is in the same index as them (status, column, no), so
// PostgreSQL reads the page from the index alone, without visiting a row it skips: page 2,000
// of 90,000 orders reads 50,000 index entries, not 50,000 rows. No Next.js and no app client
// here (the search benchmark runs readListPage as the list does).

export type PageQuery = { sort: string; dir: Dir; filters: Record<string, string>; offset: number; limit: number };
export type PageKeysDef = { table: string; shape: ListShape; fixed?: FixedFilter; filters: FilterSpecs };

/**
 * The keys (tiebreak columns) of one page, in the list's order. `few`: the filter is known to
 * leave few rows (the capped count was exact): they are collected first, through whichever index
 * serves the filter (a No. "contains" reads the trigram index), and then sorted. Read in the
 * sort's index order instead, a filter matching 1 % of the rows, all of them near the far end,
 * walked 77,000 index entries for one page (200 ms).
 */
export function pageKeysSql(def: PageKeysDef, q: PageQuery, opts: { few?: boolean } = {}): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const param = (v: unknown) => `$${values.push(v)}`;
  const where = sqlWhere(def.fixed ?? {}, def.filters, q.filters, param);
  const keys = def.shape.tiebreak.map((k) => `t.${ident(k)}`).join(", ");
  const order = orderBySql(keyColumns(def.shape, q.sort, q.dir), def.shape);
  const page = `ORDER BY ${order} LIMIT ${param(q.limit)} OFFSET ${param(q.offset)}`;
  if (!opts.few) return { text: `SELECT ${keys} FROM ${ident(def.table)} t WHERE ${where} ${page}`, values };
  const sort = def.shape.tiebreak.includes(q.sort) ? "" : `, t.${ident(q.sort)}`;
  const text = `WITH m AS MATERIALIZED (SELECT ${keys}${sort} FROM ${ident(def.table)} t WHERE ${where})
                SELECT ${keys} FROM m t ${page}`;
  return { text, values };
}

type KeyRow = Record<string, unknown>;

/** A Prisma where for exactly the rows of these keys (and the list's fixed columns). */
export function keysWhere(shape: ListShape, fixed: FixedFilter, keys: KeyRow[]) {
  const [first, ...rest] = shape.tiebreak;
  const match = rest.length
    ? { OR: keys.map((k) => Object.fromEntries(shape.tiebreak.map((c) => [c, k[c]]))) }
    : { [first]: { in: keys.map((k) => k[first]) } };
  return { AND: [fixed, match] };
}

/** `rows` in the order of `keys` (the SQL's order). */
export function inKeyOrder<R extends object>(shape: ListShape, keys: KeyRow[], rows: R[]): R[] {
  const id = (r: object) => shape.tiebreak.map((c) => String((r as KeyRow)[c])).join("\u0000");
  const byKey = new Map(rows.map((r) => [id(r), r]));
  return keys.flatMap((k) => byKey.get(id(k)) ?? []);
}

/**
 * One page of a list and its (capped) count: the keys by SQL, then the rows by `findMany` (the
 * model's Prisma findMany), in the keys' order. A filtered list is counted first: few rows (an
 * exact count) are collected by the filter and sorted, many are read in the sort's order.
 */
export async function readListPage<W, R extends object>(
  pool: pg.Pool,
  def: PageKeysDef,
  q: Omit<PageQuery, "offset" | "limit"> & { page: number; pageSize: number },
  findMany: (args: { where: W; orderBy: Record<string, unknown>[]; take: number }) => Promise<R[]>,
): Promise<{ rows: R[]; count: RowCount }> {
  const fixed = def.fixed ?? {};
  const page = { ...q, offset: (q.page - 1) * q.pageSize, limit: q.pageSize };
  const readKeys = (db: pg.Pool | pg.PoolClient, s: { text: string; values: unknown[] }) => db.query<KeyRow>(s).then((r) => r.rows);
  const countRows = (db: pg.Pool | pg.PoolClient) => {
    const values: unknown[] = [];
    const where = sqlWhere(fixed, def.filters, q.filters, (v) => `$${values.push(v)}`);
    return countListRows(db, `FROM ${ident(def.table)} t WHERE ${where}`, values);
  };
  let keys: KeyRow[];
  let count: RowCount;
  if (!isFiltered(def.filters, q.filters)) {
    [keys, count] = await Promise.all([readKeys(pool, pageKeysSql(def, page)), countRows(pool)]);
  } else {
    // Planned without sequential scans: "scan the table until 5,001 rows match" looked cheap
    // to the planner and read every empty page before the first match (167 ms for Source Type
    // and a due date on the bench's 100,000 orders); the indexes of the filter and the sort
    // answer instead.
    const client = await pool.connect();
    try {
      await client.query("BEGIN READ ONLY; SET LOCAL enable_seqscan = off");
      count = await countRows(client);
      keys = count.exact && page.offset >= count.total ? [] : await readKeys(client, pageKeysSql(def, page, { few: count.exact }));
      await client.query("COMMIT");
    } catch (e) {
      await client.query("ROLLBACK").catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }
  if (!keys.length) return { rows: [], count };
  const found = await findMany({
    where: keysWhere(def.shape, fixed, keys) as W,
    orderBy: listOrderBy(def.shape, q.sort, q.dir),
    take: keys.length,
  });
  return { rows: inKeyOrder(def.shape, keys, found), count };
}
