// `npm run bench -- export`: a list export of 200,000 Firm Planned orders over HTTP, as a
// browser downloads it. The production build runs under `next start` on an embedded PostgreSQL
// of its own; the orders are written set-based (one INSERT … SELECT generate_series, not via the
// service, then ANALYZE as autovacuum would), a planner signs in through Better Auth and GETs
// /export/production-orders/firm-planned (the list's default sort, every row). The body is read
// as it arrives and checked (rows, each once); the app server's RSS is sampled from /proc while
// it streams, so "growth" says whether the export holds the file or one page.
// The floor, in the same run with the app stopped: the same rows and columns through one pg
// cursor (DECLARE … FETCH 5,000 at a time) written as CSV by the same csvLine: the database and
// the CSV writing without HTTP, session, keyset paging or the stream.
import { readFileSync } from "node:fs";
import pg from "pg";
import { startEmbeddedDb, type EmbeddedDb } from "../../lib/embedded-db.ts";
import { prepareDatabase } from "../../lib/prepare-database.ts";
import { createPrismaClient } from "../../lib/db-client.ts";
import { DEMO_PASSWORD } from "../../lib/seed/demo-users.ts";
import { csvLine } from "../../lib/domain/csv/write.ts";
import { insertBulkOrders } from "../../tests/factories/bulk-orders.ts";
import { printTable } from "./support.mts";
import { processes } from "./http/cpu.mts";
import { signIn } from "./http/client.mts";
import { startBenchApp, type BenchApp } from "./start-bench-app.mts";

const ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 200_000);
const PORT = Number(process.env.BENCH_HTTP_PORT ?? 3210);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54470);
const TARGET_S = 5;
const PREFIX = "BX";
const log = (s: string) => console.log(`[bench:export] ${s}`);
const loadAverage = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");

let embedded: EmbeddedDb | null = null;
let app: BenchApp | null = null;
const cleanUp = async () => {
  await app?.close();
  app = null;
  await embedded?.stop().catch(() => {});
  embedded = null;
};
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => void cleanUp().then(() => process.exit(130)));

/** RSS (MB) of the server and every process below it. */
function treeRss(root: number): number {
  const all = processes();
  const parent = new Map(all.map((p) => [p.pid, p.ppid]));
  let kb = 0;
  for (const p of all) {
    let under = false;
    for (let q: number | undefined = p.pid; q && q > 1; q = parent.get(q)) if (q === root) under = true;
    if (!under) continue;
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p.pid}/status`, "utf8"));
    kb += m ? Number(m[1]) : 0;
  }
  return kb / 1024;
}

/** rssHalf: the peak while the first half of the rows came; flat memory keeps rssPeak near it. */
type Run = {
  label: string;
  rows: number;
  distinct: number;
  bytes: number;
  seconds: number;
  rssBefore: number;
  rssHalf: number;
  rssPeak: number;
  firstByteMs: number;
};

/** One export over HTTP: the body read chunk by chunk as a browser saves it, never held whole. */
async function exportOnce(baseUrl: string, cookie: string, query: string, label: string, expected: number): Promise<Run> {
  const pid = app!.server.pid!;
  const rssBefore = treeRss(pid);
  let rssPeak = rssBefore;
  let rssHalf = rssBefore;
  let rows = -1; // the header line
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, treeRss(pid));
    if (rows < expected / 2) rssHalf = rssPeak;
  }, 50);
  const started = performance.now();
  try {
    const res = await fetch(`${baseUrl}/export/production-orders/firm-planned${query}`, { headers: { cookie } });
    if (res.status !== 200) throw new Error(`export answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
    const firstByteMs = performance.now() - started;
    const decoder = new TextDecoder();
    const nos = new Set<string>();
    let bytes = 0;
    let rest = "";
    const reader = res.body!.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      const chunk = r.value;
      bytes += chunk.length;
      const lines = (rest + decoder.decode(chunk, { stream: true })).split("\r\n");
      rest = lines.pop()!;
      for (const line of lines) {
        rows++;
        if (rows > 0) nos.add(line.slice(0, line.indexOf(",")));
      }
    }
    if (rest) throw new Error(`the file ends inside a line: ${rest.slice(0, 80)}`);
    return {
      label,
      rows,
      distinct: nos.size,
      bytes,
      seconds: (performance.now() - started) / 1000,
      rssBefore,
      rssHalf,
      rssPeak,
      firstByteMs,
    };
  } finally {
    clearInterval(sampler);
  }
}

