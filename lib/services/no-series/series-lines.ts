import { Prisma } from "@/lib/generated/prisma/client";
import type { NoSeriesImplementation } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/db-client";
import type { Tx } from "@/lib/services/tx";
import { DomainError, type FieldMessages } from "@/lib/errors";
import { splitNo } from "@/lib/domain/number-series/increment";
import { validateSeriesLine } from "@/lib/domain/number-series/validate-series-line";
import { checkSeriesFlags } from "@/lib/domain/number-series/series-flags";
import type { NoSeriesLineInput } from "@/lib/validation/no-series";
import { msg } from "@/lib/i18n/domain-message";

// Shared by the create/update/delete use cases and the admin pages: a series line as the admin
// sees it, and the NS-1/NS-2/NS-3 checks of a whole series before anything is written.

type Client = Db | Tx;

export type StoredLine = {
  id: number;
  lineNo: number;
  startingDate: Date | null;
  startingNo: string;
  endingNo: string;
  warningNo: string;
  incrementBy: number;
  lastNoUsed: string;
  lastDateUsed: Date | null;
  open: boolean;
  implementation: NoSeriesImplementation;
  sequenceName: string | null;
  /** NS-9: for a Sequence line the last number its database sequence handed out. */
  effectiveLastNoUsed: string;
};

/**
 * NS-9: Last No. Used as it really is. A Sequence line does not write its draws into the row, so
 * the value comes from its sequence (pg_sequences.last_value is null until the first draw after
 * the sequence was (re)created; then the row's value is still right). Needs aliases l and q.
 */
export const EFFECTIVE_LAST_NO_USED = Prisma.raw(`
  CASE WHEN l.implementation = 'SEQUENCE' AND q.last_value IS NOT NULL
       THEN ns_format(l."startingNo", CASE WHEN l."endingNo" <> '' AND q.last_value > ns_value(l."endingNo")
         -- a draw that ran past Ending No. handed nothing out: step back below it
         THEN q.last_value - ceil((q.last_value - ns_value(l."endingNo")) / l."incrementBy"::numeric) * l."incrementBy"
         ELSE q.last_value END)
       ELSE l."lastNoUsed" END`);

export const SEQUENCE_JOIN = Prisma.raw(
  `LEFT JOIN pg_sequences q ON q.sequencename = l."sequenceName" AND q.schemaname = current_schema()`,
);

/** The lines of one series, Last No. Used as it really is. */
export async function readSeriesLines(tx: Client, seriesCode: string): Promise<StoredLine[]> {
  const rows = await tx.$queryRaw<StoredLine[]>`
    SELECT l.id, l."lineNo", l."startingDate", l."startingNo", l."endingNo", l."warningNo", l."incrementBy",
           l."lastNoUsed", l."lastDateUsed", l.open, l.implementation::text AS implementation, l."sequenceName",
           ${EFFECTIVE_LAST_NO_USED} AS "effectiveLastNoUsed"
      FROM "NoSeriesLine" l
      ${SEQUENCE_JOIN}
     WHERE l."seriesCode" = ${seriesCode}
     ORDER BY l."lineNo"`;
  return rows;
}

/**
 * Locks the series' lines and stops draws from their sequences until the transaction ends, so
 * the Last No. Used read next cannot be overtaken by a draw (a re-created sequence would then
 * hand that number out again). nextval holds RowExclusiveLock; ALTER SEQUENCE needs a lock that
 * conflicts with it, and OWNED BY NONE changes nothing.
 */
export async function lockSeriesLines(tx: Tx, seriesCode: string) {
  const rows = await tx.$queryRaw<{ sequenceName: string | null }[]>`
    SELECT l."sequenceName" FROM "NoSeriesLine" l WHERE l."seriesCode" = ${seriesCode} ORDER BY l.id FOR UPDATE`;
  for (const { sequenceName } of rows) {
    if (sequenceName && (await sequenceExists(tx, sequenceName))) {
      await tx.$executeRawUnsafe(`ALTER SEQUENCE ${quoteIdent(sequenceName)} OWNED BY NONE`);
    }
  }
}

export async function dropLineSequence(tx: Tx, sequenceName: string | null) {
  if (sequenceName) await tx.$executeRawUnsafe(`DROP SEQUENCE IF EXISTS ${quoteIdent(sequenceName)}`);
}

async function sequenceExists(tx: Tx, name: string) {
  const rows = await tx.$queryRaw<{ n: number }[]>(
    Prisma.sql`SELECT count(*)::int AS n FROM pg_sequences WHERE sequencename = ${name} AND schemaname = current_schema()`,
  );
  return rows[0].n > 0;
}

function quoteIdent(name: string) {
  return `"${name.replace(/"/g, '""')}"`;
}

export type PreparedLine = NoSeriesLineInput & {
  values: { startingNo: string; endingNo: string; warningNo: string; lastNoUsed: string };
  open: boolean;
};

// A sequence holds a bigint; 18 digits always fit.
const MAX_SEQUENCE_DIGITS = 18;

/**
 * NS-1/NS-2/NS-3 for a whole series. `lastNoUsedOf` gives the Last No. Used to keep for a line
 * whose value the user did not change. Errors are keyed `lines.<index>.<field>`.
 */
export function prepareSeries(
  input: { defaultNos: boolean; manualNos: boolean; lines: NoSeriesLineInput[] },
  lastNoUsedOf: (line: NoSeriesLineInput) => string = (l) => l.lastNoUsed,
): { fieldErrors: FieldMessages; lines: PreparedLine[] } {
  const fieldErrors: FieldMessages = {};
  const flags = checkSeriesFlags(input);
  if (flags) fieldErrors[flags.field] = [flags.message];
  const lines = input.lines.map((line, i) => {
    const result = validateSeriesLine({ ...line, lastNoUsed: lastNoUsedOf(line) });
    for (const [field, message] of Object.entries(result.fieldErrors)) fieldErrors[`lines.${i}.${field}`] = [message];
    const digits = splitNo(result.values.endingNo || result.values.startingNo)?.digits.length ?? 0;
    if (line.implementation === "SEQUENCE" && digits > MAX_SEQUENCE_DIGITS) {
      fieldErrors[`lines.${i}.implementation`] = [msg("sequenceTooManyDigits", { max: MAX_SEQUENCE_DIGITS })];
    }
    return { ...line, values: result.values, open: result.open };
  });
  return { fieldErrors, lines };
}

export const toDbDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** The columns written for a line (sequenceName is managed by the sequence functions). */
export function lineData(line: PreparedLine) {
  return {
    startingDate: toDbDate(line.startingDate),
    startingNo: line.values.startingNo,
    endingNo: line.values.endingNo,
    warningNo: line.values.warningNo,
    incrementBy: line.incrementBy,
    lastNoUsed: line.values.lastNoUsed,
    open: line.open,
    implementation: line.implementation,
  };
}

/** X-2 for number series: a save based on a stale read is refused, never merged. */
export class SeriesChangedError extends DomainError {
  constructor() {
    super("STALE", msg("seriesChanged"));
  }
}
