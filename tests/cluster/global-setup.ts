import { mkdirSync, writeFileSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { clusterSecrets, ensureBuild, startCluster, type Cluster } from "../../scripts/cluster/cluster.mts";
import { createPrismaClient } from "../../lib/db-client";
import { createUser } from "../../lib/seed/demo-users";

// The cluster tier: one cluster for all its files, as `npm run cluster` starts it (PgBouncer in
// transaction mode, two app servers on one build, HAProxy checking /api/ready), on a fresh
// embedded PostgreSQL of its own. The build is the project's .next when it is from the current
// sources (the e2e tier, run before this one, has just made it); otherwise it is built here.
// Ports: CLUSTER_TEST_PORT (proxy; the nodes and the kill test's extra node and proxy take the
// next ones), CLUSTER_TEST_PGBOUNCER_PORT (and the one after it), CLUSTER_TEST_PG_PORT.

let cluster: Cluster | null = null;
const USERS = 32;
const PASSWORD = "Cluster-Tier-2026!";

export default async function setup(project: TestProject) {
  const log = (s: string) => console.log(`[cluster-tier] ${s}`);
  const port = Number(process.env.CLUSTER_TEST_PORT ?? 3380);
  const pgbouncerPort = Number(process.env.CLUSTER_TEST_PGBOUNCER_PORT ?? 6480);
  const secrets = clusterSecrets(".data/cluster-test-secrets.json");
  ensureBuild(".", secrets, log);
  cluster = await startCluster({
    nodes: 2,
    port,
    pgbouncerPort,
    appDir: ".",
    log,
    embedded: { dir: ".data/cluster-test-pg", port: Number(process.env.CLUSTER_TEST_PG_PORT ?? 54380), fresh: true, fast: true },
    secrets,
  });
  // The planners the files sign in as (32 users at once, as issue 27 asks), made once.
  const users: string[] = [];
  const db = createPrismaClient(cluster.directUrl, { max: 4 });
  try {
    await Promise.all(
      Array.from({ length: USERS }, async (_, i) => {
        const email = `cluster-${i + 1}@cluster.test`;
        await createUser(db, { email, name: `Cluster Planner ${i + 1}`, role: i === 0 ? "admin" : "planner", password: PASSWORD });
        users[i] = email;
      }),
    );
  } finally {
    await db.$disconnect();
  }
  project.provide("cluster", {
    users,
    password: PASSWORD,
    url: cluster.url,
    directUrl: cluster.directUrl,
    pooledUrl: cluster.pooledUrl,
    nodes: cluster.nodes.map((n) => ({ name: n.name, url: n.url, port: n.port })),
    secret: secrets.BETTER_AUTH_SECRET,
    // Free ports for a test's own parts: the kill test's extra node and proxy, a pooler of its own.
    spareAppPorts: [port + 8, port + 9],
    sparePgBouncerPort: pgbouncerPort + 1,
  });
  return async () => {
    // Each part's output, for a failure's story (CI keeps test-results/).
    mkdirSync("test-results", { recursive: true });
    for (const p of [cluster!.proxy.proc, cluster!.pgbouncer.proc, ...cluster!.nodes.map((n) => n.proc)]) {
      writeFileSync(`test-results/cluster-${p.name}.log`, p.output());
    }
    await cluster?.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    cluster: {
      /** users[0] is an admin (master data), the rest planners. */
      users: string[];
      password: string;
      url: string;
      directUrl: string;
      pooledUrl: string;
      nodes: { name: string; url: string; port: number }[];
      secret: string;
      spareAppPorts: number[];
      sparePgBouncerPort: number;
    };
  }
}
