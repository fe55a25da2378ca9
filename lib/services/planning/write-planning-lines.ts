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

/** A column's values as one newline-joined text; a leading newline keeps a lone "" value an element ([2:] drops it). */
const joined = (values: (string | number | boolean | null)[]) => `\n${values.map((v) => (v === null ? "" : String(v))).join("\n")}`;

/** Replaces `userId`'s worksheet lines with `lines`, in the caller's transaction; returns how many were written. */
export async function writePlanningLines(tx: SqlTx, userId: string, lines: PlanningLine[]): Promise<number> {
  await tx.$executeRaw`DELETE FROM "PlanningWorksheetLine" WHERE "userId" = ${userId}`;
  if (lines.length === 0) return 0;
  const col = (of: (line: PlanningLine) => string | number | boolean | null) => joined(lines.map(of));
  const json = (v: unknown) => (v == null ? null : JSON.stringify(v));
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
    FROM unnest(
      (string_to_array(${col((l) => l.lineNo)}, E'\\n'))[2:], (string_to_array(${col((l) => l.actionMessage)}, E'\\n'))[2:],
      (string_to_array(${col((l) => l.acceptActionMessage)}, E'\\n'))[2:], (string_to_array(${col((l) => l.itemNo)}, E'\\n'))[2:],
      (string_to_array(${col((l) => l.variantCode)}, E'\\n'))[2:], (string_to_array(${col((l) => l.locationCode)}, E'\\n'))[2:],
      ${lines.map((l) => l.description)}::text[], (string_to_array(${col((l) => l.replenishmentSystem)}, E'\\n'))[2:],
      (string_to_array(${col((l) => l.dueDate)}, E'\\n'))[2:], (string_to_array(${col((l) => l.originalDueDate)}, E'\\n'))[2:],
      (string_to_array(${col((l) => l.quantity)}, E'\\n'))[2:], (string_to_array(${col((l) => l.originalQuantity)}, E'\\n'))[2:],
      (string_to_array(${col((l) => l.startingDate)}, E'\\n'))[2:], (string_to_array(${col((l) => l.endingDate)}, E'\\n'))[2:],
      (string_to_array(${col((l) => l.ref?.orderStatus ?? null)}, E'\\n'))[2:], (string_to_array(${col((l) => l.ref?.orderNo ?? null)}, E'\\n'))[2:],
      (string_to_array(${col((l) => l.ref?.orderLineNo ?? null)}, E'\\n'))[2:],
      (string_to_array(${col((l) => l.ref?.orderVersion ?? null)}, E'\\n'))[2:],
      (string_to_array(${col((l) => l.planningLevel)}, E'\\n'))[2:], (string_to_array(${col((l) => l.parentLineNo)}, E'\\n'))[2:],
      (string_to_array(${col((l) => l.lowLevelCode)}, E'\\n'))[2:], (string_to_array(${col((l) => l.warning)}, E'\\n'))[2:],
      (string_to_array(${col((l) => json(l.warningText))}, E'\\n'))[2:], (string_to_array(${col((l) => json(l.covers))}, E'\\n'))[2:],
      (string_to_array(${col((l) => json(l.projection))}, E'\\n'))[2:])
      AS t("lineNo", "actionMessage", "acceptActionMessage", "itemNo", "variantCode", "locationCode", description,
        "replenishmentSystem", "dueDate", "originalDueDate", quantity, "originalQuantity", "startingDate", "endingDate",
        "refOrderStatus", "refOrderNo", "refOrderLineNo", "refOrderVersion", "planningLevel", "parentLineNo", "lowLevelCode",
        warning, "warningText", covers, projection)`;
}
