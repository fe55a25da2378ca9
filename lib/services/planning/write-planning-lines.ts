import { Prisma } from "@/lib/generated/prisma/client";
import type { PlanningLine } from "@/lib/domain/planning/types";
import type { SqlTx } from "@/lib/services/sql-tx";

// PL-10: a new calculation replaces the user's worksheet. Two statements whatever the number of
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

/**
 * The columns of `lines`. Apart from writePlanningLines so a caller can let the line objects go
 * before the statement is sent (the worker does: on a 110,000-line plan they are most of its heap).
 */
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
