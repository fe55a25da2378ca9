import type pg from "pg";
import { Prisma } from "@/lib/generated/prisma/client";
import { preparesStatements, rawPoolOf, type Db } from "@/lib/db-client";
import { adoptBackend, BACKEND_COLUMN, PROCESS_TAG } from "@/lib/services/pooled-statements";
import type { Tx } from "@/lib/services/tx";

// A transaction for the hot write paths that speak SQL only (creating an order with its refresh).
//
// Measured under the HTTP benchmark, Prisma's own work per statement (request serialisation, its
// query interpreter, result mapping) was about a quarter of the app server's CPU per created
// order. On a client made by createPrismaClient this runs the same statements on a connection of
// the very same pg pool (same limits, same application_name), with the values passed exactly as
// Prisma's pg adapter passes them. Any other client (a test's own) gets a Prisma interactive
// transaction instead: the callback cannot tell the two apart.
//
// `finish` is the transaction's last statement: on the raw path it travels together with the
// COMMIT in ONE round trip (simple-query protocol, values inlined as escaped literals), so a
// row lock it takes — a gap-free number series' — is released the moment it is taken, instead
// of after the app has read the answer and sent COMMIT on a busy event loop (NS-8).

export interface SqlTx {
  $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<T>;
  $executeRaw(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<number>;
}

export interface FinishingTx extends SqlTx {
  /**
   * The last statement; the transaction commits with it. Statements after it are refused (and
   * the callback must not fail after it: on the raw path it has committed already).
   */
  finish<T = unknown>(query: Prisma.Sql): Promise<T[]>;
}

const sqlOf = (query: TemplateStringsArray | Prisma.Sql, values: unknown[]) =>
  query instanceof Prisma.Sql ? query : Prisma.sql(query, ...values);

/** As @prisma/adapter-pg's mapArg: dates leave as UTC text, decimals as their digits. */
function arg(v: unknown): unknown {
  if (typeof v !== "object" || v === null) return v; // most values: cheap before the class checks
  if (v instanceof Date) return v.toISOString().replace("T", " ").replace("Z", "");
  if (Prisma.Decimal.isDecimal(v)) return (v as Prisma.Decimal).toString();
  if (Array.isArray(v)) return v.map(arg);
  return v;
}

/** A value as a SQL literal, for the one simple-protocol message that carries the COMMIT. */
function literal(client: pg.PoolClient, v: unknown): string {
  if (v === null || v === undefined) return "NULL";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error("A non-finite number cannot be a SQL literal");
    return `'${String(v)}'`;
  }
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "string") return client.escapeLiteral(v);
  if (v instanceof Date || Prisma.Decimal.isDecimal(v)) return client.escapeLiteral(arg(v) as string);
  throw new Error(`No SQL literal for a ${typeof v}`);
}

/** The statement with its values as literals. Its own text must not hold `$n` outside placeholders. */
function inline(client: pg.PoolClient, sql: Prisma.Sql): string {
  const values = sql.values;
  const text = sql.text.replace(/\$(\d+)/g, (_, i: string) => {
    const n = Number(i);
    if (n < 1 || n > values.length) throw new Error(`$${n} has no value`);
    return literal(client, values[n - 1]);
  });
  return text;
}

// Prepared statements. Every statement here used to be parsed and planned anew on each call, and
// planning is not cheap for these: ~1 ms each for the component insert and the BOM catalog's
// recursive CTE, ~3 ms of PostgreSQL's ~14 ms CPU per created order. Each distinct statement text
// gets a name, so a connection parses it once; the transaction asks for generic plans (below),
// so it is planned once as well. Their plans do not depend on the values: keys, and rows passed
// as arrays. The texts are the services' own templates, a small fixed set; the cap only guards
// against an unforeseen source of varying text (beyond it, statements run unnamed as before).
// The names live on globalThis, as the pools do (lib/db-client.ts): two instances of this module
// (a script importing it by path, the services by alias) must never give one name to two texts
// on a shared connection.
const MAX_NAMED = 256;
const registry = globalThis as { [key: symbol]: Map<string, string> | undefined };
const statementNames = (registry[Symbol.for("production-orders.sql-tx-statement-names")] ??= new Map<string, string>());
// Through a transaction-mode pooler (lib/db-client.ts, poolerOf) a transaction's statements are
// named per server connection (pooled-statements.ts); a statement outside a transaction
// (queryOnce) goes unnamed there, as it may reach any server connection.
function statementName(text: string, named: boolean): string | undefined {
  if (!named) return undefined;
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < MAX_NAMED)
    statementNames.set(text, (name = `sqltx_${PROCESS_TAG}_${statementNames.size}`));
  return name;
}

