// A list's order as Prisma orderBy, and "the rows after this one" in that order as a Prisma
// where (keyset paging): an export reads page after page without OFFSET, so each page costs the
// same however deep it is. Pure: plain objects in, plain objects out.

export type Dir = "asc" | "desc";
type Value = unknown;

/** How a list sorts: the sort column first, then a unique tiebreak (non-null, ascending). */
export type ListShape = {
  /** Columns that, taken together, identify a row of the list. */
  tiebreak: readonly string[];
  /** Sortable columns that may be NULL. */
  nullable?: readonly string[];
  /** True: the list sorts NULLs last in both directions; else PostgreSQL's default (NULL is high). */
  nullsLast?: boolean;
  /** Enum and boolean columns: their values in PostgreSQL's order (Prisma has no gt/lt on them). */
  ordered?: Readonly<Record<string, readonly Value[]>>;
};

/** The list's orderBy, exactly as its page sorts. */
export function listOrderBy(shape: ListShape, sort: string, dir: Dir): Record<string, unknown>[] {
  const first = shape.nullsLast && shape.nullable?.includes(sort) ? { sort: dir, nulls: "last" } : dir;
  return [{ [sort]: first }, ...shape.tiebreak.map((c) => ({ [c]: "asc" }))];
}

type Key = { column: string; dir: Dir; nullable: boolean; nullsAtEnd: boolean; ordered?: readonly Value[] };

/** The columns a page boundary is made of: the sort column, then the tiebreak columns not yet in it. */
export function keyColumns(shape: ListShape, sort: string, dir: Dir): Key[] {
  const nullable = shape.nullable?.includes(sort) ?? false;
  return [
    { column: sort, dir, nullable, nullsAtEnd: !!shape.nullsLast || dir === "asc", ordered: shape.ordered?.[sort] },
    ...shape.tiebreak.filter((c) => c !== sort).map((column): Key => ({ column, dir: "asc", nullable: false, nullsAtEnd: true, ordered: shape.ordered?.[column] })),
  ];
}

/** Rows whose key column comes strictly after `v` in the list's order; null when none can. */
function beyond(k: Key, v: Value): Record<string, unknown> | null {
  const c = k.column;
  if (v === null || v === undefined) return k.nullsAtEnd ? null : { [c]: { not: null } };
  let after: Record<string, unknown> | null;
  if (k.ordered) {
    const i = k.ordered.indexOf(v);
    const rest = k.dir === "asc" ? k.ordered.slice(i + 1) : k.ordered.slice(0, Math.max(i, 0));
    after = rest.length === 0 ? null : rest.length === 1 ? { [c]: rest[0] } : { [c]: { in: rest } };
  } else {
    after = { [c]: { [k.dir === "asc" ? "gt" : "lt"]: v } };
  }
  if (!k.nullable || !k.nullsAtEnd) return after;
  return after ? { OR: [after, { [c]: null }] } : { [c]: null };
}

/**
 * The where for "after this row" in the order of `keys`: for each key, the rows equal on every
 * key before it and beyond it on this one. Ties on a non-unique sort column go on by the tiebreak.
 */
export function afterRow(keys: Key[], row: Record<string, unknown>): Record<string, unknown> {
  const branches: Record<string, unknown>[] = [];
  for (let i = 0; i < keys.length; i++) {
    const next = beyond(keys[i], row[keys[i].column]);
    if (!next) continue;
    const equal = keys.slice(0, i).map((k) => ({ [k.column]: row[k.column] ?? null }));
    branches.push(equal.length ? { AND: [...equal, next] } : next);
  }
  // After the very last row possible nothing remains: a where no row matches.
  return branches.length ? { OR: branches } : { AND: [{ OR: [] }] };
}
