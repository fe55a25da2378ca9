// `npm run bench -- api`: the REST API (issue 26) under load, as another system would call it.
// The production build runs under `next start` on an embedded PostgreSQL of its own (the same
// start-up as `bench -- http`). Each virtual user is a planner with an API key made through the
// profile page's own server action. Phases, in one run on one database:
//   GET one order with ~250 components (and its routing lines) and GET a list of 100 orders,
//   each at 8 and 32 concurrent clients;
//   POST create-with-refresh through the API beside the same create through the server action,
//   at 32 clients, alternating A, B, A, B so neither gets the warmer server.
// Afterwards the database must hold one order per successful create.
import { readFileSync } from "node:fs";
import http from "node:http";
import { benchRun, percentile, printTable } from "./support.mts";
import { cpuPerOrder, cpuSnapshot } from "./http/cpu.mts";
import { actionId, callAction, signIn } from "./http/client.mts";
import { benchFixture, BENCH_PASSWORD } from "./http/fixtures.mts";
import { startBenchApp } from "./start-bench-app.mts";

const PORT = Number(process.env.BENCH_API_PORT ?? 3210);
const USERS = 32;
const READS_EACH = { c8: Number(process.env.BENCH_API_READS_C8 ?? 40), c32: Number(process.env.BENCH_API_READS_C32 ?? 15) };
const CREATES_EACH = Number(process.env.BENCH_API_CREATES_EACH ?? 3); // per user and round; 2 rounds each way
const WARMUP_EACH = Number(process.env.BENCH_API_WARMUP_EACH ?? 6);
const log = (s: string) => console.log(`[bench:api] ${s}`);
const loadAverage = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");

type Call = { ok: boolean; status: number; ms: number; body: string };
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

function request(method: string, url: string, headers: Record<string, string>, body?: string): Promise<Call> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      url,
      {
        method,
        agent,
        headers: { ...headers, ...(body ? { "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(body)) } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const status = res.statusCode ?? 0;
          resolve({ ok: status >= 200 && status < 300, status, ms: performance.now() - t0, body: Buffer.concat(chunks).toString("utf8") });
        });
        res.on("error", (e) => resolve({ ok: false, status: 0, ms: 0, body: String(e) }));
      },
    );
    req.on("error", (e) => resolve({ ok: false, status: 0, ms: 0, body: String(e) }));
    req.end(body);
  });
}

type Cpu = ReturnType<typeof cpuPerOrder>;
type Phase = { key: string; users: number; ok: number; errors: number; seconds: number; sorted: number[]; cpu: Cpu };
let firstError: string | null = null;

async function phase(key: string, users: number, each: number, send: (user: number) => Promise<Call>): Promise<Phase> {
  const latencies: number[] = [];
  let errors = 0;
  const serverPid = run.app?.running() ? run.app.server.pid : undefined;
  const cpuBefore = cpuSnapshot(serverPid);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: users }, async (_, u) => {
      for (let i = 0; i < each; i++) {
        const r = await send(u);
        if (r.ok) latencies.push(r.ms);
        else {
          errors++;
          firstError ??= `${key}: HTTP ${r.status} ${r.body.slice(0, 800)}`;
        }
      }
    }),
  );
  return {
    key,
    users,
    ok: latencies.length,
    errors,
    seconds: (performance.now() - started) / 1000,
    sorted: latencies.sort((a, b) => a - b),
    cpu: cpuPerOrder(cpuBefore, cpuSnapshot(serverPid), users * each),
  };
}

const merge = (key: string, parts: Phase[]): Phase => ({
  key,
  users: parts[0].users,
  ok: parts.reduce((n, p) => n + p.ok, 0),
  errors: parts.reduce((n, p) => n + p.errors, 0),
  seconds: parts.reduce((n, p) => n + p.seconds, 0),
  sorted: parts.flatMap((p) => p.sorted).sort((a, b) => a - b),
  cpu: {
    server: parts.reduce((n, p) => n + p.cpu.server, 0) / parts.length,
    database: parts.reduce((n, p) => n + p.cpu.database, 0) / parts.length,
    client: parts.reduce((n, p) => n + p.cpu.client, 0) / parts.length,
  },
});

const run = benchRun();

