// `npm run bench -- cluster`: creating production orders with refresh at 32 users, in one run on one
// database (issue 27):
//   direct    one app server, requests straight at it, the database straight (no proxy, no pooler);
//   cluster1  HAProxy → 1 app server → PgBouncer (transaction mode) → the database;
//   cluster2  HAProxy → 2 app servers → PgBouncer → the database.
// Same build, same server script (scripts/serve.mts), same client and fixture as `bench -- http`
// (http/client.mts, http/fixtures.mts): ~250 components on 3 levels and a routing per order.
// Each phase starts with a warm-up (fresh node processes compile their hot code first), then the
// measured orders. Afterwards the database must hold each created order once, complete.
// Each measured phase also says where its CPU went, per order (from /proc: the app servers, HAProxy,
// PgBouncer, this cluster's PostgreSQL processes and this load generator), which the shared
// machine's load does not skew the way it skews orders/s.
// BENCH_CLUSTER_WARMUP_EACH / BENCH_CLUSTER_EACH: orders per user in the warm-up / measured part.
// BENCH_CLUSTER_POOL_SIZE: PgBouncer's server connections (default, as `npm run cluster`: 10).
// Ports: BENCH_CLUSTER_PORT (proxy; nodes the next ones), BENCH_CLUSTER_PGBOUNCER_PORT, BENCH_CLUSTER_PG_PORT.
import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { percentile, printTable } from "./support.mts";
import { processes, treeCpu } from "./http/cpu.mts";
import { actionId, callAction, signIn, type ActionCall } from "./http/client.mts";
import { audit, benchFixture, BENCH_PASSWORD, type Fixture } from "./http/fixtures.mts";
import { prepareApp, serverEnv, type AppDir } from "./http/server.mts";
import { nodeEnv, startNode, startPgBouncer, startProxy, type PgBouncer, type Proc, type Proxy } from "../cluster/parts.mts";

const USERS = 32;
const WARMUP_EACH = Number(process.env.BENCH_CLUSTER_WARMUP_EACH ?? 10);
const EACH = Number(process.env.BENCH_CLUSTER_EACH ?? 10);
const PORT = Number(process.env.BENCH_CLUSTER_PORT ?? 3390);
const PGBOUNCER_PORT = Number(process.env.BENCH_CLUSTER_PGBOUNCER_PORT ?? 6490);
const PG_PORT = Number(process.env.BENCH_CLUSTER_PG_PORT ?? 54390);
const POOL_SIZE = process.env.BENCH_CLUSTER_POOL_SIZE ? Number(process.env.BENCH_CLUSTER_POOL_SIZE) : undefined;
const SECRET = "bench-cluster-secret-0123456789abcdef0123456789";
const log = (s: string) => console.log(`[bench:cluster] ${s}`);
const load = () =>
  execSync("uptime", { encoding: "utf8" })
    .trim()
    .replace(/^.*load average:\s*/, "");

type Phase = {
  key: string;
  servers: number;
  calls: number;
  ok: number;
  errors: number;
  seconds: number;
  sorted: number[];
  servedBy: Map<string, number>;
  cpu: CpuPerOrder;
};

// CPU per part, from /proc. PostgreSQL is kept per process (backends come and go), and only this
// cluster's (the processes under its postmaster): other work on the machine has its own.
type Parts = { app: number[]; proxy: number | null; pooler: number | null };
type CpuSnap = { app: number; proxy: number; pooler: number; database: Map<number, number>; client: number };
type CpuPerOrder = { app: number; proxy: number; pooler: number; database: number; client: number; total: number };
let postmaster = 0;
function cpuSnap(parts: Parts): CpuSnap {
  const all = processes();
  const parent = new Map(all.map((p) => [p.pid, p.ppid]));
  const own = process.cpuUsage();
  return {
    app: parts.app.reduce((s, pid) => s + treeCpu(all, pid), 0),
    proxy: parts.proxy ? treeCpu(all, parts.proxy) : 0,
    pooler: parts.pooler ? treeCpu(all, parts.pooler) : 0,
    database: new Map(all.filter((p) => p.pid === postmaster || parent.get(p.pid) === postmaster).map((p) => [p.pid, p.ms])),
    client: (own.user + own.system) / 1000,
  };
}
function cpuPerOrder(a: CpuSnap, b: CpuSnap, orders: number): CpuPerOrder {
  const per = (ms: number) => (orders ? ms / orders : 0);
  let database = 0;
  for (const [pid, ms] of b.database) database += ms - (a.database.get(pid) ?? 0);
  const r = {
    app: per(b.app - a.app),
    proxy: per(b.proxy - a.proxy),
    pooler: per(b.pooler - a.pooler),
    database: per(database),
    client: per(b.client - a.client),
  };
  return { ...r, total: r.app + r.proxy + r.pooler + r.database + r.client };
}

