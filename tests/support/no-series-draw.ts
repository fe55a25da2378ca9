// Drawing numbers the way a document does, for the number-series tests and benchmark: the
// facade's draw (lib/services/no-series/document-no.ts) around a caller's own statement. The app's
// documents put the same draw into their own last statement (production orders: order-no.ts).
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db-client";
import { drawnNo, mapNoSeriesError, takeNextNoSql } from "@/lib/services/no-series/document-no";
import { queryOnce } from "@/lib/services/sql-tx";
import type { Tx } from "@/lib/services/tx";

type Client = Db | Tx;
export type DrawnNo = { no: string; lineId: number; warning: string | null };

/** NS-8/NS-9: the next number of a series, inside the caller's transaction. */
export async function getNextNo(tx: Client, seriesCode: string, date?: Date | string | null, field = "no"): Promise<DrawnNo> {
  try {
    const rows = await tx.$queryRaw<{ no: string; line_id: number; warning: boolean }[]>(
      Prisma.sql`SELECT * FROM ${takeNextNoSql(seriesCode, date)}`,
    );
    return { ...drawnNo(seriesCode, rows[0]), lineId: rows[0].line_id };
  } catch (e) {
    throw mapNoSeriesError(e, field);
  }
}

/**
 * Draws a number and inserts the document in ONE statement, the fastest gap-free form: the
 * line's row lock is held only while this statement runs and its transaction commits.
 * `insert` receives the SQL expression that yields the drawn number.
 *
 * Called with the app's client (not inside a transaction) the statement goes straight to the
 * client's pg pool, prepared once per connection (queryOnce, lib/services/sql-tx.ts); `rows` are
 * then as pg returns them (numeric and bigint columns as strings). Inside a transaction it runs
 * through Prisma on the transaction's connection.
 */
export async function insertWithNextNo<T>(
  tx: Client,
  seriesCode: string,
  date: Date | string | null | undefined,
  insert: (noExpr: Prisma.Sql) => Prisma.Sql,
  field = "no",
): Promise<{ drawn: DrawnNo; rows: T[] }> {
  const statement = Prisma.sql`
      WITH n AS MATERIALIZED (SELECT * FROM ${takeNextNoSql(seriesCode, date)}),
           ins AS (${insert(Prisma.sql`(SELECT no FROM n)`)})
      SELECT ins.*, n.no AS "__no", n.line_id AS "__line_id", n.warning AS "__warning" FROM ins, n`;
  try {
    const rows = await queryOnce<T & { __no: string; __line_id: number; __warning: boolean }>(tx, statement);
    const first = rows[0];
    return { drawn: { ...drawnNo(seriesCode, { no: first.__no, warning: first.__warning }), lineId: first.__line_id }, rows };
  } catch (e) {
    throw mapNoSeriesError(e, field);
  }
}
