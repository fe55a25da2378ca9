// `npm run cluster`: the app scaled out on this machine with real parts (README, Deployment).
// Builds once (when the sources changed), then starts PgBouncer in transaction mode in front of the
// database, CLUSTER_NODES app servers (default 2) on that one build, and HAProxy in front of them.
// Without DATABASE_URL the database is an embedded PostgreSQL under .data/cluster-pg (migrated and
// seeded with the demo company on first start). Ctrl+C stops everything.
//
//   CLUSTER_NODES=3 CLUSTER_PORT=8080 npm run cluster
//
// CLUSTER_PORT (default 3370): the proxy; the nodes listen on the ports after it (127.0.0.1 only).
// PGBOUNCER_PORT (default 6470), PGBOUNCER_POOL_SIZE (server connections, default 10),
// EMBEDDED_PG_PORT (default 54370), EMBEDDED_PG_DIR (default .data/cluster-pg).
import { clusterSecrets, ensureBuild, startCluster, type Cluster } from "./cluster/cluster.mts";
import { ensureTools } from "./cluster/parts.mts";

const log = (s: string) => console.log(`[cluster] ${s}`);
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";

const nodes = Number(process.env.CLUSTER_NODES ?? 2);
const port = Number(process.env.CLUSTER_PORT ?? 3370);
if (!Number.isInteger(nodes) || nodes < 1 || nodes > 16) {
  console.error("CLUSTER_NODES must be a whole number from 1 to 16");
  process.exit(2);
}

let cluster: Cluster | null = null;
let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  log("stopping …");
  await cluster?.stop();
  process.exit(code);
};
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(sig, () => void stop(0));

try {
  ensureTools(log);
  const secrets = clusterSecrets();
  ensureBuild(".", secrets, log);
  cluster = await startCluster({
    nodes,
    port,
    pgbouncerPort: Number(process.env.PGBOUNCER_PORT ?? 6470),
    poolSize: process.env.PGBOUNCER_POOL_SIZE ? Number(process.env.PGBOUNCER_POOL_SIZE) : undefined,
    appDir: ".",
    log,
    databaseUrl: process.env.DATABASE_URL || undefined,
    embedded: {
      dir: process.env.EMBEDDED_PG_DIR ?? ".data/cluster-pg",
      port: Number(process.env.EMBEDDED_PG_PORT ?? 54370),
      fresh: process.env.EMBEDDED_PG_FRESH === "1",
    },
    demoOrders: true,
    secrets,
  });
  log(`open ${cluster.url} (${nodes} app server${nodes > 1 ? "s" : ""} behind HAProxy, PgBouncer in transaction mode; Ctrl+C stops)`);
  // A part that dies takes the cluster down with it, loudly: nothing here restarts it.
  const parts = [cluster.proxy.proc, cluster.pgbouncer.proc, ...cluster.nodes.map((n) => n.proc)];
  const watch = setInterval(() => {
    const dead = parts.find((p) => p.exited());
    if (!dead || stopping) return;
    clearInterval(watch);
    console.error(`[cluster] ${dead.name} stopped:\n${dead.output().slice(-2000)}`);
    void stop(1);
  }, 1000);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  await cluster?.stop();
  process.exit(1);
}
