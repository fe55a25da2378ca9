// `npm run bench -- search` (issue 24 item 8): Tell Me and the production-order list on a big
// company. An embedded PostgreSQL of its own gets the demo company plus 50,000 items and
// 100,000 production orders (90,000 Firm Planned, 10,000 Released), written set-based (one
// INSERT … SELECT generate_series each, descriptions drawn from word lists, then ANALYZE).
//
// Server time, in this process, of exactly what the app runs per request, without HTTP and
// rendering:
// - Tell Me: the user's recents and the company-data search (lib/data/tell-me/company-data.ts,
//   the SQL the server action sends), plus ranking the pages and actions in both languages
//   (lib/domain/tell-me/rank.ts), for 1, 2, 3 and 8 typed characters and a typo, at 1 and 8
//   concurrent users;
// - the Firm Planned list: the page as the list reads it (lib/data/list-page.ts: the page's rows
//   by their keys in one statement, and its capped count), for each sort offered in both
//   directions, two filters and a deep page, at 8 concurrent users.
// Floors in the same run, same concurrency: Tell Me's is one primary-key probe per request
// (the cheapest query there is); the list's is the same page as one plain SQL statement over
// pg (no Prisma, no count).
import { readFileSync } from "node:fs";
import pg from "pg";
import { startEmbeddedDb, type EmbeddedDb } from "../../lib/embedded-db.ts";
import { prepareDatabase } from "../../lib/prepare-database.ts";
import { createPrismaClient, rawPoolOf } from "../../lib/db-client.ts";
import { orderBySql, keyColumns, type ListShape } from "../../lib/data/keyset.ts";
import { sqlWhere, type FilterSpecs } from "../../lib/data/list-filters.ts";
import { readListPage } from "../../lib/data/list-page.ts";
import { DATA_KINDS, searchCompanyData } from "../../lib/data/tell-me/company-data.ts";
import { DESTINATIONS } from "../../lib/domain/tell-me/destinations.ts";
import { bestTier } from "../../lib/domain/tell-me/rank.ts";
import { insertBulkOrders } from "../../tests/factories/bulk-orders.ts";
import { percentile, printTable } from "./support.mts";

const ITEMS = Number(process.env.BENCH_SEARCH_ITEMS ?? 50_000);
const ORDERS = Number(process.env.BENCH_SEARCH_ORDERS ?? 100_000);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54480);
const PER_USER = Number(process.env.BENCH_SEARCH_PER_USER ?? 40);
const log = (s: string) => console.log(`[bench:search] ${s}`);
const loadAverage = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");

const ADJECTIVES = [
  "Steel",
  "Carbon",
  "Alloy",
  "Racing",
  "Touring",
  "Urban",
  "Mountain",
  "Folding",
  "Electric",
  "Classic",
  "Light",
  "Heavy",
  "Front",
  "Rear",
  "Left",
  "Right",
  "Black",
  "Silver",
  "Red",
  "Blue",
];
const NOUNS = [
  "Bicycle",
  "Frame",
  "Wheel",
  "Sprocket",
  "Crankset",
  "Handlebar",
  "Saddle",
  "Pedal",
  "Chain",
  "Brake",
  "Derailleur",
  "Fork",
  "Hub",
  "Spoke",
  "Rim",
  "Tyre",
  "Tube",
  "Lamp",
  "Bell",
  "Mudguard",
  "Carrier",
  "Kickstand",
  "Cassette",
  "Bottom Bracket",
  "Headset",
];
const sqlArray = (words: string[]) => `ARRAY[${words.map((w) => `'${w}'`).join(", ")}]`;
const DESCRIPTION = (g: string) =>
  `(${sqlArray(ADJECTIVES)})[1 + ${g} % ${ADJECTIVES.length}] || ' ' || (${sqlArray(NOUNS)})[1 + (${g} / ${ADJECTIVES.length}) % ${NOUNS.length}] || ' ' || ${g}`;

async function seed(pool: pg.Pool, db: ReturnType<typeof createPrismaClient>) {
  await pool.query(`INSERT INTO "Item" (no, description, "baseUnitOfMeasure")
                    SELECT 'BI' || lpad(g::text, 7, '0'), ${DESCRIPTION("g")}, 'PCS' FROM generate_series(1, ${ITEMS}) g`);
  const released = Math.round(ORDERS / 10);
  await insertBulkOrders(db, { status: "FIRM_PLANNED", prefix: "BF", count: ORDERS - released, dueDays: 365 });
  await insertBulkOrders(db, { status: "RELEASED", prefix: "BR", count: released, dueDays: 365 });
  await pool.query(`UPDATE "ProductionOrder" SET description = ${DESCRIPTION("substring(no from 3)::int")} WHERE no LIKE 'B_0%'`);
  await pool.query(`VACUUM ANALYZE "Item"`);
  await pool.query(`VACUUM ANALYZE "ProductionOrder"`);
}

