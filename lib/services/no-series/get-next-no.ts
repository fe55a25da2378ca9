import { Prisma } from "@/lib/generated/prisma/client";
import { rawPoolOf, type Db } from "@/lib/db-client";
import { DomainError } from "@/lib/errors";
import { pgFailure } from "@/lib/services/db-errors";
import type { Tx } from "@/lib/services/tx";

// Drawing numbers (NS-4 … NS-10). The rules run inside PostgreSQL (ns_take_next, see the
// number_series_functions migration) so a draw is one round trip: for Normal lines the row lock
// is taken there, as the last step before the document insert, and released at commit.

type Client = Db | Tx;
export type DrawnNo = { no: string; lineId: number; warning: string | null };

const toDate = (d?: Date | string | null) => (d ? (typeof d === "string" ? d : d.toISOString().slice(0, 10)) : null);

/** NS-8/NS-9: the next number of a series, inside the caller's transaction. */
export async function getNextNo(tx: Client, seriesCode: string, date?: Date | string | null, field = "no"): Promise<DrawnNo> {
  try {
    const rows = await tx.$queryRaw<{ no: string; line_id: number; warning: boolean }[]>`
      SELECT * FROM ns_take_next(${seriesCode}, ${toDate(date)}::date)`;
    const r = rows[0];
    return { no: r.no, lineId: r.line_id, warning: r.warning ? warningText(seriesCode, r.no) : null };
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
 * client's pg pool as a named prepared statement (see lib/db-client.ts for why); `rows` are
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
      WITH n AS MATERIALIZED (SELECT * FROM ns_take_next(${seriesCode}, ${toDate(date)}::date)),
           ins AS (${insert(Prisma.sql`(SELECT no FROM n)`)})
      SELECT ins.*, n.no AS "__no", n.line_id AS "__line_id", n.warning AS "__warning" FROM ins, n`;
  try {
    type Row = T & { __no: string; __line_id: number; __warning: boolean };
    const pool = rawPoolOf(tx);
    const rows = pool
      ? (await pool.query<Row>({ name: statementName(statement.text), text: statement.text, values: pgValues(statement.values) })).rows
      : await tx.$queryRaw<Row[]>(statement);
    const first = rows[0];
    const drawn = { no: first.__no, lineId: first.__line_id, warning: first.__warning ? warningText(seriesCode, first.__no) : null };
    return { drawn, rows };
  } catch (e) {
    throw mapNoSeriesError(e, field);
  }
}

// Prepared-statement names by SQL text: each pooled connection parses a statement once and
// then only binds and executes it. The texts are the few insert shapes of the app's callers;
// past a bound (a caller building its SQL per call) statements simply stay unnamed.
const statementNames = new Map<string, string>();
function statementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (!name && statementNames.size < 100) statementNames.set(text, (name = `ns_insert_${statementNames.size + 1}`));
  return name;
}

/** pg would JSON-encode a Decimal (quotes included); PostgreSQL wants its plain text. */
const pgValues = (values: unknown[]) => values.map((v) => (v instanceof Prisma.Decimal ? v.toString() : v));

/** NS-10: what the next draw would give, without using it (null when none can be drawn). */
export async function peekNextNo(tx: Client, seriesCode: string, date?: Date | string | null): Promise<string | null> {
  const rows = await tx.$queryRaw<{ no: string | null }[]>`SELECT ns_peek_next(${seriesCode}, ${toDate(date)}::date) AS no`;
  return rows[0]?.no ?? null;
}

/** NS-11: may a number of this series be typed in by hand? */
export async function testManual(tx: Client, seriesCode: string, field = "no") {
  const series = await tx.noSeries.findUnique({ where: { code: seriesCode }, select: { manualNos: true } });
  if (!series) throw new DomainError("NS_NOT_FOUND", `The number series ${seriesCode} does not exist.`, field, { series: seriesCode });
  if (!series.manualNos) {
    throw new DomainError(
      "NS_MANUAL_NOT_ALLOWED",
      `You may not enter numbers manually. If you want to enter numbers manually, please activate Manual Nos. in No. Series ${seriesCode}.`,
      field,
      { series: seriesCode },
    );
  }
}

function warningText(seriesCode: string, no: string) {
  return `The number series ${seriesCode} will soon run out of numbers: ${no} has reached its Warning No.`;
}

const CODES: Record<string, string> = {
  NS001: "NS_NOT_FOUND",
  NS003: "NS_NO_DIGITS",
  NS004: "NS_NO_LINE",
  NS005: "NS_RUN_OUT",
  NS006: "NS_PATTERN",
  NS007: "NS_DATE_ORDER",
};

export function mapNoSeriesError(e: unknown, field = "no"): unknown {
  const f = pgFailure(e);
  if (f && CODES[f.code]) return new DomainError(CODES[f.code], f.message, field, { detail: f.detail ?? "" });
  return e;
}
