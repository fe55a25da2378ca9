// A whole cluster on this machine: PostgreSQL (embedded, or DATABASE_URL), PgBouncer in transaction
// mode in front of it, N app servers on ONE build through PgBouncer, HAProxy in front of them.
// Used by `npm run cluster`, the cluster test tier (tests/cluster) and `npm run bench -- cluster`.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { startEmbeddedDb, type EmbeddedDb } from "../../lib/embedded-db.ts";
import { prepareDatabase } from "../../lib/prepare-database.ts";
import { buildState, needsBuild, stampBuild } from "../build-stamp.mts";
import {
  ensureTools,
  nodeEnv,
  startNode,
  startPgBouncer,
  startProxy,
  type Log,
  type NodeSpec,
  type PgBouncer,
  type Proc,
  type Proxy,
} from "./parts.mts";

export type ClusterSecrets = { BETTER_AUTH_SECRET: string; NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: string };

/**
 * The secrets every node must share: the session signing secret (a session made on one node is
 * read on another) and the server actions' encryption key (an action's bound arguments encrypted
 * by one build are read by another; Next takes it at build time). From the environment, or made
 * once and kept in `file` (mode 0600) so restarts keep sessions.
 */
export function clusterSecrets(file = path.join(".data", "cluster-secrets.json")): ClusterSecrets {
  const fromEnv = {
    BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY,
  };
  const kept: Partial<ClusterSecrets> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  const secrets: ClusterSecrets = {
    BETTER_AUTH_SECRET: fromEnv.BETTER_AUTH_SECRET || kept.BETTER_AUTH_SECRET || randomBytes(32).toString("hex"),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY:
      fromEnv.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY || kept.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY || randomBytes(32).toString("base64"),
  };
  if (!fromEnv.BETTER_AUTH_SECRET || !fromEnv.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets;
}

/** One build for every node: `next build` in `appDir` unless its build is from the current sources. */
export function ensureBuild(appDir: string, secrets: ClusterSecrets, log: Log) {
  const state = buildState(process.env.FORCE_BUILD === "1", appDir);
  const { build, why } = needsBuild(state);
  if (!build) return void log(`serving the existing build (${why})`);
  log(`building the app once for every node (next build: ${why}) …`);
  const r = spawnSync(path.join(appDir, "node_modules", ".bin", "next"), ["build"], {
    cwd: appDir,
    stdio: "inherit",
    // The build imports the server modules, which want a DATABASE_URL (never connected to while building).
    env: {
      ...process.env,
      ...secrets,
      DATABASE_URL: process.env.DATABASE_URL || "postgresql://build@127.0.0.1:1/build",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  if (r.status !== 0) throw new Error(`next build failed (${r.status})`);
  stampBuild(state.sources, appDir);
}

export type ClusterNode = NodeSpec & { url: string; proc: Proc };

export type Cluster = {
  /** The proxy's address: what users open. */
  url: string;
  /** The database, straight (migrations, audits). */
  directUrl: string;
  /** The database through PgBouncer (what the nodes use). */
  pooledUrl: string;
  nodes: ClusterNode[];
  proxy: Proxy;
  pgbouncer: PgBouncer;
  secrets: ClusterSecrets;
  appDir: string;
  /** Starts one more node on `port` (not behind this cluster's proxy: the caller decides). */
  addNode: (name: string, port: number) => Promise<ClusterNode>;
  stop: () => Promise<void>;
};

export type ClusterOptions = {
  nodes: number;
  /** The proxy's port; the nodes take the ports after it. */
  port: number;
  pgbouncerPort: number;
  appDir: string;
  log: Log;
  /** A database of the caller's; otherwise an embedded one in `embedded.dir` on `embedded.port`. */
  databaseUrl?: string;
  embedded?: { dir: string; port: number; fresh: boolean; fast?: boolean };
  demoOrders?: boolean;
  poolSize?: number;
  /** Per node (DB_POOL_MAX): client connections to PgBouncer. */
  nodePoolMax?: number;
  secrets?: ClusterSecrets;
  /** A database already prepared (migrations and demo company) by the caller. */
  prepared?: boolean;
};

export async function startCluster(o: ClusterOptions): Promise<Cluster> {
  ensureTools(o.log);
  const secrets = o.secrets ?? clusterSecrets();
  let embedded: EmbeddedDb | null = null;
  let pgbouncer: PgBouncer | null = null;
  let proxy: Proxy | null = null;
  const nodes: ClusterNode[] = [];
  const stop = async () => {
    await proxy?.stop().catch(() => {});
    await Promise.all(nodes.map((n) => n.proc.stop().catch(() => {})));
    await pgbouncer?.stop().catch(() => {});
    await embedded?.stop().catch(() => {});
  };
  try {
    let directUrl = o.databaseUrl;
    if (!directUrl) {
      const e = o.embedded!;
      o.log(`starting the embedded PostgreSQL (${e.dir}, port ${e.port}) …`);
      embedded = await startEmbeddedDb({ dir: e.dir, port: e.port, database: "app", fresh: e.fresh, fast: e.fast, log: o.log });
      directUrl = embedded.tcpUrl;
    }
    if (!o.prepared) await prepareDatabase(directUrl, { log: o.log, demoOrders: o.demoOrders ?? false });
    // PgBouncer on the database's machine reaches it by its Unix socket (when it has one).
    const poolerTarget = embedded?.url ?? directUrl;
    pgbouncer = await startPgBouncer({ directUrl: poolerTarget, port: o.pgbouncerPort, poolSize: o.poolSize, log: o.log, root: o.appDir });
    const pooledUrl = pgbouncer.url;
    const publicUrl = `http://localhost:${o.port}`;
    const addNode = async (name: string, port: number): Promise<ClusterNode> => {
      const env = nodeEnv({ databaseUrl: pooledUrl, port, publicUrl, secret: secrets.BETTER_AUTH_SECRET, name });
      if (o.nodePoolMax) env.DB_POOL_MAX = String(o.nodePoolMax);
      const proc = await startNode({ appDir: o.appDir, name, port, env, log: o.log });
      const node = { name, port, url: `http://localhost:${port}`, proc };
      nodes.push(node);
      return node;
    };
    await Promise.all(Array.from({ length: o.nodes }, (_, i) => addNode(`app${i + 1}`, o.port + 1 + i)));
    nodes.sort((a, b) => a.port - b.port);
    proxy = await startProxy({ port: o.port, nodes: nodes.slice(0, o.nodes), log: o.log, root: o.appDir });
    return { url: proxy.url, directUrl, pooledUrl, nodes, proxy, pgbouncer, secrets, appDir: o.appDir, addNode, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
