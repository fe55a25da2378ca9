// A PrismaClient whose pg Pool counts every statement sent to PostgreSQL (BEGIN and COMMIT
// included; one per message, so a raw transaction's "BEGIN; …" counts once), for the "statement
// count does not grow with the BOM" test and the benchmark.
// Counting at the driver is what the database sees, whatever Prisma does above it.
import pg from "pg";
import { createPrismaClient } from "../../../lib/db-client.ts";

export type StatementCounter = { recording: boolean; statements: string[] };

export function createCountingClient(connectionString: string) {
  const counter: StatementCounter = { recording: false, statements: [] };
  const pool = new pg.Pool({ connectionString, max: 4, connectionTimeoutMillis: 10_000 });
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      if (counter.recording) {
        const first = args[0] as string | { text: string };
        counter.statements.push(typeof first === "string" ? first : first.text);
      }
      return query(...args);
    };
  });
  // A client of the app's kind on this pool: raw transactions (lib/services/sql-tx.ts) run on it
  // too, so their statements are counted like Prisma's.
  const db = createPrismaClient(connectionString, { pool });
  /** Runs `fn` and returns the statements it sent. */
  async function count<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
    counter.statements = [];
    counter.recording = true;
    try {
      const result = await fn();
      return { result, statements: [...counter.statements] };
    } finally {
      counter.recording = false;
    }
  }
  return {
    db,
    count,
    close: async () => {
      await db.$disconnect();
      await pool.end().catch(() => {});
    },
  };
}
