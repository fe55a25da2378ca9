// A list's order, and "the rows after this one" in that order (keyset paging), for the export's
// SQL; the list page's Prisma orderBy comes from the same shape. An export reads page after page
// without OFFSET, so each page costs the same however deep it is. Pure: no I/O.

export type Dir = "asc" | "desc";

/**
 * How a list sorts: the sort column first, then a unique tiebreak (non-null) in the same
 * direction. Descending is the exact reverse of ascending, as BC's Ascending(false) reverses the
 * whole key: so one btree index (sort column, tiebreak) serves a sort both ways, read forwards
 * or backwards.
 */
export type ListShape = {
  /** Columns that, taken together, identify a row of the list. */
  tiebreak: readonly string[];
  /** Sortable columns that may be NULL. */
  nullable?: readonly string[];
  /**
   * True: the list sorts NULLs last in both directions (no index serves its descending order);
   * else PostgreSQL's default (NULL is high: last ascending, first descending).
   */
  nullsLast?: boolean;
};

/** A column name from the code's own whitelists, quoted; anything else is a bug, not input. */
export function ident(column: string) {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(column)) throw new Error(`not a column name: ${column}`);
  return `"${column}"`;
}

/** The list page's Prisma orderBy. */
export function listOrderBy(shape: ListShape, sort: string, dir: Dir): Record<string, unknown>[] {
  const first = shape.nullsLast && shape.nullable?.includes(sort) ? { sort: dir, nulls: "last" } : dir;
  return [{ [sort]: first }, ...shape.tiebreak.filter((c) => c !== sort).map((c) => ({ [c]: dir }))];
}

export type Key = { column: string; dir: Dir; nullable: boolean; nullsAtEnd: boolean };

/** The columns a page boundary is made of: the sort column, then the tiebreak columns not yet in it. */
export function keyColumns(shape: ListShape, sort: string, dir: Dir): Key[] {
  const nullable = shape.nullable?.includes(sort) ?? false;
  return [
    { column: sort, dir, nullable, nullsAtEnd: !!shape.nullsLast || dir === "asc" },
    ...shape.tiebreak.filter((c) => c !== sort).map((column): Key => ({ column, dir, nullable: false, nullsAtEnd: true })),
  ];
}

/** ORDER BY for the keys: the same order as listOrderBy (PostgreSQL's NULL placement unless NULLS LAST). */
export function orderBySql(keys: Key[], shape: ListShape) {
  return keys.map((k) => `${ident(k.column)} ${k.dir.toUpperCase()}${shape.nullsLast && k.nullable ? " NULLS LAST" : ""}`).join(", ");
}

/**
 * "After this row" in the order of `keys`: for each key, the rows equal on every key before it
 * and beyond it on this one; ties on a non-unique sort column go on by the tiebreak. `cursor`
 * holds the last row's key values as text (PostgreSQL casts them back to the column's type);
 * `param` turns a value into a placeholder.
 */
export function afterSql(keys: Key[], cursor: (string | null)[], param: (v: string) => string): string {
  const branches: string[] = [];
  keys.forEach((k, i) => {
    const beyond = beyondSql(k, cursor[i], param);
    if (!beyond) return;
    const equal = keys
      .slice(0, i)
      .map((e, j) => (cursor[j] === null ? `${ident(e.column)} IS NULL` : `${ident(e.column)} = ${param(cursor[j]!)}`));
    branches.push([...equal, beyond].join(" AND "));
  });
  if (!branches.length) return "false";
  // The same rows bounded by the first key alone as well: redundant, but a range PostgreSQL can
  // read from an index and that leaves the rows already sent out of each page's sort.
  const bound = boundSql(keys[0], cursor[0], param);
  return `${bound ? `${bound} AND ` : ""}(${branches.map((b) => `(${b})`).join(" OR ")})`;
}

function boundSql(k: Key, v: string | null, param: (v: string) => string): string | null {
  const c = ident(k.column);
  if (v === null) return k.nullsAtEnd ? `${c} IS NULL` : null;
  const from = `${c} ${k.dir === "asc" ? ">=" : "<="} ${param(v)}`;
  return k.nullable && k.nullsAtEnd ? `(${from} OR ${c} IS NULL)` : from;
}

function beyondSql(k: Key, v: string | null, param: (v: string) => string): string | null {
  const c = ident(k.column);
  if (v === null) return k.nullsAtEnd ? null : `${c} IS NOT NULL`;
  const after = `${c} ${k.dir === "asc" ? ">" : "<"} ${param(v)}`;
  return k.nullable && k.nullsAtEnd ? `(${after} OR ${c} IS NULL)` : after;
}