/** The floor: the same rows and columns through one pg cursor, written as CSV by csvLine. */
async function floor(url: string): Promise<{ rows: number; bytes: number; seconds: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  let rows = 0;
  let bytes = 0;
  try {
    await client.query("BEGIN");
    // Values already as the file writes them (PostgreSQL formats them), so the floor does no
    // less writing than the export and no more.
    await client.query(`DECLARE bench_export NO SCROLL CURSOR FOR
      SELECT no, description, initcap("sourceType"::text), "sourceNo", trim_scale(quantity)::text, "dueDate"::text,
             to_char("startingDateTime", 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), to_char("endingDateTime", 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), "locationCode"
        FROM "ProductionOrder" WHERE status = 'FIRM_PLANNED' ORDER BY no DESC`);
    for (;;) {
      const { rows: page } = await client.query<Record<string, unknown>>("FETCH 5000 FROM bench_export");
      if (!page.length) break;
      let text = "";
      for (const r of page) text += csvLine(Object.values(r) as string[]);
      bytes += Buffer.byteLength(text);
      rows += page.length;
    }
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
  return { rows, bytes, seconds: (performance.now() - started) / 1000 };
}

try {
  const loadBefore = loadAverage();
  log(`load average before: ${loadBefore}`);
  embedded = await startEmbeddedDb({ dir: ".data/bench-export", port: PG_PORT, database: "bench", fresh: true, log });
  const url = embedded.url;
  await prepareDatabase(url);
  const db = createPrismaClient(url, { max: 2 });
  const seedStarted = performance.now();
  const inserted = await insertBulkOrders(db, { status: "FIRM_PLANNED", prefix: PREFIX, count: ROWS });
  const total = await db.productionOrder.count({ where: { status: "FIRM_PLANNED" } });
  await db.$disconnect();
  log(
    `${inserted} Firm Planned orders written in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s (one INSERT … SELECT); ${total} in the list`,
  );

  app = await startBenchApp({ databaseUrl: url, port: PORT, log });
  const { server } = app;
  const cookie = await signIn(server.baseUrl, "planner@cronus.demo", DEMO_PASSWORD, "127.0.0.9");

  // Warm-up: the route's first calls compile and connect, and its hot code gets optimised.
  const warm = await exportOnce(server.baseUrl, cookie, `?f_no=${PREFIX}0001`, "warm-up (10,000 rows)", 10_000);
  const full = await exportOnce(server.baseUrl, cookie, "", `all ${total} rows`, total);
  await app.stopServer();
  const f = await floor(url);
  const loadAfter = loadAverage();

  console.log(`\nExport of the Firm Planned list over HTTP (next start), default sort (No., descending)\n`);
  printTable(
    [
      "run",
      "rows",
      "distinct Nos.",
      "MB",
      "first byte ms",
      "seconds",
      "rows/s",
      "server RSS before MB",
      "peak, 1st half",
      "peak",
      "growth MB",
    ],
    [warm, full].map((r) => [
      r.label,
      r.rows,
      r.distinct,
      r.bytes / 1e6,
      r.firstByteMs,
      r.seconds,
      Math.round(r.rows / r.seconds),
      r.rssBefore,
      r.rssHalf,
      r.rssPeak,
      r.rssPeak - r.rssBefore,
    ]),
  );
  console.log(
    "RSS: the app server's (next start and its children), sampled every 50 ms; flat memory: the peak over all rows stays near the first half's",
  );
  console.log(
    `floor: the same ${f.rows} rows and columns (${(f.bytes / 1e6).toFixed(2)} MB) via one pg cursor (FETCH 5000) into CSV by csvLine, app stopped: ${f.seconds.toFixed(2)} s`,
  );
  console.log(`export: ${(full.seconds / f.seconds).toFixed(2)}× the floor's time; target ${ROWS} rows in ≤ ${TARGET_S} s`);
  console.log(`Load average (1/5/15 min): before ${loadBefore}; after ${loadAfter} (2 cores, shared machine)`);
  const complete = full.rows === total && full.distinct === total;
  if (!complete) {
    console.log(`\nThe export is NOT complete: ${full.rows} rows (${full.distinct} distinct) for ${total} in the list`);
    process.exitCode = 1;
  }
  const r2 = (n: number) => Number(n.toFixed(2));
  console.log(
    `BENCH ${JSON.stringify({
      export_rows: full.rows,
      export_s: r2(full.seconds),
      export_rss_growth_mb: r2(full.rssPeak - full.rssBefore),
      export_rss_growth_2nd_half_mb: r2(full.rssPeak - full.rssHalf),
      floor_s: r2(f.seconds),
      complete,
    })}`,
  );
} catch (e) {
  console.error(e);
  if (app?.running()) console.error(`--- next start output (tail) ---\n${app.server.output().slice(-3000)}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
