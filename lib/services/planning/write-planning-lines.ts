import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { PlanningLine } from "@/lib/domain/planning/types";

// PL-10: a new calculation replaces the user's worksheet: one DELETE and ONE COPY streaming the
// lines, in one transaction, whatever the number of lines (replacePlanningLines). The planning
// worker writes this way, and so does every other writer (tests, the benchmark): one write.
//
// Why COPY (measured on a 110,000-line plan): one INSERT … SELECT FROM unnest(…) of every line
// held every column of every line as text at once, and pg builds each statement's message as one
// buffer on top: ~400 MB at the write's peak, with the lines themselves still alive; a JSON
// document of every line was ~110 MB that PostgreSQL parsed whole. COPY FROM STDIN takes the rows
// as a stream: each chunk of rows is built only when the connection has taken the previous one,
// and each line is let go once it is in a chunk. Covers and projection stay JSONB for the
// drill-down (PL-7), each line's as its own small JSON text.

const json = (v: unknown) => (v == null ? null : JSON.stringify(v));

/** The table's columns in COPY's order (the row text below follows it). */
const COPY_COLUMNS = `"userId", "lineNo", "actionMessage", "acceptActionMessage", "itemNo", "variantCode", "locationCode",
  description, "replenishmentSystem", "dueDate", "originalDueDate", quantity, "originalQuantity", "startingDate", "endingDate",
  "refOrderStatus", "refOrderNo", "refOrderLineNo", "refOrderVersion", "planningLevel", "parentLineNo", "lowLevelCode",
  warning, "warningText", covers, projection`;

/** A value in COPY's text format: \N for null; backslash, tab, newline and carriage return escaped. */
function field(v: string | number | boolean | null): string {
  if (v === null) return "\\N";
  if (typeof v !== "string") return String(v);
  return /[\\\t\n\r]/.test(v) ? v.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]!) : v;
}
const COPY_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** One line as one row of COPY text (newline-terminated). */
export function planningLineCopyRow(userId: string, l: PlanningLine): string {
  return [
    userId,
    l.lineNo,
    l.actionMessage,
    l.acceptActionMessage,
    l.itemNo,
    l.variantCode,
    l.locationCode,
    l.description,
    l.replenishmentSystem,
    l.dueDate,
    l.originalDueDate,
    l.quantity,
    l.originalQuantity,
    l.startingDate,
    l.endingDate,
    l.ref?.orderStatus ?? null,
    l.ref?.orderNo ?? null,
    l.ref?.orderLineNo ?? null,
    l.ref?.orderVersion ?? null,
    l.planningLevel,
    l.parentLineNo,
    l.lowLevelCode,
    l.warning,
    json(l.warningText),
    json(l.covers),
    json(l.projection),
  ]
    .map(field)
    .join("\t")
    .concat("\n");
}

/** Rows per chunk handed to the connection: a few hundred KB of text, whatever the plan's size. */
const COPY_CHUNK_LINES = 500;

/**
 * Adds `lines` to `userId`'s worksheet in ONE COPY statement on `client` (in the caller's
 * transaction), rows built lazily chunk by chunk. The array is emptied as it goes (each line is
 * garbage once sent): the caller hands its lines over. Returns how many rows were written.
 */
export async function copyPlanningLines(client: pg.ClientBase, userId: string, lines: (PlanningLine | undefined)[]): Promise<number> {
  const total = lines.length;
  let next = 0;
  const stream = client.query(copyFrom(`COPY "PlanningWorksheetLine" (${COPY_COLUMNS}) FROM STDIN`));
  const chunks = Readable.from(
    (function* () {
      while (next < total) {
        const end = Math.min(next + COPY_CHUNK_LINES, total);
        let text = "";
        for (; next < end; next++) {
          text += planningLineCopyRow(userId, lines[next]!);
          lines[next] = undefined;
        }
        yield text;
      }
      lines.length = 0;
    })(),
    { objectMode: false, highWaterMark: 1 },
  );
  await pipeline(chunks, stream);
  return stream.rowCount;
}

/**
 * Replaces `userId`'s worksheet with `lines` on `client`: BEGIN, DELETE, one COPY, COMMIT (four
 * statements whatever the number of lines; rolled back on any error). The array is handed over
 * (emptied, see copyPlanningLines). Returns how many lines were written.
 */
export async function replacePlanningLines(client: pg.ClientBase, userId: string, lines: (PlanningLine | undefined)[]): Promise<number> {
  await client.query("BEGIN");
  try {
    await client.query({ text: 'DELETE FROM "PlanningWorksheetLine" WHERE "userId" = $1', values: [userId] });
    const written = lines.length === 0 ? 0 : await copyPlanningLines(client, userId, lines);
    await client.query("COMMIT");
    return written;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  }
}
