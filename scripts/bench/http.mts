// `npm run bench -- http`: creating production orders end to end over HTTP, as planners'
// browsers do it. The production build runs under `next start` against an embedded PostgreSQL
// of its own; every virtual user signs in through Better Auth's endpoint and calls the
// createProductionOrderAction server action with a real POST (refresh on, an item whose BOM
// has ~250 components on 3 levels and a routing). Success is the action's answer with the new
// order's address; the browser then opens the card in a request of its own, which this benchmark
// does not send. All orders are for the same item, so after the first the refresh finds the
// item's BOM catalog already held (load-bom-catalog.ts), as a planner entering order after
// order would. Afterwards the database must hold each created order once, under a distinct number.
// Then, in the same run on the same database, the raw-SQL floor (http/floor.mts): the same orders
// written by hand-written SQL over pg with the same numbers of concurrent users, so the app's
// figures can be read against what this machine's PostgreSQL can do today.
import { execSync } from "node:child_process";
import pg from "pg";
import { benchRun, percentile, printTable } from "./support.mts";
import { cpuPerOrder, cpuSnapshot } from "./http/cpu.mts";
import { actionId, callAction, signIn, type ActionCall } from "./http/client.mts";
import { audit, benchFixture, BENCH_PASSWORD } from "./http/fixtures.mts";
import { floorPhase } from "./http/floor.mts";
import { startBenchApp } from "./start-bench-app.mts";

const PORT = Number(process.env.BENCH_HTTP_PORT ?? 3200);
const PHASES = [
  { key: "c8", users: 8, ordersEach: Number(process.env.BENCH_C8_ORDERS ?? 25) },
  { key: "c32", users: 32, ordersEach: Number(process.env.BENCH_C32_ORDERS ?? 10) },
];
// The measured phases are a server in its steady state, as production runs for days. A freshly
// started server is still compiling its hot code (Node's Maglev and TurboFan tiers) for several
// hundred requests: traced under this load (--trace-opt), it kept optimising functions until
// ~700 orders, and the app server's CPU per order at c8 was 8-9 ms after a warm-up of 64 orders
// against 4.7-5.4 ms after 800. 25 orders per user (800) take it past that. The warm-up row shows
// those cold figures; BENCH_WARMUP_EACH sets another number.
const WARMUP_EACH = Number(process.env.BENCH_WARMUP_EACH ?? 25);
const maxUsers = Math.max(...PHASES.map((p) => p.users));
const appOrders = PHASES.reduce((n, p) => n + p.users * p.ordersEach, 0) + maxUsers * WARMUP_EACH;
const plannedOrders = appOrders * 2; // the app's, then the floor's
const log = (s: string) => console.log(`[bench:http] ${s}`);
const load = () =>
  execSync("uptime", { encoding: "utf8" })
    .trim()
    .replace(/^.*load average:\s*/, "");

type PhaseResult = {
  key: string;
  users: number;
  calls: number;
  ok: number;
  errors: number;
  seconds: number;
  sorted: number[];
  cpu: ReturnType<typeof cpuPerOrder>;
};

/** The floor's phases, on the pool size the app uses (DB_POOL_MAX, default 10). */
async function runFloor(url: string, input: Parameters<typeof floorPhase>[3]): Promise<PhaseResult[]> {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.BENCH_DB_POOL_MAX ?? 10) });
  // An idle connection that breaks (the database stopping at the end) must not take the process down.
  pool.on("error", () => {});
  try {
    const out: PhaseResult[] = [];
    for (const p of [
      { key: "floor warm-up", users: maxUsers, ordersEach: WARMUP_EACH },
      ...PHASES.map((p) => ({ ...p, key: `floor ${p.key}` })),
    ]) {
      const before = cpuSnapshot(undefined);
      const r = await floorPhase(pool, p.users, p.ordersEach, input);
      if (r.firstError) floorError ??= `${p.key}: ${r.firstError}`;
      const calls = p.users * p.ordersEach;
      out.push({
        key: p.key,
        users: p.users,
        calls,
        ok: r.sorted.length,
        errors: r.errors,
        seconds: r.seconds,
        sorted: r.sorted,
        cpu: cpuPerOrder(before, cpuSnapshot(undefined), calls),
      });
    }
    return out;
  } finally {
    await pool.end();
  }
}

