import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PlanningLine } from "@/lib/domain/planning/types";
import type { SqlTx } from "@/lib/services/sql-tx";

// PL-10: a new calculation replaces the user's worksheet. The planning worker streams its lines
// with COPY (copyPlanningLines, below: no raw connection is needed elsewhere); writePlanningLines
// is the same write in a Prisma or raw SqlTx transaction. Two statements whatever the number of
// lines: one DELETE, one INSERT … SELECT FROM unnest(…) of one value list per column (covers and
// projection stay JSONB for the drill-down, PL-7, each line's as its own small JSON text).
//
// Why this shape (measured on a 110,000-line plan): one JSON document of every line was ~110 MB
// that PostgreSQL parsed as a whole and jsonb_to_recordset re-serialised line by line; JS arrays
// as parameters cost more still on our side (pg escapes and quotes every element: ~17 s for the
// two JSON columns). A column travels instead as ONE text of its values joined by newlines —
// codes, enums, numbers, dates and JSON texts never hold a raw newline — split by
// string_to_array on the server; only the description (free text) goes as a real text[].

/**
 * A column's values as one newline-joined text; a leading newline keeps a lone "" value an
 * element ([2:] drops it). No values: "" (string_to_array gives no element at all).
 */
const joined = (values: (string | number | boolean | null)[]) =>
  values.length === 0 ? "" : `\n${values.map((v) => (v === null ? "" : String(v))).join("\n")}`;

/** The lines as the INSERT reads them: one newline-joined text per column (the description as a text[]). */
export type PlanningLineColumns = { count: number; description: string[]; joined: Record<JoinedColumn, string> };

type JoinedColumn =
  | "lineNo"
  | "actionMessage"
  | "acceptActionMessage"
  | "itemNo"
  | "variantCode"
  | "locationCode"
  | "replenishmentSystem"
  | "dueDate"
  | "originalDueDate"
  | "quantity"
  | "originalQuantity"
  | "startingDate"
  | "endingDate"
  | "refOrderStatus"
  | "refOrderNo"
  | "refOrderLineNo"
  | "refOrderVersion"
  | "planningLevel"
  | "parentLineNo"
  | "lowLevelCode"
  | "warning"
  | "warningText"
  | "covers"
  | "projection";

const json = (v: unknown) => (v == null ? null : JSON.stringify(v));

/** The columns of `lines`, as insertPlanningLineColumns sends them. */
export function planningLineColumns(lines: PlanningLine[]): PlanningLineColumns {
  const col = (of: (line: PlanningLine) => string | number | boolean | null) => joined(lines.map(of));
  return {
    count: lines.length,
    description: lines.map((l) => l.description),
    joined: {
      lineNo: col((l) => l.lineNo),
      actionMessage: col((l) => l.actionMessage),
      acceptActionMessage: col((l) => l.acceptActionMessage),
      itemNo: col((l) => l.itemNo),
      variantCode: col((l) => l.variantCode),
      locationCode: col((l) => l.locationCode),
      replenishmentSystem: col((l) => l.replenishmentSystem),
      dueDate: col((l) => l.dueDate),
      originalDueDate: col((l) => l.originalDueDate),
      quantity: col((l) => l.quantity),
      originalQuantity: col((l) => l.originalQuantity),
      startingDate: col((l) => l.startingDate),
      endingDate: col((l) => l.endingDate),
      refOrderStatus: col((l) => l.ref?.orderStatus ?? null),
      refOrderNo: col((l) => l.ref?.orderNo ?? null),
      refOrderLineNo: col((l) => l.ref?.orderLineNo ?? null),
      refOrderVersion: col((l) => l.ref?.orderVersion ?? null),
      planningLevel: col((l) => l.planningLevel),
      parentLineNo: col((l) => l.parentLineNo),
      lowLevelCode: col((l) => l.lowLevelCode),
      warning: col((l) => l.warning),
      warningText: col((l) => json(l.warningText)),
      covers: col((l) => json(l.covers)),
      projection: col((l) => json(l.projection)),
    },
  };
}