await run.main(async () => {
  const loadBefore = loadAverage();
  const creates = USERS * (WARMUP_EACH * 2 + CREATES_EACH * 4) + 200;
  const fixture = await benchFixture({
    users: USERS,
    orders: creates,
    log,
    embedded: { dir: ".data/bench-api", port: Number(process.env.BENCH_PG_PORT ?? 54470) },
  });
  run.stopDb = fixture.stop;
  log(`item ${fixture.tree.topItemNo}: ${fixture.tree.expectedComponentCount} components per order`);
  // The keys' rate limit is the app's default (600 a minute); a load test needs more.
  const app = (run.app = await startBenchApp({
    databaseUrl: fixture.url,
    port: PORT,
    log,
    env: { API_RATE_LIMIT_PER_MINUTE: "100000000" },
  }));
  const { baseUrl } = app.server;
  const manifest = `${app.dir}/.next/server/server-reference-manifest.json`;
  const createAction = actionId("lib/actions/production-orders.ts", "createProductionOrderAction", manifest);
  const createKeyAction = actionId("lib/actions/api-keys.ts", "createApiKeyAction", manifest);

  const cookies: string[] = [];
  const keys: string[] = [];
  for (const [i, email] of fixture.users.entries()) {
    const cookie = await signIn(baseUrl, email, BENCH_PASSWORD, `10.78.${i >> 8}.${(i % 254) + 1}`);
    const made = await callAction(baseUrl, "/profile", createKeyAction, [null, { name: "bench" }], cookie);
    const key = /"key":"(po_[A-Za-z0-9_-]+)"/.exec(made.body)?.[1];
    if (!key) throw new Error(`no API key for ${email}: ${made.body.slice(0, 500)}`);
    cookies.push(cookie);
    keys.push(key);
  }
  const input = {
    status: "FIRM_PLANNED",
    sourceType: "ITEM",
    sourceNo: fixture.tree.topItemNo,
    quantity: 10,
    dueDate: "2027-03-01",
    locationCode: "",
    refresh: true,
  };
  const body = JSON.stringify(input);
  const api = (u: number) => request("POST", `${baseUrl}/api/v1/production-orders`, { "X-API-Key": keys[u] }, body);
  const action = (u: number) => callAction(baseUrl, "/production-orders/new", createAction, [null, input], cookies[u]);

  // Warm-up (the server compiles its hot code); it also makes the orders the list reads.
  const warm = [
    await phase("warm-up API create", USERS, WARMUP_EACH, api),
    await phase("warm-up action create", USERS, WARMUP_EACH, action),
  ];
  const first = await request("POST", `${baseUrl}/api/v1/production-orders`, { "X-API-Key": keys[0] }, body);
  const orderId = (JSON.parse(first.body) as { id: number }).id;
  await fixture.db.$executeRawUnsafe("ANALYZE");

  const getOne = (u: number) => request("GET", `${baseUrl}/api/v1/production-orders/${orderId}`, { "X-API-Key": keys[u] });
  const list = (u: number) => request("GET", `${baseUrl}/api/v1/production-orders?status=FIRM_PLANNED&limit=100`, { "X-API-Key": keys[u] });
  const sample = JSON.parse((await getOne(0)).body) as { lines: { components: unknown[] }[] };
  const components = sample.lines.reduce((n, l) => n + l.components.length, 0);
  const listed = (JSON.parse((await list(0)).body) as { items: unknown[] }).items.length;
  log(`GET order ${orderId}: ${sample.lines.length} lines, ${components} components; list returns ${listed} orders`);

  const results: Phase[] = [...warm];
  for (const [k, users] of [
    ["c8", 8],
    ["c32", 32],
  ] as const) {
    results.push(await phase(`GET order ${k}`, users, READS_EACH[k], getOne));
    results.push(await phase(`GET list ${k}`, users, READS_EACH[k], list));
  }
  const apiRounds: Phase[] = [];
  const actionRounds: Phase[] = [];
  for (let round = 0; round < 2; round++) {
    apiRounds.push(await phase("API create c32", USERS, CREATES_EACH, api));
    actionRounds.push(await phase("action create c32", USERS, CREATES_EACH, action));
  }
  const apiCreate = merge("API create c32", apiRounds);
  const actionCreate = merge("action create c32", actionRounds);
  results.push(apiCreate, actionCreate);

  const okCreates = results.filter((r) => r.key.includes("create")).reduce((n, r) => n + r.ok, 0) + 1;
  const [stored] = await fixture.db.$queryRawUnsafe<{ n: number; d: number }[]>(
    `SELECT count(*)::int AS n, count(DISTINCT no)::int AS d FROM "ProductionOrder" WHERE "sourceNo" = $1`,
    fixture.tree.topItemNo,
  );
  const dbErrors = Math.abs(stored.n - okCreates) + (stored.n - stored.d);

  console.log(
    `\nREST API: GET one order (${components} components), list ${listed} orders, create with refresh — via next start (under load)\n`,
  );
  printTable(
    ["phase", "users", "ok", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "CPU ms/req: app", "db", "client"],
    results.map((r) => [
      r.key,
      r.users,
      r.ok,
      r.errors,
      r.ok / r.seconds,
      percentile(r.sorted, 50),
      percentile(r.sorted, 95),
      percentile(r.sorted, 99),
      r.sorted.at(-1) ?? 0,
      r.cpu.server,
      r.cpu.database,
      r.cpu.client,
    ]),
  );
  console.log("CPU ms/req: CPU time per request of the app server (next start), all PostgreSQL processes and this load generator (/proc)");
  console.log(`Load average (1/5/15 min): before ${loadBefore}; after ${loadAverage()} (2 cores, shared machine)`);
  console.log(`\nDatabase: ${stored.n} orders for ${okCreates} successful creates, ${stored.n - stored.d} duplicate numbers`);
  console.log("Targets: GET p95 ≤ 100 ms and list p95 ≤ 200 ms at 32 clients; API create p95 within 1.2× the action's; 0 errors");
  const ratio = percentile(apiCreate.sorted, 95) / Math.max(1, percentile(actionCreate.sorted, 95));
  console.log(`API create p95 / action create p95: ${ratio.toFixed(2)}`);
  if (firstError) console.log(`\nFirst error: ${firstError}`);
  const by = (key: string) => results.find((r) => r.key === key)!;
  const r2 = (n: number) => Number(n.toFixed(2));
  const errors = results.reduce((n, r) => n + r.errors, 0) + dbErrors;
  console.log(
    `BENCH ${JSON.stringify({
      api_get_p95_ms_c32: r2(percentile(by("GET order c32").sorted, 95)),
      api_list_p95_ms_c32: r2(percentile(by("GET list c32").sorted, 95)),
      api_create_p95_ms_c32: r2(percentile(apiCreate.sorted, 95)),
      action_create_p95_ms_c32: r2(percentile(actionCreate.sorted, 95)),
      errors,
    })}`,
  );
});
