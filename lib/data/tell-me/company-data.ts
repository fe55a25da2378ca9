import type pg from "pg";
import { orderPath } from "@/lib/domain/production-order/slugs";
import type { ProdOrderStatus } from "@/lib/domain/production-order/status";
import { allowedTypos, TIERS, type Tier } from "@/lib/domain/tell-me/rank";

// Tell Me's company data (issue 24): production orders (any status), items, production BOMs,
// routings, families, sales orders, work and machine centers, by No. and by description
// (name). Every match is an index read (lib migrations 2026120506…_tellme_*):
// - prefix (and exact): lower(col) COLLATE "C" LIKE 'abc%' — a btree range, read in order, LIMIT;
// - contains, from 3 characters: ILIKE '%abc%' — the trigram GIN index;
// - typos, from 3 characters and only when the rest found too little: pg_trgm's word
//   similarity (description) and similarity (No.), also through the trigram GIN index.
// No plain-JavaScript filtering over rows: each type returns at most PER_TYPE rows.

export const DATA_KINDS = [
  "productionOrder",
  "item",
  "productionBom",
  "routing",
  "family",
  "salesOrder",
  "workCenter",
  "machineCenter",
] as const;
export type DataKind = (typeof DATA_KINDS)[number];

/** extra: the order's status, the sales document's type; else empty. */
export type DataHit = { kind: DataKind; no: string; text: string; extra: string; href: string; tier: Tier };

type Source = { kind: DataKind; table: string; text: string; extra: string; href: (no: string, extra: string) => string };

const SOURCES: Source[] = [
  {
    kind: "productionOrder",
    table: "ProductionOrder",
    text: "description",
    extra: "status::text",
    href: (no, s) => orderPath(s as ProdOrderStatus, no),
  },
  { kind: "item", table: "Item", text: "description", extra: "''", href: (no) => `/items/${encodeURIComponent(no)}` },
  {
    kind: "productionBom",
    table: "ProductionBom",
    text: "description",
    extra: "''",
    href: (no) => `/production-boms/${encodeURIComponent(no)}`,
  },
  { kind: "routing", table: "Routing", text: "description", extra: "''", href: (no) => `/routings/${encodeURIComponent(no)}` },
  { kind: "family", table: "Family", text: "description", extra: "''", href: (no) => `/families/${encodeURIComponent(no)}` },
  {
    kind: "salesOrder",
    table: "SalesHeader",
    text: '"sellToName"',
    extra: '"documentType"::text',
    href: (no, t) => `/sales-orders/${t.toLowerCase()}/${encodeURIComponent(no)}`,
  },
  { kind: "workCenter", table: "WorkCenter", text: "name", extra: "''", href: (no) => `/work-centers/${encodeURIComponent(no)}` },
  { kind: "machineCenter", table: "MachineCenter", text: "name", extra: "''", href: (no) => `/machine-centers/${encodeURIComponent(no)}` },
];

/** Rows per type and match kind: the dialog shows up to 5 per type. */
export const PER_TYPE = 6;
/** Fewer hits than this from prefix and contains: look for typos too. */
const FUZZY_BELOW = 8;
/**
 * Word similarity ≥ 0.4 takes one or two typos in a word of 5–10 letters ("whell", "bicylce",
 * "sprokcet": 0.44).
 */
const WORD_SIMILARITY = 0.4;
/** Records a group shows. */
const SHOWN = 5;

/** LIKE's wildcards and escape taken literally. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
/** Above every text starting with `prefix` in the C collation (U+10FFFF is the highest character). */
const prefixEnd = (prefix: string) => `${prefix}\u{10FFFF}`;

const select = (s: Source, tier: string, where: string, order: string) =>
  `(SELECT '${s.kind}' AS kind, no, ${s.text} AS text, ${s.extra} AS extra, ${tier} AS tier FROM "${s.table}" WHERE ${where}${order ? ` ORDER BY ${order}` : ""} LIMIT ${PER_TYPE})`;

// Every statement is prepared once per connection (named by its text) and runs its generic
// plan: planning a statement of 8–16 parts afresh cost more than running it. Generic plans read
// the indexes because sequential scans are off for the search (see searchCompanyData): the
// prefix is a range with parameters ($2 ≤ lower(col) < $3), "contains" and typos the trigram
// operators with the typed text as a parameter.
const prepared = (step: string, text: string, values: unknown[]) => ({ name: `tellme_${step}_${hash(text)}`, text, values });