// ── Tell Me ────────────────────────────────────────────────────────────────────────────────
function catalog(locale: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const ns of ["nav", "account", "tellMe"]) out[ns] = JSON.parse(readFileSync(`lib/i18n/messages/${locale}/${ns}.json`, "utf8"));
  return out;
}
const CATALOGS = { en: catalog("en"), nl: catalog("nl") };
const msg = (locale: "en" | "nl", key: string) => {
  let node: unknown = CATALOGS[locale];
  for (const p of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[p];
  return typeof node === "string" ? node : "";
};
const TEXTS = DESTINATIONS.map((d) => [
  msg("nl", d.caption),
  msg("en", d.caption),
  ...`${msg("nl", `tellMe.terms.${d.id}`)},${msg("en", `tellMe.terms.${d.id}`)}`.split(",").map((s) => s.trim()),
]);

async function tellMe(pool: pg.Pool, query: string, userId: string) {
  const [, data] = await Promise.all([
    pool.query(`SELECT href FROM "TellMeRecent" WHERE "userId" = $1 ORDER BY "openedAt" DESC LIMIT 20`, [userId]),
    searchCompanyData(pool, query, DATA_KINDS),
  ]);
  const pages = TEXTS.filter((t) => bestTier(query, t) !== null);
  return data.length + pages.length;
}

const QUERIES: Record<string, string[]> = {
  "1 char": ["s", "b", "f", "w", "c", "1"],
  "2 chars": ["st", "bi", "fr", "wh", "ca", "10"],
  "3 chars": ["ste", "bic", "fra", "whe", "car", "100"],
  "8 chars": ["steel fr", "bicycle ", "racing w", "carbon s", "bf000123", "firm pla"],
  typo: ["sprokcet", "bicylce", "derailer", "handelbar", "krankset", "mudgard"],
};

// ── The list ───────────────────────────────────────────────────────────────────────────────
const SORTS = ["no", "description", "sourceType", "sourceNo", "quantity", "dueDate", "startingDateTime", "endingDateTime", "locationCode"];
const SHAPE: ListShape = { tiebreak: ["no"], nullable: ["dueDate", "startingDateTime", "endingDateTime", "locationCode"] };
const FILTERS: FilterSpecs = {
  no: { kind: "contains", column: "no" },
  sourceType: { kind: "oneOf", column: "sourceType", values: ["ITEM", "FAMILY", "SALES_HEADER"] },
  sourceNo: { kind: "contains", column: "sourceNo" },
  locationCode: { kind: "contains", column: "locationCode" },
  dueFrom: { kind: "dayFrom", column: "dueDate" },
  dueTo: { kind: "dayTo", column: "dueDate" },
};
type ListCase = { label: string; sort: string; dir: "asc" | "desc"; page: number; filters: Record<string, string> };
const LIST_CASES: ListCase[] = [
  ...SORTS.flatMap((sort) => (["asc", "desc"] as const).map((dir) => ({ label: `sort ${sort} ${dir}`, sort, dir, page: 1, filters: {} }))),
  { label: "filter No. contains 0012", sort: "no", dir: "desc", page: 1, filters: { no: "0012" } },
  {
    label: "filter Source Type + due from",
    sort: "dueDate",
    dir: "asc",
    page: 1,
    filters: { sourceType: "FAMILY", dueFrom: "2027-06-01" },
  },
  { label: "deep page 2,000 (offset 49,975)", sort: "no", dir: "desc", page: 2000, filters: {} },
];
const PAGE_SIZE = 25;

async function listPage(pool: pg.Pool, c: ListCase) {
  const def = { table: "ProductionOrder", shape: SHAPE, fixed: { status: "FIRM_PLANNED" }, filters: FILTERS };
  const { rows } = await readListPage(pool, def, { ...c, pageSize: PAGE_SIZE });
  return rows.length;
}

async function listFloor(pool: pg.Pool, c: ListCase) {
  const values: unknown[] = [];
  const w = sqlWhere({ status: "FIRM_PLANNED" }, FILTERS, c.filters, (v) => `$${values.push(v)}`);
  const order = orderBySql(keyColumns(SHAPE, c.sort, c.dir), SHAPE);
  const { rows } = await pool.query(
    `SELECT * FROM "ProductionOrder" WHERE ${w} ORDER BY ${order} LIMIT ${PAGE_SIZE} OFFSET ${(c.page - 1) * PAGE_SIZE}`,
    values,
  );
  return rows.length;
}

// ── Measuring ──────────────────────────────────────────────────────────────────────────────
/** `users` concurrent loops, each calling `call(i)` `perUser` times; latencies in ms. */
async function measure(users: number, perUser: number, call: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  await Promise.all(
    Array.from({ length: users }, async (_, u) => {
      for (let i = 0; i < perUser; i++) {
        const t = performance.now();
        await call(u * perUser + i);
        times.push(performance.now() - t);
      }
    }),
  );
  return times.sort((a, b) => a - b);
}
const stats = (t: number[]) => ({ p50: percentile(t, 50), p95: percentile(t, 95), n: t.length });

let embedded: EmbeddedDb | null = null;
try {
  const loadBefore = loadAverage();
  log(`load average before: ${loadBefore}`);
  embedded = await startEmbeddedDb({ dir: ".data/bench-search", port: PG_PORT, database: "bench", fresh: true, log });
  const url = embedded.url;
  await prepareDatabase(url);
  // The app's pool size (DB_POOL_MAX's default) and the app's client.
  const db = createPrismaClient(url, { max: 10 });
  const pool = rawPoolOf(db)!;
  const seedStarted = performance.now();
  await seed(pool, db);
  const rows = Number((await pool.query(`SELECT (SELECT count(*) FROM "Item") + (SELECT count(*) FROM "ProductionOrder") AS n`)).rows[0].n);
  log(
    `${ITEMS} items and ${ORDERS} orders written set-based in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s; ${rows} items + orders in all`,
  );
  const userId = "bench-user";

  // Warm-up: plans cached, code optimised.
  for (const qs of Object.values(QUERIES)) for (const q of qs) await tellMe(pool, q, userId);
  for (const c of LIST_CASES) await listPage(pool, c);

  const table: (string | number)[][] = [];
  const p95: Record<string, number> = {};
  for (const users of [1, 8]) {
    for (const [label, qs] of Object.entries(QUERIES)) {
      const t = stats(await measure(users, PER_USER, (i) => tellMe(pool, qs[i % qs.length], userId)));
      table.push([`Tell Me, ${label} (${qs.slice(0, 3).join(", ")} …)`, users, t.n, t.p50, t.p95]);
      p95[`${label}|${users}`] = t.p95;
    }
    const floor = stats(
      await measure(users, PER_USER, (i) =>
        pool.query(`SELECT no FROM "Item" WHERE no = $1`, [`BI${String(1 + (i % ITEMS)).padStart(7, "0")}`]),
      ),
    );
    table.push([`  floor: one primary-key probe`, users, floor.n, floor.p50, floor.p95]);
  }
  const listAll: number[] = [];
  for (const c of LIST_CASES) {
    const times = await measure(8, Math.max(4, Math.round(PER_USER / 4)), () => listPage(pool, c));
    const f = stats(await measure(8, Math.max(4, Math.round(PER_USER / 4)), () => listFloor(pool, c)));
    listAll.push(...times);
    const t = stats(times);
    table.push([`List Firm Planned, ${c.label}`, 8, t.n, t.p50, t.p95, f.p95]);
  }
  listAll.sort((a, b) => a - b);
  const list = stats(listAll);
  const loadAfter = loadAverage();
  await db.$disconnect();

  console.log(
    `\nTell Me and the production-order list, ${ITEMS} items + ${ORDERS} orders (${ORDERS - Math.round(ORDERS / 10)} in the Firm Planned list); server time per request, ms\n`,
  );
  printTable(
    ["request", "users", "n", "p50 ms", "p95 ms", "floor p95 ms"],
    table.map((r) => (r.length === 5 ? [...r, ""] : r)),
  );
  console.log(`all list requests at 8 users: p50 ${list.p50.toFixed(2)} ms, p95 ${list.p95.toFixed(2)} ms (n ${list.n})`);
  console.log(`targets: Tell Me p95 ≤ 50 ms, list p95 ≤ 100 ms at 8 users`);
  console.log(`Load average (1/5/15 min): before ${loadBefore}; after ${loadAfter} (2 cores, shared machine)`);
  const c1 = Math.max(
    ...Object.entries(p95)
      .filter(([k]) => k.endsWith("|1") && !k.startsWith("typo"))
      .map(([, v]) => v),
  );
  const c8 = Math.max(
    ...Object.entries(p95)
      .filter(([k]) => k.endsWith("|8") && !k.startsWith("typo"))
      .map(([, v]) => v),
  );
  const r2 = (n: number) => Number(n.toFixed(2));
  console.log(
    `BENCH ${JSON.stringify({ search_p95_ms_c1: r2(c1), search_p95_ms_c8: r2(c8), search_typo_p95_ms: r2(Math.max(p95["typo|1"], p95["typo|8"])), list_p95_ms_c8: r2(list.p95), rows })}`,
  );
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  await embedded?.stop().catch(() => {});
}
