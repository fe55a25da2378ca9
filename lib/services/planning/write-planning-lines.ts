import type { PlanningLine } from "@/lib/domain/planning/types";
import type { SqlTx } from "@/lib/services/sql-tx";

// PL-10: a new calculation replaces the user's worksheet. Two statements whatever the number of
// lines: one DELETE, one INSERT of every line from a single JSON parameter (covers and projection
// stay JSONB for the drill-down, PL-7).

/** One line as the INSERT's json_to_recordset reads it. */
function rowOf(line: PlanningLine) {
  return {
    lineNo: line.lineNo,
    actionMessage: line.actionMessage,
    acceptActionMessage: line.acceptActionMessage,
    itemNo: line.itemNo,
    variantCode: line.variantCode,
    locationCode: line.locationCode,
    description: line.description,
    replenishmentSystem: line.replenishmentSystem,
    dueDate: line.dueDate,
    originalDueDate: line.originalDueDate,
    quantity: line.quantity,
    originalQuantity: line.originalQuantity,
    startingDate: line.startingDate,
    endingDate: line.endingDate,
    refOrderStatus: line.ref?.orderStatus ?? null,
    refOrderNo: line.ref?.orderNo ?? null,
    refOrderLineNo: line.ref?.orderLineNo ?? null,
    refOrderVersion: line.ref?.orderVersion ?? null,
    planningLevel: line.planningLevel,
    parentLineNo: line.parentLineNo,
    lowLevelCode: line.lowLevelCode,
    warning: line.warning,
    warningText: line.warningText,
    covers: line.covers,
    projection: line.projection,
  };
}

/** Replaces `userId`'s worksheet lines with `lines`, in the caller's transaction; returns how many were written. */
export async function writePlanningLines(tx: SqlTx, userId: string, lines: PlanningLine[]): Promise<number> {
  await tx.$executeRaw`DELETE FROM "PlanningWorksheetLine" WHERE "userId" = ${userId}`;
  if (lines.length === 0) return 0;
  return tx.$executeRaw`
    INSERT INTO "PlanningWorksheetLine" ("userId", "lineNo", "actionMessage", "acceptActionMessage", "itemNo", "variantCode",
      "locationCode", description, "replenishmentSystem", "dueDate", "originalDueDate", quantity, "originalQuantity",
      "startingDate", "endingDate", "refOrderStatus", "refOrderNo", "refOrderLineNo", "refOrderVersion", "planningLevel",
      "parentLineNo", "lowLevelCode", warning, "warningText", covers, projection)
    SELECT ${userId}, t."lineNo", t."actionMessage"::"PlanningActionMessage", t."acceptActionMessage", t."itemNo", t."variantCode",
      t."locationCode", t.description, t."replenishmentSystem"::"ReplenishmentSystem", t."dueDate"::date, t."originalDueDate"::date,
      t.quantity::numeric, t."originalQuantity"::numeric, t."startingDate"::date, t."endingDate"::date,
      t."refOrderStatus"::"ProdOrderStatus", t."refOrderNo", t."refOrderLineNo", t."refOrderVersion", t."planningLevel",
      t."parentLineNo", t."lowLevelCode", t.warning::"PlanningWarning", t."warningText", coalesce(t.covers, '[]'), coalesce(t.projection, '[]')
    FROM jsonb_to_recordset(${JSON.stringify(lines.map(rowOf))}::jsonb) AS t(
      "lineNo" int, "actionMessage" text, "acceptActionMessage" boolean, "itemNo" text, "variantCode" text, "locationCode" text,
      description text, "replenishmentSystem" text, "dueDate" text, "originalDueDate" text, quantity text, "originalQuantity" text,
      "startingDate" text, "endingDate" text, "refOrderStatus" text, "refOrderNo" text, "refOrderLineNo" int, "refOrderVersion" int,
      "planningLevel" int, "parentLineNo" int, "lowLevelCode" int, warning text, "warningText" jsonb, covers jsonb, projection jsonb)`;
}
