import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// Builds a PrismaClient on the pg driver adapter. Kept free of 'server-only' so scripts
// (seed, benchmarks) and tests can build their own clients; the app uses lib/db.ts.
//
// The client runs on a pg Pool we create ourselves, so that ONE hot path can reach that same
// pool directly: drawing a number and inserting the document in one statement
// (insertWithNextNo, tests/support/no-series-draw.ts, through lib/services/sql-tx.ts's queryOnce;
// the create-order path's raw transactions use the same pool). Measured on the 2-core machine,
// Prisma's per-call work ($queryRaw: request serialisation, the query interpreter, result
// mapping) made that single statement 3-5× slower than pg alone, and Sequence series must
// reach ≥ 3,000 allocations/s (issue 3). Same pool, so the same connection limit and timeouts;
// everything else keeps going through Prisma.
//
// The map from client to pool lives on globalThis under a registered symbol, not in this module:
// scripts that import this file by a relative path while the services import it by its `@/`
// alias can end up with two instances of the module (tsx loads one as ESM, the other as CJS),
// and a map of one instance would not know the clients made by the other (the benchmark then
// silently measured the slow path). It stays a map by identity: an interactive transaction's
// client inherits the client's properties, and must never reach the pool behind its own back.
const registry = globalThis as { [key: symbol]: WeakMap<object, pg.Pool> | undefined };
const REGISTRY_KEY = Symbol.for("production-orders.raw-pg-pools");
const rawPools = (registry[REGISTRY_KEY] ??= new WeakMap<object, pg.Pool>());

// Connections through a transaction-mode pooler (PgBouncer 1.18: each transaction, and each
// statement outside one, may run on another server connection, and it does not carry prepared
// statements over). A statement prepared by name on one server connection is unknown on the next,
// so the raw SQL layer (lib/services/sql-tx.ts) names a transaction's statements per server
// connection there (lib/services/pooled-statements.ts) and sends the rest unnamed; Prisma's pg
// adapter sends every statement unnamed anyway. Marked by `pgbouncer=true` in the
// connection string (Prisma's own convention, taken out before pg sees it) or PGBOUNCER=1.
const POOLED_KEY = Symbol.for("production-orders.pooled-pg-pools");
const pooledPools = ((registry as { [key: symbol]: WeakSet<pg.Pool> | undefined })[POOLED_KEY] ??= new WeakSet<pg.Pool>());

/** The connection string pg should see, and whether it leads to a transaction-mode pooler. */
export function poolerOf(connectionString: string, envFlag = process.env.PGBOUNCER): { url: string; pooled: boolean } {
  let url = connectionString;
  let pooled = envFlag === "1" || envFlag === "true";
  try {
    const u = new URL(connectionString);
    const flag = u.searchParams.get("pgbouncer");
    if (flag !== null) {
      pooled ||= flag === "true" || flag === "1";
      u.searchParams.delete("pgbouncer");
      url = u.toString();
    }
  } catch {
    // Not a URL (a key=value string): only PGBOUNCER can say.
  }
  return { url, pooled };
}

/** False for a pool behind a transaction-mode pooler: a statement may reach any server connection there. */
export function preparesStatements(pool: pg.Pool): boolean {
  return !pooledPools.has(pool);
}

/** `opts.pool`: a pool of the caller's (a benchmark's, counting its statements) instead of a new one. */
export function createPrismaClient(connectionString: string, opts: { max?: number; pool?: pg.Pool } = {}) {
  const target = poolerOf(connectionString);
  const pool =
    opts.pool ??
    new pg.Pool({
      connectionString: target.url,
      max: opts.max ?? 10,
      // pg waits forever for a free connection by default: fail clearly instead.
      connectionTimeoutMillis: 10_000,
    });
  if (target.pooled) pooledPools.add(pool);
  // disposeExternalPool: $disconnect() ends the pool, as it does for a pool the adapter owns.
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const client = new PrismaClient({
    adapter,
    transactionOptions: { maxWait: 10_000, timeout: 30_000 },
  });
  rawPools.set(client, pool);
  return client;
}

/**
 * The pg Pool under a client made by createPrismaClient, or null for anything else (an
 * interactive transaction's client, or a pool already ended by $disconnect()). Only for
 * single-statement hot paths outside a transaction; see the note above.
 */
export function rawPoolOf(client: object): pg.Pool | null {
  const pool = rawPools.get(client);
  return pool && !pool.ending && !pool.ended ? pool : null;
}

export type Db = ReturnType<typeof createPrismaClient>;
