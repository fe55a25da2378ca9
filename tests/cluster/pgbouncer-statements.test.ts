import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { createPrismaClient, poolerOf, preparesStatements, rawPoolOf, type Db } from "@/lib/db-client";
import { PROCESS_TAG } from "@/lib/services/pooled-statements";
import { queryOnce, sqlTransaction } from "@/lib/services/sql-tx";
import { cluster } from "./support";

// Prepared statements and PgBouncer 1.18 in transaction mode (issue 27). The raw SQL layer
// (lib/services/sql-tx.ts) names its statements so that a connection parses and plans each once;
// through a transaction-mode pooler the next transaction may run on another server connection,
// which has never seen the name, so there a transaction learns in BEGIN which server connection it
// landed on and names its statements for that one (lib/services/pooled-statements.ts). The app
// tells the two apart by ?pgbouncer=true (or PGBOUNCER=1).

const clients: Db[] = [];
const client = (url: string, max: number) => {
  const db = createPrismaClient(url, { max });
  clients.push(db);
  return db;
};
afterAll(async () => {
  for (const db of clients) await db.$disconnect();
});

const named = (db: Db, tag = "") =>
  queryOnce<{ n: number }>(db, Prisma.sql`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name LIKE ${`sqltx_${tag}%`}`);

/** One order-shaped transaction: a statement, then the finishing one, as creating an order runs them. */
const roundTrip = (db: Db, i: number) =>
  sqlTransaction(db, async (tx) => {
    const [{ v }] = await tx.$queryRaw<{ v: number }[]>`SELECT ${i}::int + 1 AS v`;
    const [row] = await tx.finish<{ w: number }>(Prisma.sql`SELECT ${v}::int * 2 AS w`);
    return row.w;
  });

describe("CLUSTER-5 statements under PgBouncer in transaction mode", () => {
  it("pgbouncer=true in the URL marks the pool and is not passed on to PostgreSQL; PGBOUNCER=1 does the same", () => {
    expect(poolerOf("postgresql://u:p@127.0.0.1:6432/app?pgbouncer=true", undefined)).toEqual({
      url: "postgresql://u:p@127.0.0.1:6432/app",
      pooled: true,
    });
    expect(poolerOf("postgresql://u:p@127.0.0.1:5432/app", undefined).pooled).toBe(false);
    expect(poolerOf("postgresql://u:p@127.0.0.1:5432/app", "1").pooled).toBe(true);
    expect(preparesStatements(rawPoolOf(client(cluster.pooledUrl, 1))!)).toBe(false);
    expect(preparesStatements(rawPoolOf(client(cluster.directUrl, 1))!)).toBe(true);
  });

  it("connected directly, the raw SQL layer still prepares its statements by name", async () => {
    // GIVEN a client on the database itself, with one connection
    const db = client(cluster.directUrl, 1);
    // WHEN a transaction runs on it
    expect(await roundTrip(db, 20)).toBe(42);
    // THEN that connection holds the transaction's statement, prepared by name
    expect((await named(db))[0].n).toBeGreaterThan(0);
  });

  it("through PgBouncer, 200 transactions from 3 clients with more connections than PgBouncer has for the server all commit, their statements named per server connection", async () => {
    // GIVEN three app-like clients on PgBouncer, 3 × 12 connections for its 10 server connections
    const dbs = [client(cluster.pooledUrl, 12), client(cluster.pooledUrl, 12), client(cluster.pooledUrl, 12)];
    // WHEN 200 transactions and 200 single statements run on them at once
    const results = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const db = dbs[i % dbs.length];
        const [w, [{ n }]] = await Promise.all([roundTrip(db, i), queryOnce<{ n: number }>(db, Prisma.sql`SELECT ${i}::int AS n`)]);
        return w === (i + 1) * 2 && n === i;
      }),
    );
    // THEN each returned its own answer (no "prepared statement does not exist" or "already
    // exists" on a server connection that did or did not hold the name)
    expect(results.every(Boolean)).toBe(true);
    // AND the server connections hold the transactions' statements, under this process's tag
    const held = await Promise.all(dbs.map((db) => named(db, `${PROCESS_TAG}_`)));
    expect(held.some((r) => r[0].n > 0)).toBe(true);
  });

  it("a statement prepared by name on one server connection is unknown on the next one PgBouncer picks (why the app names statements per server connection there)", async () => {
    // GIVEN a statement prepared by name through PgBouncer, on the server connection with backend pid P
    const url = poolerOf(cluster.pooledUrl).url;
    const a = new pg.Client({ connectionString: url });
    await a.connect();
    const probe = { name: "cluster_probe", text: "SELECT pg_backend_pid() AS pid" };
    const { rows } = await a.query<{ pid: number }>(probe);
    const pid = rows[0].pid;
    // AND other clients holding open transactions until one of them holds P
    const holders: pg.Client[] = [];
    try {
      for (let i = 0; i < 10; i++) {
        const h = new pg.Client({ connectionString: url });
        await h.connect();
        holders.push(h);
        await h.query("BEGIN");
        const held = (await h.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0].pid;
        if (held === pid) break;
      }
      // WHEN the first client runs its named statement again (pg sends only Bind and Execute now)
      const again = await a.query(probe).then(
        () => null,
        (e: Error) => e.message,
      );
      // THEN PostgreSQL does not know the name on the connection PgBouncer gave it
      expect(again).toMatch(/prepared statement "cluster_probe" does not exist/);
    } finally {
      for (const h of holders) await h.end().catch(() => {});
      await a.end().catch(() => {});
    }
  });
});