const run = benchRun();

const sample: { firstError?: { phase: string; call: ActionCall } } = {};
let floorError: string | undefined;

async function runPhase(
  key: string,
  users: { cookie: string }[],
  ordersEach: number,
  call: () => (cookie: string) => Promise<ActionCall>,
): Promise<PhaseResult> {
  const latencies: number[] = [];
  let errors = 0;
  const serverPid = run.app?.running() ? run.app.server.pid : undefined;
  const cpuBefore = cpuSnapshot(serverPid);
  const started = performance.now();
  await Promise.all(
    users.map(async ({ cookie }) => {
      const send = call();
      for (let i = 0; i < ordersEach; i++) {
        const r = await send(cookie).catch((e): ActionCall => ({ ok: false, status: 0, ms: 0, redirect: null, body: String(e) }));
        if (r.ok) latencies.push(r.ms);
        else {
          errors++;
          sample.firstError ??= { phase: key, call: r };
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuPerOrder(cpuBefore, cpuSnapshot(serverPid), users.length * ordersEach);
  return {
    key,
    users: users.length,
    calls: users.length * ordersEach,
    ok: latencies.length,
    errors,
    seconds,
    sorted: latencies.sort((a, b) => a - b),
    cpu,
  };
}

await run.main(async () => {
  const loadBefore = load();
  log(`load average before: ${loadBefore}`);
  const fixture = await benchFixture({ users: maxUsers, orders: plannedOrders, log });
  run.stopDb = fixture.stop;
  log(`item ${fixture.tree.topItemNo}: ${fixture.tree.expectedComponentCount} components per refresh, series ${fixture.series}`);
  const env: Record<string, string> = process.env.BENCH_DB_POOL_MAX ? { DB_POOL_MAX: process.env.BENCH_DB_POOL_MAX } : {};
  const app = (run.app = await startBenchApp({ databaseUrl: fixture.url, port: PORT, log, env }));
  const { baseUrl } = app.server;
  const id = actionId(
    "lib/actions/production-orders.ts",
    "createProductionOrderAction",
    `${app.dir}/.next/server/server-reference-manifest.json`,
  );
  log(`createProductionOrderAction = ${id}`);

  const users = [];
  for (const [i, email] of fixture.users.entries())
    users.push({ cookie: await signIn(baseUrl, email, BENCH_PASSWORD, `10.77.${i >> 8}.${(i % 254) + 1}`) });
  const input = {
    status: "FIRM_PLANNED",
    sourceType: "ITEM",
    sourceNo: fixture.tree.topItemNo,
    quantity: 10,
    dueDate: "2027-03-01",
    locationCode: "",
    refresh: true,
  };
  const create = () => (cookie: string) => callAction(baseUrl, "/production-orders/new", id, [null, input], cookie);

  const warmup = await runPhase("warm-up", users, WARMUP_EACH, create);
  log(`warm-up: ${warmup.ok} ok, ${warmup.errors} errors`);
  // Statistics as autovacuum keeps them on a database in use: the measured phases see a running
  // system, not one whose tables were created seconds ago (autovacuum looks once a minute).
  if (process.env.BENCH_NO_ANALYZE !== "1") await fixture.db.$executeRawUnsafe("ANALYZE");
  const results = [warmup];
  for (const p of PHASES) results.push(await runPhase(p.key, users.slice(0, p.users), p.ordersEach, create));
  const loadAfter = load();

  const stored = await audit(fixture.db, fixture.tree.topItemNo, fixture.tree.expectedComponentCount);
  const okCalls = results.reduce((n, r) => n + r.ok, 0);
  const errors = results.reduce((n, r) => n + r.errors, 0);
  const measured = results.slice(1);
  const by = (key: string) => measured.find((r) => r.key === key)!;

  // The floor runs with the app stopped: nothing of the app competes with it for the cores.
  await app.stopServer();
  const floor = await runFloor(fixture.url, {
    itemNo: fixture.tree.topItemNo,
    quantity: input.quantity,
    dueDate: input.dueDate,
    series: fixture.series,
    expectedComponents: fixture.tree.expectedComponentCount,
  });

  console.log(
    `\nHTTP: createProductionOrderAction (refresh on, ${fixture.tree.expectedComponentCount} components + routing per order) via next start\n`,
  );
  printTable(
    ["phase", "users", "calls", "ok", "errors", "orders/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "CPU ms/order: app", "db", "client"],
    [...results, ...floor].map((r) => [
      r.key,
      r.users,
      r.calls,
      r.ok,
      r.errors,
      r.ok / r.seconds,
      percentile(r.sorted, 50),
      percentile(r.sorted, 95),
      percentile(r.sorted, 99),
      r.sorted.at(-1) ?? 0,
      r.key.startsWith("floor") ? "-" : r.cpu.server,
      r.cpu.database,
      r.cpu.client,
    ]),
  );
  console.log("CPU ms/order: CPU time per call of the app server (next start), all PostgreSQL processes and this load generator (/proc)");
  console.log(
    "floor: the same orders (header, lines, components, routing lines, number) as raw SQL over pg from this process, same users,",
  );
  console.log("       app stopped; no HTTP, session, validation, scheduling or audit entry (the app does all of these)");
  const floorOf = (key: string) => floor.find((r) => r.key === `floor ${key}`)!;
  for (const p of PHASES) {
    const a = by(p.key),
      f = floorOf(p.key);
    if (!f.ok || !a.ok) {
      console.log(`${p.key}: no ratio to the floor (${f.ok} floor orders, ${a.ok} app orders succeeded)`);
      continue;
    }
    console.log(
      `${p.key}: p95 ${(percentile(a.sorted, 95) / percentile(f.sorted, 95)).toFixed(2)}× the floor's, throughput ${((a.ok / a.seconds / (f.ok / f.seconds)) * 100).toFixed(0)} % of the floor's`,
    );
  }
  console.log(
    `\nDatabase: ${stored.orders} orders for ${okCalls} successful calls, ${stored.distinctNos} distinct numbers, ` +
      `${stored.orders - stored.distinctNos} duplicates, ${stored.placeholders} without a drawn number, ${stored.badComponents} with a wrong component count`,
  );
  console.log(`Load average (1/5/15 min): before ${loadBefore}; after ${loadAfter} (2 cores, shared machine)`);
  console.log(`Targets: p95 ≤ 150 ms at 8 users, ≤ 400 ms at 32 users, 0 errors, 0 duplicate numbers`);
  if (sample.firstError) {
    const { phase, call } = sample.firstError;
    console.log(`\nFirst error (${phase}): HTTP ${call.status}, x-action-redirect=${call.redirect ?? "-"}\n${call.body.slice(0, 1500)}`);
  }
  if (floorError) {
    // The floor measures the machine, not the app: its failure is no app error, but the run is not valid.
    console.log(
      `\nThe floor failed (${floor.reduce((n, r) => n + r.errors, 0)} orders), its ratios mean nothing: ${floorError.slice(0, 1500)}`,
    );
    process.exitCode = 1;
  }
  const dbErrors = Math.abs(stored.orders - okCalls) + (stored.orders - stored.distinctNos) + stored.placeholders + stored.badComponents;
  const r2 = (n: number) => Number(n.toFixed(2));
  console.log(
    `BENCH ${JSON.stringify({
      create_c8_per_s: r2(by("c8").ok / by("c8").seconds),
      create_c8_p95_ms: r2(percentile(by("c8").sorted, 95)),
      create_c32_per_s: r2(by("c32").ok / by("c32").seconds),
      create_c32_p95_ms: r2(percentile(by("c32").sorted, 95)),
      errors: errors + dbErrors,
    })}`,
  );
});
