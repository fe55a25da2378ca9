import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import type { PeggedDemand, ProjectionPoint } from "@/lib/domain/planning/types";
import type { Prisma, PlanningWorksheetLine } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/config";
import { msg, renderMessage, type Message } from "@/lib/i18n/domain-message";
import { RUN_STATUS, type PlanningRunRow } from "@/lib/services/planning/planning-runs";
import type { SqlTx } from "@/lib/services/sql-tx";
import { isoDate } from "@/lib/api/schemas/common";
import type { listLinesQuery, planningRunSchema, worksheetLineDetailSchema, worksheetLineSchema } from "@/lib/api/schemas/planning";

// The API's read side of the Planning Worksheet: always the key's user's own worksheet and runs
// (PL-10: the user is a fixed filter, never a parameter). Numbers as numbers, dates yyyy-mm-dd,
// messages said in the caller's language.

type Line = z.infer<typeof worksheetLineSchema>;
const num = (d: Prisma.Decimal | null) => (d === null ? null : Number(d));

/**
 * The worksheet's version (X-2 for a record without one): the run that wrote it, i.e. the user's
 * latest finished calculation (0: never calculated; a carry-out only removes lines, it makes no new
 * version). While a calculation is RUNNING the worksheet is about to be
 * replaced, so no version the client holds is current.
 */
export async function worksheetVersion(tx: SqlTx, userId: string): Promise<{ version: number; running: boolean }> {
  const [row] = await tx.$queryRaw<{ version: number; running: boolean }[]>`
    SELECT COALESCE(max(id) FILTER (WHERE status = 'DONE'), 0)::int AS version, COALESCE(bool_or(${RUN_STATUS} = 'RUNNING'), false) AS running
    FROM "PlanningRun" WHERE "userId" = ${userId} AND kind = 'CALCULATE'`;
  return row;
}

export function runOf(run: PlanningRunRow, locale: Locale): z.infer<typeof planningRunSchema> {
  return {
    id: run.id,
    status: run.status,
    itemsTotal: run.itemsTotal,
    itemsDone: run.itemsDone,
    linesCount: run.linesCount,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt ? run.finishedAt.toISOString() : null,
    // The run's error is an internal text (a stack's message): the caller gets the generic one.
    message: run.status === "FAILED" ? renderMessage(msg("unexpected"), locale) : null,
  };
}

export async function readPlanningRun(userId: string, id: number): Promise<PlanningRunRow | null> {
  const [run] = await db.$queryRaw<PlanningRunRow[]>`
    SELECT id, ${RUN_STATUS} AS status, "itemsTotal", "itemsDone", "linesCount", "startedAt", "finishedAt", error
    FROM "PlanningRun" WHERE "userId" = ${userId} AND id = ${id} AND kind = 'CALCULATE'`;
  return run ?? null;
}

function lineOf(l: PlanningWorksheetLine, locale: Locale): Line {
  return {
    lineNo: l.lineNo,
    actionMessage: l.actionMessage,
    acceptActionMessage: l.acceptActionMessage,
    itemNo: l.itemNo,
    variantCode: l.variantCode,
    locationCode: l.locationCode,
    description: l.description,
    replenishmentSystem: l.replenishmentSystem,
    dueDate: isoDate(l.dueDate)!,
    originalDueDate: isoDate(l.originalDueDate),
    quantity: Number(l.quantity),
    originalQuantity: num(l.originalQuantity),
    startingDate: isoDate(l.startingDate)!,
    endingDate: isoDate(l.endingDate)!,
    refOrderStatus: l.refOrderStatus,
    refOrderNo: l.refOrderNo,
    refOrderLineNo: l.refOrderLineNo,
    planningLevel: l.planningLevel,
    parentLineNo: l.parentLineNo,
    warning: l.warning,
    warningText: l.warningText ? renderMessage(l.warningText as Message, locale) : null,
  };
}

/** Lines by Line No., after the cursor (the last Line No. of the previous page). */
export async function listWorksheetLines(userId: string, q: z.infer<typeof listLinesQuery>, locale: Locale) {
  const after = q.cursor ? Number(Buffer.from(q.cursor, "base64url").toString()) : 0;
  const rows = await db.planningWorksheetLine.findMany({
    where: {
      userId,
      lineNo: { gt: Number.isSafeInteger(after) && after > 0 ? after : 0 },
      ...(q.itemNo ? { itemNo: q.itemNo } : {}),
      ...(q.locationCode ? { locationCode: q.locationCode } : {}),
      ...(q.actionMessage ? { actionMessage: q.actionMessage } : {}),
      ...(q.replenishmentSystem ? { replenishmentSystem: q.replenishmentSystem } : {}),
      ...(q.accepted ? { acceptActionMessage: q.accepted === "true" } : {}),
    },
    // The list leaves the drill-down's JSON out; GET one line brings it.
    omit: { covers: true, projection: true },
    orderBy: { lineNo: "asc" },
    take: q.limit + 1,
  });
  const page = rows.slice(0, q.limit);
  const more = rows.length > q.limit;
  return {
    items: page.map((l) => lineOf(l as PlanningWorksheetLine, locale)),
    nextCursor: more ? Buffer.from(String(page.at(-1)!.lineNo)).toString("base64url") : null,
  };
}

/** One line with what it covers and the projection that triggered it (PL-7). */
export async function readWorksheetLine(
  userId: string,
  lineNo: number,
  locale: Locale,
): Promise<z.infer<typeof worksheetLineDetailSchema> | null> {
  const l = await db.planningWorksheetLine.findUnique({ where: { userId_lineNo: { userId, lineNo } } });
  if (!l) return null;
  const covers = l.covers as PeggedDemand[];
  const projection = l.projection as ProjectionPoint[];
  return {
    ...lineOf(l, locale),
    covers: covers.map(({ demand: d, quantity }) => ({
      demand: {
        kind: d.kind,
        itemNo: d.itemNo,
        variantCode: d.variantCode,
        locationCode: d.locationCode,
        date: d.date,
        quantity: Number(d.quantity),
        source: d.source,
      },
      quantity: Number(quantity),
    })),
    projection: projection.map((p) => ({ date: p.date, quantity: Number(p.quantity), event: p.event })),
  };
}
