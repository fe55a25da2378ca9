// Number-series allocation throughput (NS-8/NS-9): each allocation draws a number and inserts a
// document row in the same transaction, through the number-series facade's draw and the app's
// raw-SQL module (tests/support/no-series-draw.ts), at 1, 8 and 32 clients;
// next to it the raw-SQL floor (one UPDATE … RETURNING + INSERT statement through `pg`) at 8
// clients. Every configuration runs for a fixed time; afterwards all rows are checked for
// duplicate numbers and, for gap-free series, for gaps.
import pg from "pg";
import { createPrismaClient, type Db } from "../../lib/db-client.ts";
// The services import the client module by its alias; ask that instance, as they do.
import { rawPoolOf } from "@/lib/db-client";
import { getNextNo, insertWithNextNo } from "../../tests/support/no-series-draw.ts";
import { resetLineSequence } from "../../lib/services/no-series/sequences.ts";
import { Prisma } from "../../lib/generated/prisma/client.ts";
import { isUniqueViolation } from "../../lib/services/db-errors.ts";
import { benchDatabase, percentile, printTable } from "./support.mts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = 3;
type Mode = "normal" | "sequence" | "normal-interactive" | "floor";
type Config = { key: string; label: string; mode: Mode; clients: number };

const CONFIGS: Config[] = [
  { key: "normal_c1", label: "Normal, insertWithNextNo", mode: "normal", clients: 1 },
  { key: "floor_c8", label: "raw SQL floor (pg, UPDATE…RETURNING+INSERT)", mode: "floor", clients: 8 },
  { key: "normal_c8", label: "Normal, insertWithNextNo", mode: "normal", clients: 8 },
  { key: "normal_c32", label: "Normal, insertWithNextNo", mode: "normal", clients: 32 },
  { key: "sequence_c1", label: "Sequence, insertWithNextNo", mode: "sequence", clients: 1 },
  { key: "sequence_c8", label: "Sequence, insertWithNextNo", mode: "sequence", clients: 8 },
  { key: "sequence_c32", label: "Sequence, insertWithNextNo", mode: "sequence", clients: 32 },
  { key: "interactive_c8", label: "Normal, getNextNo + insert in $transaction", mode: "normal-interactive", clients: 8 },
];

type Result = { config: Config; count: number; perSecond: number; p50: number; p95: number; duplicates: number; errors: number };

const { url, stop } = await benchDatabase("number-series");
const db = createPrismaClient(url, { max: 40 });
const pool = new pg.Pool({ connectionString: url, max: 8 });

// One series (and prefix) per configuration, so counts and gaps are per configuration.
const seriesOf = (c: Config) => `BN-${c.key.toUpperCase()}`.slice(0, 20);
const prefixOf = (c: Config) =>
  `${c.key
    .replace(/[^a-z]/g, "")
    .slice(0, 3)
    .toUpperCase()}${c.clients}-`;

async function setUp() {
  await db.$executeRawUnsafe(`DROP TABLE IF EXISTS bench_doc, bench_counter`);
  // A document table like ProductionOrder: the number is the key, so duplicates cannot hide.
  await db.$executeRawUnsafe(
    `CREATE TABLE bench_doc (series text NOT NULL, no text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (series, no))`,
  );
  await db.$executeRawUnsafe(`CREATE TABLE bench_counter (id int PRIMARY KEY, last bigint NOT NULL)`);
  await db.$executeRawUnsafe(`INSERT INTO bench_counter VALUES (1, 0)`);
  for (const c of CONFIGS.filter((c) => c.mode !== "floor")) {
    const implementation = c.mode === "sequence" ? "SEQUENCE" : "NORMAL";
    const series = await db.noSeries.create({
      data: {
        code: seriesOf(c),
        description: c.label,
        lines: { create: { lineNo: 10000, startingNo: `${prefixOf(c)}0000001`, implementation } },
      },
      include: { lines: true },
    });
    if (implementation === "SEQUENCE") await resetLineSequence(db, series.lines[0].id);
  }
}

const insertDoc = (series: string) => (noExpr: Prisma.Sql) =>
  Prisma.sql`INSERT INTO bench_doc (series, no) VALUES (${series}, ${noExpr}) RETURNING no`;

function allocator(c: Config, client: Db): () => Promise<unknown> {
  const series = seriesOf(c);
  switch (c.mode) {
    case "normal":
    case "sequence":
      // One statement, auto-committed: draw + insert is its own transaction.
      return () => insertWithNextNo(client, series, null, insertDoc(series));
    case "normal-interactive":
      return () =>
        client.$transaction(async (tx) => {
          const { no } = await getNextNo(tx, series);
          await tx.$executeRaw`INSERT INTO bench_doc (series, no) VALUES (${series}, ${no})`;
        });
    case "floor":
      return () =>
        pool.query(`WITH n AS (UPDATE bench_counter SET last = last + 1 WHERE id = 1 RETURNING last)
                    INSERT INTO bench_doc (series, no) SELECT 'FLOOR', 'F-' || lpad(last::text, 7, '0') FROM n`);
  }
}

type Tally = { latencies: number[]; seconds: number; duplicates: number; errors: number };

