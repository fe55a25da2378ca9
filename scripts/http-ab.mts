// `npx tsx scripts/http-ab.mts <revA> <revB>`: which of two versions of the app costs less CPU per
// created order, measured so that the machine's own drift cancels out. The HTTP benchmark's
// absolute figures move by ±15 % between runs on this kind of VM (and by 2× between days), far
// more than most changes are worth; here both versions serve the same load AT THE SAME TIME, each
// `next start` on an embedded PostgreSQL of its own, and what is compared is CPU per order of
// each app server and of each database (from /proc), round by round. The whole comparison runs
// twice with the two versions' places swapped, and the ratios are averaged (a place has a small
// bias of its own, ~5 %: run a version against itself to see the noise). Not a benchmark: it
// prints B/A ratios, not figures to hold against a target.
//
// A revision is anything `git archive` takes (HEAD, a commit, a branch), or a directory holding
// a built copy of the project. Revisions are exported to /tmp/http-ab-<commit> and built once
// (kept for the next run). Env: USERS per version (8), EACH orders per user and round (25),
// ROUNDS per placement (4), AB_PG_PORTS and AB_APP_PORTS (the two places' ports: "54491,54492"
// and "3381,3382", so two people can run A/Bs at once). The two versions may also be one build
// run two ways: NODE_A / NODE_B (the node binary of that version's server), NODE_ARGS_A /
// NODE_ARGS_B (its node options), ENV_A / ENV_B (more environment, as NAME=value pairs), e.g.
// `NODE_B=/path/to/other/node npx tsx scripts/http-ab.mts HEAD HEAD`.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { actionId, callAction, signIn } from "./bench/http/client.mts";
import { processes, treeCpu } from "./bench/http/cpu.mts";
import { benchFixture, BENCH_PASSWORD } from "./bench/http/fixtures.mts";
import { serverEnv, startApp, type AppServer } from "./bench/http/server.mts";
import { printTable } from "./bench/support.mts";

const USERS = Number(process.env.USERS ?? 8),
  EACH = Number(process.env.EACH ?? 25),
  ROUNDS = Number(process.env.ROUNDS ?? 4);
// AB_PG_PORTS / AB_APP_PORTS: the two places' database and app ports (two people running A/Bs at once).
const ports = (name: string, base: number) => (process.env[name] ?? `${base + 1},${base + 2}`).split(",").map(Number);
const PG_PORTS = ports("AB_PG_PORTS", 54490),
  APP_PORTS = ports("AB_APP_PORTS", 3380);
const revs = process.argv.slice(2);
if (revs.length !== 2) {
  console.error("usage: npx tsx scripts/http-ab.mts <revA> <revB>");
  process.exit(2);
}

