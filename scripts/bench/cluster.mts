// `npm run bench -- cluster`: creating production orders with refresh at 32 users, in one run on one
// database (issue 27):
//   direct    one app server, requests straight at it, the database straight (no proxy, no pooler);
//   cluster1  HAProxy → 1 app server → PgBouncer (transaction mode) → the database;
//   cluster2  HAProxy → 2 app servers → PgBouncer → the database.
// Same build, same server script (scripts/serve.mts), same client and fixture as `bench -- http`
// (http/client.mts, http/fixtures.mts): ~250 components on 3 levels and a routing per order.
// Each phase starts with a warm-up (fresh node processes compile their hot code first), then the
// measured orders. Afterwards the database must hold each created order once, complete.
// BENCH_CLUSTER_WARMUP_EACH / BENCH_CLUSTER_EACH: orders per user in the warm-up / measured part.
// Ports: BENCH_CLUSTER_PORT (proxy; nodes the next ones), BENCH_CLUSTER_PGBOUNCER_PORT, BENCH_CLUSTER_PG_PORT.
import { execSync } from "node:child_process";
import { percentile, printTable } from "./support.mts";
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
};

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
  const phase = {
    key,
    servers,
    calls: cookies.length * each,
    ok: latencies.length,
    errors,
    seconds,
    sorted: latencies.sort((a, b) => a - b),
    servedBy,
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
  await runPhase("direct warm-up", 1, directUrl, cookies, WARMUP_EACH, id, tree.topItemNo);
  await fixture.db.$executeRawUnsafe("ANALYZE");
  results.push(await runPhase("direct", 1, directUrl, cookies, EACH, id, tree.topItemNo));
  await stopTracked(direct);

  // cluster1: proxy → 1 node → PgBouncer.
  const pgbouncer: PgBouncer = track(await startPgBouncer({ directUrl: fixture.url, port: PGBOUNCER_PORT, log }));
  await node("app1", PORT + 1, pgbouncer.url);
  let proxy: Proxy = track(await startProxy({ port: PORT, nodes: [{ name: "app1", port: PORT + 1 }], log, root: app.dir }));
  await runPhase("cluster1 warm-up", 1, proxyUrl, cookies, WARMUP_EACH, id, tree.topItemNo);
  results.push(await runPhase("cluster1", 1, proxyUrl, cookies, EACH, id, tree.topItemNo));

  // cluster2: proxy → 2 nodes → PgBouncer (node 1 stays warm; the warm-up warms node 2).
  await node("app2", PORT + 2, pgbouncer.url);
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
  await runPhase("cluster2 warm-up", 2, proxyUrl, cookies, WARMUP_EACH, id, tree.topItemNo);
  results.push(await runPhase("cluster2", 2, proxyUrl, cookies, EACH, id, tree.topItemNo));
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