const running: { stop: () => Promise<void> }[] = [];
let fixture: Fixture | null = null;
let app: AppDir | null = null;
const cleanUp = async () => {
  for (const p of running.splice(0).reverse()) await p.stop().catch(() => {});
  await fixture?.stop().catch(() => {});
  fixture = null;
  app?.remove();
  app = null;
};
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => void cleanUp().then(() => process.exit(130)));

async function runPhase(
  key: string,
  servers: number,
  parts: Parts,
  baseUrl: string,
  cookies: string[],
  each: number,
  id: string,
  itemNo: string,
): Promise<Phase> {
  const input = {
    status: "FIRM_PLANNED",
    sourceType: "ITEM",
    sourceNo: itemNo,
    quantity: 10,
    dueDate: "2027-03-01",
    locationCode: "",
    refresh: true,
  };
  const latencies: number[] = [];
  const servedBy = new Map<string, number>();
  let errors = 0;
  const cpuBefore = cpuSnap(parts);
  const started = performance.now();
  await Promise.all(
    cookies.map(async (cookie) => {
      for (let i = 0; i < each; i++) {
        const r = await callAction(baseUrl, "/production-orders/new", id, [null, input], cookie).catch((e): ActionCall => ({
          ok: false,
          status: 0,
          ms: 0,
          redirect: null,
          body: String(e),
        }));
        if (r.ok) latencies.push(r.ms);
        else {
          errors++;
          firstError ??= `${key}: HTTP ${r.status} ${r.body.slice(0, 800)}`;
        }
        if (r.servedBy) servedBy.set(r.servedBy, (servedBy.get(r.servedBy) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuPerOrder(cpuBefore, cpuSnap(parts), latencies.length);
  const phase = {
    key,
    servers,
    calls: cookies.length * each,
    ok: latencies.length,
    errors,
    seconds,
    sorted: latencies.sort((a, b) => a - b),
    servedBy,
    cpu,
  };
  everyPhase.push(phase);
  return phase;
}
let firstError: string | undefined;
const everyPhase: Phase[] = [];

const track = <T extends { stop: () => Promise<void> }>(p: T): T => (running.push(p), p);
const stopTracked = async (p: { stop: () => Promise<void> }) => {
  running.splice(running.indexOf(p), 1);
  await p.stop();
};

try {
  const loadBefore = load();
  log(`load average before: ${loadBefore}`);
  const phasesPlanned = 3;
  fixture = await benchFixture({
    users: USERS,
    orders: phasesPlanned * USERS * (WARMUP_EACH + EACH),
    log,
    embedded: { dir: ".data/bench-cluster", port: PG_PORT },
  });
  const { tree } = fixture;
  postmaster = Number(readFileSync(path.join(fixture.dataDir!, "postmaster.pid"), "utf8").split("\n")[0]);
  log(`item ${tree.topItemNo}: ${tree.expectedComponentCount} components per refresh, series ${fixture.series}`);
  // One build for every node (a private copy of the project, as `bench -- http` serves).
  app = await prepareApp(serverEnv(fixture.url, PORT), log);
  const id = actionId(
    "lib/actions/production-orders.ts",
    "createProductionOrderAction",
    `${app.dir}/.next/server/server-reference-manifest.json`,
  );
  const proxyUrl = `http://localhost:${PORT}`;
  const env = (name: string, port: number, databaseUrl: string) =>
    nodeEnv({ databaseUrl, port, publicUrl: proxyUrl, secret: SECRET, name });
  const node = async (name: string, port: number, databaseUrl: string): Promise<Proc> =>
    track(await startNode({ appDir: app!.dir, name, port, env: env(name, port, databaseUrl), log }));

  const results: Phase[] = [];
  // direct: one server, no proxy, no pooler.
  const direct = await node("direct", PORT + 1, fixture.url);
  const directUrl = `http://localhost:${PORT + 1}`;
  const cookies: string[] = [];
  for (const [i, email] of fixture.users.entries())
    cookies.push(await signIn(directUrl, email, BENCH_PASSWORD, `10.88.${i >> 8}.${(i % 254) + 1}`));
  const directParts: Parts = { app: [direct.pid], proxy: null, pooler: null };
  await runPhase("direct warm-up", 1, directParts, directUrl, cookies, WARMUP_EACH, id, tree.topItemNo);
  await fixture.db.$executeRawUnsafe("ANALYZE");
  results.push(await runPhase("direct", 1, directParts, directUrl, cookies, EACH, id, tree.topItemNo));
  await stopTracked(direct);

  // cluster1: proxy → 1 node → PgBouncer.
  const pgbouncer: PgBouncer = track(await startPgBouncer({ directUrl: fixture.url, port: PGBOUNCER_PORT, poolSize: POOL_SIZE, log }));
  const app1 = await node("app1", PORT + 1, pgbouncer.url);
  let proxy: Proxy = track(await startProxy({ port: PORT, nodes: [{ name: "app1", port: PORT + 1 }], log, root: app.dir }));
  const parts1 = (): Parts => ({ app: [app1.pid], proxy: proxy.proc.pid, pooler: pgbouncer.proc.pid });
  await runPhase("cluster1 warm-up", 1, parts1(), proxyUrl, cookies, WARMUP_EACH, id, tree.topItemNo);
  results.push(await runPhase("cluster1", 1, parts1(), proxyUrl, cookies, EACH, id, tree.topItemNo));

  // cluster2: proxy → 2 nodes → PgBouncer (node 1 stays warm; the warm-up warms node 2).
  const app2 = await node("app2", PORT + 2, pgbouncer.url);
  await stopTracked(proxy);
  proxy = track(
    await startProxy({
      port: PORT,
      nodes: [
        { name: "app1", port: PORT + 1 },
        { name: "app2", port: PORT + 2 },
      ],
      log,
      root: app.dir,
    }),
  );
  const parts2 = (): Parts => ({ app: [app1.pid, app2.pid], proxy: proxy.proc.pid, pooler: pgbouncer.proc.pid });
  await runPhase("cluster2 warm-up", 2, parts2(), proxyUrl, cookies, WARMUP_EACH, id, tree.topItemNo);
  results.push(await runPhase("cluster2", 2, parts2(), proxyUrl, cookies, EACH, id, tree.topItemNo));
  const loadAfter = load();

  const stored = await audit(fixture.db, tree.topItemNo, tree.expectedComponentCount);
  const by = (key: string) => results.find((r) => r.key === key)!;
  const rate = (r: Phase) => r.ok / r.seconds;

  console.log(
    `\nCluster: createProductionOrderAction at ${USERS} users (refresh on, ${tree.expectedComponentCount} components + routing per order)\n`,
  );
  printTable(
    ["phase", "servers", "calls", "ok", "errors", "orders/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "served by"],
    results.map((r) => [
      r.key,
      r.servers,
      r.calls,
      r.ok,
      r.errors,
      rate(r),
      percentile(r.sorted, 50),
      percentile(r.sorted, 95),
      percentile(r.sorted, 99),
      r.sorted.at(-1) ?? 0,
      [...r.servedBy].map(([k, v]) => `${k} ${v}`).join(", ") || "-",
    ]),
  );
  console.log("\nCPU ms per order, by part (from /proc; what an order costs wherever it runs):\n");
  printTable(
    ["phase", "app servers", "HAProxy", "PgBouncer", "PostgreSQL", "load generator", "total"],
    results.map((r) => [r.key, r.cpu.app, r.cpu.proxy, r.cpu.pooler, r.cpu.database, r.cpu.client, r.cpu.total]),
  );
  console.log("direct: next start straight, database straight; cluster: HAProxy → app servers → PgBouncer (transaction mode) → PostgreSQL");
  console.log(
    `cluster2 throughput: ${((rate(by("cluster2")) / rate(by("direct"))) * 100).toFixed(0)} % of direct (target ≥ 80 % on this 2-core machine)`,
  );
  console.log(
    `\nDatabase: ${stored.orders} orders, ${stored.distinctNos} distinct numbers, ${stored.orders - stored.distinctNos} duplicates, ` +
      `${stored.placeholders} without a drawn number, ${stored.badComponents} with a wrong component count`,
  );
  console.log(`Load average (1/5/15 min): before ${loadBefore}; after ${loadAfter} (2 cores, shared machine)`);
  if (firstError) console.log(`\nFirst error: ${firstError}`);
  // Failed calls in any phase (warm-ups too), and rows that do not match the calls that succeeded.
  const okCalls = everyPhase.reduce((n, r) => n + r.ok, 0);
  const failed = everyPhase.reduce((n, r) => n + r.errors, 0);
  const errors = failed + Math.abs(stored.orders - okCalls) + stored.placeholders + stored.badComponents;
  const r2 = (n: number) => Number(n.toFixed(2));
  console.log(
    `BENCH ${JSON.stringify({
      cluster1_per_s: r2(rate(by("cluster1"))),
      cluster2_per_s: r2(rate(by("cluster2"))),
      direct_per_s: r2(rate(by("direct"))),
      cluster2_p95_ms: r2(percentile(by("cluster2").sorted, 95)),
      errors,
      duplicates: stored.orders - stored.distinctNos,
    })}`,
  );
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