/** Prefix (exact first) on No. and on the text. $1 = lower q, $2/$3 its range. */
function prefixSql(kinds: readonly DataKind[]): string {
  const parts: string[] = [];
  for (const s of SOURCES.filter((x) => kinds.includes(x.kind))) {
    for (const col of ["no", s.text]) {
      const key = `lower(${col}) COLLATE "C"`;
      parts.push(
        select(s, `CASE WHEN lower(${col}) = $1 THEN ${TIERS.exact} ELSE ${TIERS.prefix} END`, `${key} >= $2 AND ${key} < $3`, key),
      );
    }
  }
  return parts.join("\nUNION ALL\n");
}

/** Contains, from 3 characters (the trigram index). $1 = LIKE-escaped q. */
function containsSql(kinds: readonly DataKind[]): string {
  return SOURCES.filter((x) => kinds.includes(x.kind))
    .map((s) => select(s, String(TIERS.contains), `no ILIKE '%' || $1 || '%' OR ${s.text} ILIKE '%' || $1 || '%'`, ""))
    .join("\nUNION ALL\n");
}

/**
 * Typos in the words of descriptions and names (pg_trgm's word similarity; the threshold is set
 * for the transaction). Not in Nos.: codes share most of their trigrams ("BI0000123"), so a
 * similarity over them matches nearly every row. Unordered: the first PER_TYPE matches, as
 * sorting every candidate by similarity cost ten times more.
 */
function fuzzySql(kinds: readonly DataKind[]): string {
  return SOURCES.filter((x) => kinds.includes(x.kind))
    .map((s) => select(s, String(TIERS.fuzzy), `$1 <% ${s.text}`, ""))
    .join("\nUNION ALL\n");
}

const keyOf = (r: Row) => `${r.kind}|${r.extra}|${r.no}`;
const distinct = (rows: Row[]) => new Set(rows.map(keyOf)).size;
/** The types with fewer records found than their group shows. */
function shortKinds(kinds: readonly DataKind[], rows: Row[]): DataKind[] {
  return kinds.filter((k) => distinct(rows.filter((r) => r.kind === k)) < SHOWN);
}

/** A short, stable name for a statement's variant. */
function hash(text: string): string {
  let h = 0;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) | 0;
  return (h >>> 0).toString(36);
}

type Row = { kind: DataKind; no: string; text: string; extra: string; tier: number };

/**
 * Company data matching `query` (already trimmed, ≤ 50 characters), the best match per record,
 * on one connection of `pool`. `kinds`: the types the viewer may open.
 */
export async function searchCompanyData(pool: pg.Pool, query: string, kinds: readonly DataKind[]): Promise<DataHit[]> {
  const q = query.toLowerCase();
  if (!q || !kinds.length) return [];
  const client = await pool.connect();
  let inTransaction = false;
  // "Contains" and typos run in a read-only transaction planned without sequential scans: with
  // LIMIT and a guessed selectivity the planner scanned a table "until 6 rows match", which read
  // thousands of pages whenever matches were rare or the table's first pages were empty (58–86
  // ms on 100,000 orders); the trigram indexes answer them instead. The prefix step (1 and 2
  // characters stop there) needs neither the transaction nor its two round trips.
  const run = async (step: string, text: string, values: unknown[]) => {
    if (step !== "prefix" && !inTransaction) {
      await client.query(
        `BEGIN READ ONLY; SET LOCAL enable_seqscan = off; SET LOCAL plan_cache_mode = force_generic_plan;
         SET LOCAL pg_trgm.word_similarity_threshold = ${WORD_SIMILARITY}`,
      );
      inTransaction = true;
    }
    return (await client.query<Row>(prepared(step, text, values))).rows;
  };
  try {
    let rows = await run("prefix", prefixSql(kinds), [q, q, prefixEnd(q)]);
    // A type whose group is full of better matches is not searched again for weaker ones.
    const contains = q.length >= 3 ? shortKinds(kinds, rows) : [];
    if (contains.length) rows = rows.concat(await run("contains", containsSql(contains), [likeEscape(q)]));
    const fuzzy = allowedTypos(q.length) > 0 && /\p{L}/u.test(q) && distinct(rows) < FUZZY_BELOW ? shortKinds(kinds, rows) : [];
    if (fuzzy.length) rows = rows.concat(await run("fuzzy", fuzzySql(fuzzy), [q]));
    if (inTransaction) await client.query("COMMIT");
    const best = new Map<string, DataHit>();
    for (const r of rows) {
      const key = keyOf(r);
      const prev = best.get(key);
      if (prev && prev.tier <= r.tier) continue;
      const source = SOURCES.find((s) => s.kind === r.kind)!;
      best.set(key, { kind: r.kind, no: r.no, text: r.text, extra: r.extra, href: source.href(r.no, r.extra), tier: r.tier as Tier });
    }
    return [...best.values()];
  } catch (e) {
    if (inTransaction) await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}
