// The project's launcher: `npm run dev` (Next's dev server) and `npm start` (next build when the sources
// changed, then scripts/serve.mts). Both listen on HOST (default 127.0.0.1). Without DATABASE_URL
// it starts an embedded PostgreSQL under .data/, applies migrations and seeds the demo company on
// first start; it stops that database when the app stops.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { EmbeddedDbAlreadyRunningError, startEmbeddedDb, type EmbeddedDb } from "../lib/embedded-db.ts";
import { poolerOf } from "../lib/db-client.ts";
import { prepareDatabase } from "../lib/prepare-database.ts";
import { serveCommand } from "./app-server.mts";
import { buildState, needsBuild, stampBuild } from "./build-stamp.mts";

const mode = process.argv[2] === "start" ? "start" : "dev";
const port = Number(process.env.PORT ?? 3000);
// Not HOSTNAME: shells and containers set it to the machine's name, which would open the app to
// the network unasked.
const host = process.env.HOST || "127.0.0.1";
const log = (s: string) => console.log(`[app] ${s}`);
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";

let embedded: EmbeddedDb | null = null;
let stopping = false;

async function main() {
  let url = process.env.DATABASE_URL;
  if (!url) {
    const dir = process.env.EMBEDDED_PG_DIR ?? ".data/pg";
    const pgPort = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    log(`no DATABASE_URL: starting the embedded PostgreSQL (${dir}, port ${pgPort}) …`);
    embedded = await startEmbeddedDb({
      dir,
      port: pgPort,
      database: "app",
      fresh: process.env.EMBEDDED_PG_FRESH === "1",
      fast: process.env.EMBEDDED_PG_FAST === "1",
      log,
    });
    url = embedded.url;
  }
  // Migrations take a session-level advisory lock, which a transaction-mode pooler (PgBouncer)
  // cannot hold: they run against PostgreSQL itself (DIRECT_DATABASE_URL), the app through the pooler.
  const migrateUrl = process.env.DIRECT_DATABASE_URL || url;
  if (poolerOf(migrateUrl).pooled) {
    throw new Error(
      "DATABASE_URL leads to a transaction-mode pooler (pgbouncer=true or PGBOUNCER=1), where migrations cannot take their lock. " +
        "Set DIRECT_DATABASE_URL to PostgreSQL itself.",
    );
  }
  await prepareDatabase(migrateUrl, { log, demoOrders: true });

  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, PORT: String(port) };
  env.BETTER_AUTH_SECRET ??= devSecret();
  env.BETTER_AUTH_URL ??= `http://localhost:${port}`;
  // The demo company in a database of its own: the sign-in page may show the demo passwords.
  // A deployment with DATABASE_URL never shows them (its demo users may keep theirs).
  env.SHOW_DEMO_USERS = embedded ? "1" : "0";

  const next = path.join("node_modules", ".bin", "next");
  if (mode === "start") {
    const state = buildState(process.env.FORCE_BUILD === "1");
    const { build, why } = needsBuild(state);
    if (build) {
      log(`building the app (next build: ${why}; the first build takes a few minutes) …`);
      await run(next, ["build"], { ...env, NODE_ENV: "production" });
      stampBuild(state.sources);
    } else log(`serving the existing build (${why})`);
  }
  log(`starting the ${mode === "dev" ? "dev server" : "server"} on port ${port} …`);
  // Both modes serve through scripts/serve.mts, which drops X-Forwarded-* headers from peers
  // that are not in TRUSTED_PROXIES (next dev on its own would believe anyone's). The server says
  // "serving on …" itself, once it listens (the dev server prepares for a while first).
  const serve = serveCommand(mode);
  const child = spawn(serve.command, serve.args, { stdio: "inherit", env: { ...env, HOST: host, NODE_ENV: serve.nodeEnv } });
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (!child.killed) child.kill("SIGTERM");
    await embedded?.stop().catch(() => {});
    process.exit(code);
  };
  child.on("exit", (code) => void stop(code ?? 0));
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(sig, () => void stop(0));
}

// A stable secret for local runs, so sessions survive restarts; production sets its own.
function devSecret() {
  const file = path.join(".data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(".data", { recursive: true });
  const secret = randomBytes(32).toString("hex");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<void>((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: "inherit", env });
    p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited with ${code}`))));
  });
}

main().catch(async (e) => {
  console.error(e instanceof EmbeddedDbAlreadyRunningError ? `\n${e.message}\n` : e);
  await embedded?.stop().catch(() => {});
  process.exit(1);
});