/** Runs one configuration for `seconds`, adding to its tally. */
async function runSlice(c: Config, seconds: number, tally: Tally) {
  const allocate = allocator(c, db);
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: c.clients }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        try {
          await allocate();
          tally.latencies.push(performance.now() - t0);
        } catch (e) {
          if (isUniqueViolation(e)) tally.duplicates++;
          else if (++tally.errors === 1) console.error(`${c.key}:`, e);
        }
      }
    }),
  );
  tally.seconds += (performance.now() - started) / 1000;
}

/**
 * Every configuration runs SECONDS in all, in ROUNDS slices taken in turn, so that a load
 * change on a shared machine hits all configurations alike and the ratios stay fair.
 */
async function runAll(): Promise<Result[]> {
  const tallies = CONFIGS.map((): Tally => ({ latencies: [], seconds: 0, duplicates: 0, errors: 0 }));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, c] of CONFIGS.entries()) await runSlice(c, SECONDS / ROUNDS, tallies[i]);
  }
  return CONFIGS.map((config, i) => {
    const t = tallies[i];
    const sorted = t.latencies.sort((a, b) => a - b);
    return {
      config,
      count: sorted.length,
      perSecond: sorted.length / t.seconds,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      duplicates: t.duplicates,
      errors: t.errors,
    };
  });
}

/** Over all stored rows: numbers stored twice, and (for gap-free series) numbers missing. */
async function audit() {
  const { rows } = await pool.query<{ series: string; n: string; dup: string; span: string }>(
    `SELECT series, count(*) AS n, count(*) - count(DISTINCT no) AS dup,
            max(substring(no from '[0-9]+$')::bigint) - min(substring(no from '[0-9]+$')::bigint) + 1 AS span
       FROM bench_doc GROUP BY series`,
  );
  return new Map(rows.map((r) => [r.series, { rows: Number(r.n), duplicates: Number(r.dup), gaps: Number(r.span) - Number(r.n) }]));
}

try {
  // insertWithNextNo takes pg's pool directly when it can; make sure it can here, or the run
  // would quietly measure the slower path through Prisma.
  if (!rawPoolOf(db)) throw new Error("insertWithNextNo cannot reach the client's pg pool: the benchmark would measure the Prisma path");
  await setUp();
  // Warm-up: plans, pools and the sequence (not measured, not counted).
  await Promise.all(Array.from({ length: 40 }, () => db.$queryRaw`SELECT 1`));
  await Promise.all(Array.from({ length: 8 }, () => pool.query("SELECT 1")));

  const results = await runAll();
  const stored = await audit();

  const gapFree = (c: Config) => c.mode !== "sequence";
  const rows = results.map((r) => {
    const s = stored.get(r.config.mode === "floor" ? "FLOOR" : seriesOf(r.config)) ?? { rows: 0, duplicates: 0, gaps: 0 };
    return [
      r.config.label,
      r.config.clients,
      r.count,
      Math.round(r.perSecond),
      r.p50,
      r.p95,
      r.duplicates + s.duplicates,
      gapFree(r.config) ? s.gaps : `${s.gaps} (allowed)`,
      r.errors,
    ];
  });
  console.log(
    `\nNumber series: allocations (draw + document insert) for ${SECONDS} s per configuration (in ${ROUNDS} interleaved slices)\n`,
  );
  printTable(["configuration", "clients", "allocations", "per s", "p50 ms", "p95 ms", "duplicates", "gaps", "errors"], rows);

  const by = (key: string) => results.find((r) => r.config.key === key)!;
  const duplicates = results.reduce((sum, r) => sum + r.duplicates, 0) + [...stored.values()].reduce((sum, s) => sum + s.duplicates, 0);
  const gaps = results
    .filter((r) => gapFree(r.config))
    .reduce((sum, r) => sum + (stored.get(r.config.mode === "floor" ? "FLOOR" : seriesOf(r.config))?.gaps ?? 0), 0);
  const ratio = by("normal_c8").perSecond / by("floor_c8").perSecond;
  console.log(
    `\nNormal at 8 clients = ${(ratio * 100).toFixed(0)} % of the floor (target ≥ 60 %); Sequence at 32 clients = ${Math.round(by("sequence_c32").perSecond)}/s (target ≥ 3,000/s)`,
  );
  const r1 = (n: number) => Math.round(n);
  console.log(
    `BENCH ${JSON.stringify({
      normal_c1_per_s: r1(by("normal_c1").perSecond),
      normal_c8_per_s: r1(by("normal_c8").perSecond),
      normal_c32_per_s: r1(by("normal_c32").perSecond),
      normal_c32_p95_ms: Number(by("normal_c32").p95.toFixed(2)),
      sequence_c32_per_s: r1(by("sequence_c32").perSecond),
      floor_c8_per_s: r1(by("floor_c8").perSecond),
      duplicates,
      gaps,
    })}`,
  );
} finally {
  await db.$disconnect();
  await pool.end();
  // Connections the client's pool still holds are cut when the server stops: not an error.
  process.on("uncaughtException", (e) => {
    if ((e as { code?: string }).code !== "57P01") throw e;
  });
  await stop();
}
