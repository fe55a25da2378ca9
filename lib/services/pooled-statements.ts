import type pg from "pg";

// Named statements through a transaction-mode pooler, which keeps none itself (PgBouncer 1.18).
// PgBouncer keeps a transaction on one server connection from BEGIN to COMMIT, and a statement
// prepared on a server connection stays there (a rollback keeps it too). So each transaction's
// BEGIN also asks which backend it landed on (its pid and start time: a later backend may get the
// same pid), and pg's record of the names it has parsed, which it keeps per client connection and
// which through the pooler says nothing, is swapped for that backend's record. Each statement is
// then parsed and planned once per server connection, as when connected directly: measured
// (`bench -- cluster`), PostgreSQL's CPU per created order through PgBouncer went from 3–4 ms above
// the direct figure to about 1 ms or less (README, Scaling).
//
// App servers share the server connections: the names carry a tag of this process, so two
// processes never give one name two texts (each knows only what it parsed itself). What stays on a
// server connection: at most 256 statements per app process (sql-tx.ts, MAX_NAMED) until PgBouncer
// closes it (server_lifetime). pg's record lives in fields of its own connection object; if a
// version of pg has none, the transaction's statements go unnamed, as before.

const registry = globalThis as { [key: symbol]: unknown };
/** This process's tag in statement names (kept on globalThis: two instances of this module share it). */
export const PROCESS_TAG = (registry[Symbol.for("production-orders.sql-tx-process-tag")] ??= Math.random()
  .toString(36)
  .slice(2, 8)) as string;

/** The SELECT column that names the transaction's backend (appended to the BEGIN message). */
export const BACKEND_COLUMN = `pg_backend_pid() || '@' || (SELECT backend_start FROM pg_stat_get_activity(pg_backend_pid()))::text AS backend`;

// The backends seen, least recently used first; a pool of server connections is far smaller.
const MAX_BACKENDS = 1024;
const backends = (registry[Symbol.for("production-orders.sql-tx-backends")] ??= new Map<string, Record<string, string>>()) as Map<
  string,
  Record<string, string>
>;

type PgConnection = { parsedStatements?: Record<string, string>; submittedNamedStatements?: Record<string, string> };

/**
 * Points `client`'s record of parsed statements at `backend`'s. False when pg keeps no such
 * record where expected: then nothing may be named.
 */
export function adoptBackend(client: pg.PoolClient, backend: unknown): boolean {
  const conn = (client as unknown as { connection?: PgConnection }).connection;
  if (typeof backend !== "string" || typeof conn?.parsedStatements !== "object" || typeof conn.submittedNamedStatements !== "object")
    return false;
  const parsed = backends.get(backend) ?? {};
  backends.delete(backend); // most recently used last
  backends.set(backend, parsed);
  if (backends.size > MAX_BACKENDS) backends.delete(backends.keys().next().value!);
  conn.parsedStatements = parsed;
  conn.submittedNamedStatements = {};
  return true;
}