/** Replaces `userId`'s worksheet lines with `lines`, in the caller's transaction; returns how many were written. */
export async function writePlanningLines(tx: SqlTx, userId: string, lines: PlanningLine[]): Promise<number> {
  await deletePlanningLines(tx, userId);
  return lines.length === 0 ? 0 : insertPlanningLineColumns(tx, userId, planningLineColumns(lines));
}

/** Empties `userId`'s worksheet (the first half of writePlanningLines). */
export async function deletePlanningLines(tx: SqlTx, userId: string): Promise<void> {
  await tx.$executeRaw`DELETE FROM "PlanningWorksheetLine" WHERE "userId" = ${userId}`;
}

/** Adds lines from columns already built (planningLineColumns) in ONE statement; none is a valid, empty insert. */
export async function insertPlanningLineColumns(tx: SqlTx, userId: string, columns: PlanningLineColumns): Promise<number> {
  const c = columns.joined;
  const split = (text: string) => Prisma.sql`(string_to_array(${text}, E'\\n'))[2:]`;
  return tx.$executeRaw`
    INSERT INTO "PlanningWorksheetLine" ("userId", "lineNo", "actionMessage", "acceptActionMessage", "itemNo", "variantCode",
      "locationCode", description, "replenishmentSystem", "dueDate", "originalDueDate", quantity, "originalQuantity",
      "startingDate", "endingDate", "refOrderStatus", "refOrderNo", "refOrderLineNo", "refOrderVersion", "planningLevel",
      "parentLineNo", "lowLevelCode", warning, "warningText", covers, projection)
    SELECT ${userId}, t."lineNo"::int, t."actionMessage"::"PlanningActionMessage", t."acceptActionMessage"::boolean, t."itemNo",
      t."variantCode", t."locationCode", t.description, t."replenishmentSystem"::"ReplenishmentSystem", t."dueDate"::date,
      nullif(t."originalDueDate", '')::date, t.quantity::numeric, nullif(t."originalQuantity", '')::numeric, t."startingDate"::date,
      t."endingDate"::date, nullif(t."refOrderStatus", '')::"ProdOrderStatus", nullif(t."refOrderNo", ''),
      nullif(t."refOrderLineNo", '')::int, nullif(t."refOrderVersion", '')::int, t."planningLevel"::int,
      nullif(t."parentLineNo", '')::int, t."lowLevelCode"::int, nullif(t.warning, '')::"PlanningWarning",
      nullif(t."warningText", '')::jsonb, t.covers::jsonb, t.projection::jsonb
    FROM unnest(${split(c.lineNo)}, ${split(c.actionMessage)}, ${split(c.acceptActionMessage)}, ${split(c.itemNo)},
      ${split(c.variantCode)}, ${split(c.locationCode)}, ${columns.description}::text[], ${split(c.replenishmentSystem)},
      ${split(c.dueDate)}, ${split(c.originalDueDate)}, ${split(c.quantity)}, ${split(c.originalQuantity)}, ${split(c.startingDate)},
      ${split(c.endingDate)}, ${split(c.refOrderStatus)}, ${split(c.refOrderNo)}, ${split(c.refOrderLineNo)}, ${split(c.refOrderVersion)},
      ${split(c.planningLevel)}, ${split(c.parentLineNo)}, ${split(c.lowLevelCode)}, ${split(c.warning)}, ${split(c.warningText)},
      ${split(c.covers)}, ${split(c.projection)})
      AS t("lineNo", "actionMessage", "acceptActionMessage", "itemNo", "variantCode", "locationCode", description,
        "replenishmentSystem", "dueDate", "originalDueDate", quantity, "originalQuantity", "startingDate", "endingDate",
        "refOrderStatus", "refOrderNo", "refOrderLineNo", "refOrderVersion", "planningLevel", "parentLineNo", "lowLevelCode",
        warning, "warningText", covers, projection)`;
}

// ── Streaming the lines with COPY (the planning worker's write) ──
//
// The INSERT above holds every column of every line as text at once, and pg builds each
// statement's message as one buffer on top: on a 110,000-line plan that was ~400 MB at the
// write's peak, with the lines themselves still alive. COPY FROM STDIN takes the rows as a
// stream: ONE statement whatever the number of lines, each chunk of rows built only when the
// connection has taken the previous one, and each line let go once it is in a chunk.

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