/** A built copy of the project at `rev` (a directory with a build is used as it is). */
function appDir(rev: string, databaseUrl: string): string {
  if (existsSync(path.join(rev, ".next", "BUILD_ID"))) return path.resolve(rev);
  const sha = execFileSync("git", ["rev-parse", "--short=12", rev], { encoding: "utf8" }).trim();
  const dir = `/tmp/http-ab-${sha}`;
  if (existsSync(path.join(dir, ".next", "BUILD_ID"))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  console.log(`building ${rev} (${sha}) in ${dir} …`);
  execFileSync("sh", ["-c", `git archive ${sha} | tar -x -C ${dir}`]);
  // Turbopack refuses a symlink out of its root: hard links, as the HTTP benchmark does.
  execFileSync("cp", ["-al", path.resolve("node_modules"), path.join(dir, "node_modules")]);
  const env = { ...serverEnv(databaseUrl, 0), CHECKPOINT_DISABLE: "1" };
  for (const [cmd, args] of [
    ["npx", ["prisma", "generate"]],
    ["npx", ["next", "build"]],
  ] as const) {
    const r = spawnSync(cmd, args, { cwd: dir, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed in ${dir}:\n${(r.stdout + r.stderr).slice(-3000)}`);
  }
  return dir;
}

type Side = { label: string; server: AppServer; postmaster: number; run: (each: number) => Promise<number[]>; stop: () => Promise<void> };

/** One version in one place: its own database (demo company, a ~250-component item, planners) and server. */
async function side(label: string, rev: string, slot: number): Promise<Side> {
  const fixture = await benchFixture({
    users: USERS,
    orders: USERS * (3 + EACH * ROUNDS),
    log: () => {},
    embedded: { dir: `.data/http-ab-${slot}`, port: PG_PORTS[slot - 1] },
  });
  const dir = appDir(rev, fixture.url);
  const port = APP_PORTS[slot - 1];
  const nodeArgs = (process.env[`NODE_ARGS_${label}`] ?? "").split(" ").filter(Boolean);
  // ENV_A / ENV_B: more environment for that version's server, as space-separated NAME=value pairs.
  const env = Object.fromEntries(
    (process.env[`ENV_${label}`] ?? "")
      .split(" ")
      .filter((kv) => kv.indexOf("=") > 0)
      .map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)]),
  );
  const server = await startApp({ ...serverEnv(fixture.url, port), ...env }, port, () => {}, dir, {
    nodeArgs,
    node: process.env[`NODE_${label}`],
  });
  const id = actionId(
    "lib/actions/production-orders.ts",
    "createProductionOrderAction",
    path.join(dir, ".next/server/server-reference-manifest.json"),
  );
  const cookies: string[] = [];
  for (const [i, email] of fixture.users.entries())
    cookies.push(await signIn(server.baseUrl, email, BENCH_PASSWORD, `10.66.${slot}.${i + 1}`));
  const input = {
    status: "FIRM_PLANNED",
    sourceType: "ITEM",
    sourceNo: fixture.tree.topItemNo,
    quantity: 10,
    dueDate: "2027-03-01",
    locationCode: "",
    refresh: true,
  };
  const run = async (each: number) => {
    const latencies: number[] = [];
    await Promise.all(
      cookies.map(async (cookie) => {
        for (let i = 0; i < each; i++) {
          const r = await callAction(server.baseUrl, "/production-orders/new", id, [null, input], cookie);
          if (!r.ok) throw new Error(`${label}: the create action failed (HTTP ${r.status}): ${r.body.slice(0, 300)}`);
          latencies.push(r.ms);
        }
      }),
    );
    return latencies;
  };
  const postmaster = Number(readFileSync(path.join(fixture.dataDir!, "postmaster.pid"), "utf8").split("\n")[0]);
  return {
    label,
    server,
    postmaster,
    run,
    stop: async () => {
      await server.stop();
      await fixture.stop();
    },
  };
}

type Round = { label: string; perSecond: number; app: number; db: number };
/** ROUNDS rounds of both sides under load at once. */
async function placement(sides: Side[]): Promise<Round[]> {
  await Promise.all(sides.map((s) => s.run(3))); // warm-up
  const rounds: Round[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const before = processes();
    const started = performance.now();
    const done = await Promise.all(
      sides.map(async (s) => ({ s, n: (await s.run(EACH)).length, seconds: (performance.now() - started) / 1000 })),
    );
    const after = processes();
    for (const { s, n, seconds } of done) {
      const pg = (ps: ReturnType<typeof processes>) => treeCpu(ps, s.postmaster);
      rounds.push({
        label: s.label,
        perSecond: n / seconds,
        app: (treeCpu(after, s.server.pid!) - treeCpu(before, s.server.pid!)) / n,
        db: (pg(after) - pg(before)) / n,
      });
    }
  }
  return rounds;
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const results: { ratioApp: number; ratioDb: number; rounds: Round[] }[] = [];
for (const [first, second] of [
  [0, 1],
  [1, 0],
]) {
  const sides: Side[] = [];
  try {
    sides.push(await side(first === 0 ? "A" : "B", revs[first], 1));
    sides.push(await side(second === 0 ? "A" : "B", revs[second], 2));
    const rounds = await placement(sides);
    const ratio = (k: "app" | "db") =>
      median(rounds.filter((r) => r.label === "B").map((b, i) => b[k] / rounds.filter((r) => r.label === "A")[i][k]));
    results.push({ ratioApp: ratio("app"), ratioDb: ratio("db"), rounds });
  } finally {
    for (const s of sides) await s.stop().catch(() => {});
  }
}
const all = results.flatMap((r) => r.rounds);
const row = (label: string) => {
  const mine = all.filter((r) => r.label === label);
  return [
    label,
    revs[label === "A" ? 0 : 1],
    median(mine.map((r) => r.perSecond)),
    median(mine.map((r) => r.app)),
    median(mine.map((r) => r.db)),
  ];
};
printTable(["side", "revision", "orders/s (each side)", "app CPU ms/order", "db CPU ms/order"], [row("A"), row("B")]);
const geo = (k: "ratioApp" | "ratioDb") => Math.sqrt(results[0][k] * results[1][k]);
console.log(
  `B/A CPU per order, both placements: app ${geo("ratioApp").toFixed(3)} (${results.map((r) => r.ratioApp.toFixed(3)).join(", ")}), ` +
    `database ${geo("ratioDb").toFixed(3)} (${results.map((r) => r.ratioDb.toFixed(3)).join(", ")})`,
);
