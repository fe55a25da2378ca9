import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db-client";
import { DomainError } from "@/lib/errors";
import { pgFailure } from "@/lib/services/db-errors";
import type { Tx } from "@/lib/services/tx";
import { msg, renderMessage, type Message, type MessageKey, type MessageParams } from "@/lib/i18n/domain-message";

// The number-series facade every document uses (NS-4 … NS-11), like BC's "No. Series" codeunit.
// The rules run inside PostgreSQL (prisma/functions/ns_take_next.sql) so a draw is one call, made
// by the document's LAST statement: a Normal line's row lock is taken there and released at the
// commit (NS-8). A document puts takeNextNoSql (or order-no.ts's po_take_next_no) into that
// statement, reads back { no, warning }, and passes both through drawnNo and any failure
// through mapNoSeriesError.

type Client = Db | Tx;

const isoDate = (d?: Date | string | null) => (d ? (typeof d === "string" ? d : d.toISOString().slice(0, 10)) : null);

/** A set-returning call giving (no, line_id, warning): the next number of `seriesCode` on `date` (null: today). */
export function takeNextNoSql(seriesCode: string, date?: Date | string | null): Prisma.Sql {
  return Prisma.sql`ns_take_next(${seriesCode}, ${isoDate(date)}::date)`;
}

/** NS-6: what a user is told when a drawn number has reached its line's Warning No. */
export function seriesWarning(seriesCode: string, no: string): Message {
  return msg("seriesWarning", { series: seriesCode, no });
}

/** A drawn number with its NS-6 warning as a Message (or null), for a caller that words it in the user's language. */
export function drawnNoMessage(seriesCode: string, row: { no: string; warning: boolean }): { no: string; warning: Message | null } {
  return { no: row.no, warning: row.warning ? seriesWarning(seriesCode, row.no) : null };
}

/** A drawn number as the create returns it: the warning in English (its page words it again from the series). */
export function drawnNo(seriesCode: string, row: { no: string; warning: boolean }): { no: string; warning: string | null } {
  const { warning } = drawnNoMessage(seriesCode, row);
  return { no: row.no, warning: warning ? renderMessage(warning) : null };
}

/** NS-10: what the next draw would give, without using it (null when none can be drawn). */
export async function peekNextNo(tx: Client, seriesCode: string, date?: Date | string | null): Promise<string | null> {
  const rows = await tx.$queryRaw<{ no: string | null }[]>`SELECT ns_peek_next(${seriesCode}, ${isoDate(date)}::date) AS no`;
  return rows[0]?.no ?? null;
}

/** NS-11: may a number of this series be typed in by hand? */
export async function testManual(tx: Client, seriesCode: string, field = "no") {
  const series = await tx.noSeries.findUnique({ where: { code: seriesCode }, select: { manualNos: true } });
  if (!series) throw new DomainError("NS_NOT_FOUND", msg("seriesNotFound", { series: seriesCode }), field);
  if (!series.manualNos) {
    throw new DomainError("NS_MANUAL_NOT_ALLOWED", msg("manualNotAllowed", { series: seriesCode }), field);
  }
}

// The SQLSTATEs ns_take_next raises, the DomainError code each becomes and its message; the
// message's parameters come as JSON in the error's HINT (prisma/functions/ns_take_next.sql).
const CODES: Record<string, [string, MessageKey]> = {
  NS001: ["NS_NOT_FOUND", "seriesNotFound"],
  NS003: ["NS_NO_DIGITS", "seriesNoDigits"],
  NS004: ["NS_NO_LINE", "noLine"],
  NS005: ["NS_RUN_OUT", "runOut"],
  NS006: ["NS_PATTERN", "seriesPattern"],
  NS007: ["NS_DATE_ORDER", "dateOrder"],
  NS020: ["NS_NO_TOO_LONG", "seriesNoTooLong"],
};

/** A number-series failure of the draw becomes a DomainError beside `field`; anything else is returned as it is. */
export function mapNoSeriesError(e: unknown, field = "no"): unknown {
  const f = pgFailure(e);
  if (f && CODES[f.code]) {
    const [code, key] = CODES[f.code];
    return new DomainError(code, msg(key, JSON.parse(f.hint ?? "{}") as MessageParams), field);
  }
  return e;
}