function rawTx(client: pg.PoolClient, state: { finished: boolean }, named: boolean): FinishingTx {
  const run = (query: TemplateStringsArray | Prisma.Sql, values: unknown[]) => {
    if (state.finished) throw new Error("The transaction has already been finished");
    const sql = sqlOf(query, values);
    return client.query({ text: sql.text, values: sql.values.map(arg), name: statementName(sql.text, named) });
  };
  return {
    async $queryRaw<T>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) {
      return (await run(query, values)).rows as T;
    },
    async $executeRaw(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) {
      return (await run(query, values)).rowCount ?? 0;
    },
    async finish<T>(query: Prisma.Sql) {
      if (state.finished) throw new Error("The transaction has already been finished");
      state.finished = true;
      const results = (await client.query(`${inline(client, query)}; COMMIT`)) as unknown as pg.QueryResult[];
      return results[0].rows as T[];
    },
  };
}

/** Runs `fn` in one transaction: committed when it returns, rolled back when it throws. */
export async function sqlTransaction<T>(db: Db, fn: (tx: FinishingTx) => Promise<T>, opts: { timeout?: number } = {}): Promise<T> {
  const pool = rawPoolOf(db);
  if (!pool) {
    return db.$transaction(
      async (tx) => {
        let finished = false;
        const open = () => {
          if (finished) throw new Error("The transaction has already been finished");
        };
        const finishing: FinishingTx = {
          $queryRaw: async (q, ...v) => (open(), tx.$queryRaw(sqlOf(q, v))),
          $executeRaw: async (q, ...v) => (open(), tx.$executeRaw(sqlOf(q, v))),
          finish: async <R>(q: Prisma.Sql) => {
            open();
            finished = true;
            return tx.$queryRaw<R[]>(q);
          },
        };
        return fn(finishing);
      },
      { timeout: opts.timeout },
    );
  }
  const client = await pool.connect();
  const state = { finished: false };
  let broken: Error | undefined;
  // While a connection is checked out the pool does not listen to it: a connection that dies
  // (the server restarts, the backend is terminated) would otherwise raise an uncaught 'error'
  // event and take the process down. The failing query rejects as well; this only marks it.
  const onError = (err: Error) => void (broken ??= err);
  client.on("error", onError);
  try {
    // Time limits, as Prisma's on the other path: no statement and no pause between statements
    // may exceed the transaction's limit (the server's own statement_timeout stays when it is set).
    // Generic plans for the prepared statements (see statementName), for this transaction only.
    const limit = Math.round(opts.timeout ?? 30_000);
    // Through a pooler, the backend the transaction landed on as well (pooled-statements.ts).
    const pooled = !preparesStatements(pool);
    const begun = (await client.query(
      `BEGIN; SELECT set_config('statement_timeout', CASE WHEN current_setting('statement_timeout') = '0' THEN '${limit}' ELSE current_setting('statement_timeout') END, true), set_config('idle_in_transaction_session_timeout', '${limit}', true), set_config('plan_cache_mode', 'force_generic_plan', true)${pooled ? `, ${BACKEND_COLUMN}` : ""}`,
    )) as unknown as pg.QueryResult[];
    const named = !pooled || adoptBackend(client, begun[1]?.rows[0]?.backend);
    const result = await fn(rawTx(client, state, named));
    if (!state.finished) await client.query("COMMIT");
    return result;
  } catch (e) {
    // A failed COMMIT of `finish` already ended the transaction; ROLLBACK then only warns.
    await client.query("ROLLBACK").catch((err: Error) => void (broken = err));
    throw e;
  } finally {
    client.off("error", onError);
    // A connection that died or could not even roll back (terminated, network gone) leaves the pool.
    client.release(broken);
  }
}

/**
 * One read statement outside a transaction, for the hot paths' pre-reads: prepared on a
 * connection of the raw pool (named as the transaction's statements are), or Prisma's $queryRaw
 * on any other client. Rows as pg returns them: keep the columns JSON or text so both paths
 * answer alike.
 */
export async function queryOnce<T>(db: Db | Tx, query: Prisma.Sql): Promise<T[]> {
  const pool = rawPoolOf(db);
  if (!pool) return db.$queryRaw<T[]>(query);
  const result = await pool.query({
    text: query.text,
    values: query.values.map(arg),
    name: statementName(query.text, preparesStatements(pool)),
  });
  return result.rows as T[];
}
