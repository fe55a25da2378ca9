import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import type { ListParams } from "@/lib/data/list-params";
import { listSource } from "@/lib/data/list-source";
import type { PeggedDemand, ProjectionPoint } from "@/lib/domain/planning/types";
import type { PlanningWorksheetLine } from "@/lib/generated/prisma/client";
import type { Message } from "@/lib/i18n/domain-message";
import { latestPlanningRun } from "@/lib/services/planning/planning-runs";

// PL-7/PL-10 the read side of the Planning Worksheet: the viewer's own lines (the user is a fixed
// filter of the list, never a parameter of the URL), sorted, filtered and paged on the server.

export const WORKSHEET_SORTS = ["lineNo", "itemNo", "dueDate", "actionMessage", "quantity", "locationCode", "startingDate"] as const;
export const WORKSHEET_FILTERS = ["itemNo", "actionMessage", "locationCode", "replenishmentSystem"] as const;
export type WorksheetSort = (typeof WORKSHEET_SORTS)[number];
export const ACTION_MESSAGES = ["NEW", "CHANGE_QTY", "RESCHEDULE", "RESCHEDULE_AND_CHANGE_QTY", "CANCEL"] as const;

/**
 * The columns the list shows. Not covers and projection (JSON, and the bulk of a line): the
 * drill-down reads them for its one line.
 */
const WORKSHEET_COLUMNS = [
  "lineNo",
  "actionMessage",
  "acceptActionMessage",
  "itemNo",
  "description",
  "dueDate",
  "originalDueDate",
  "quantity",
  "originalQuantity",
  "startingDate",
  "endingDate",
  "locationCode",
  "replenishmentSystem",
  "refOrderStatus",
  "refOrderNo",
  "planningLevel",
  "lowLevelCode",
  "warning",
] as const satisfies readonly (keyof PlanningWorksheetLine)[];
export type WorksheetListLine = Pick<PlanningWorksheetLine, (typeof WORKSHEET_COLUMNS)[number]>;

const worksheetOf = (userId: string) =>
  listSource<WorksheetListLine>({
    permission: "planning.worksheet",
    table: "PlanningWorksheetLine",
    shape: { tiebreak: ["userId", "lineNo"] },
    fixed: { userId },
    columns: WORKSHEET_COLUMNS,
    filters: {
      itemNo: { kind: "contains", column: "itemNo" },
      locationCode: { kind: "contains", column: "locationCode" },
      actionMessage: { kind: "oneOf", column: "actionMessage", values: ACTION_MESSAGES },
      replenishmentSystem: { kind: "oneOf", column: "replenishmentSystem", values: ["PURCHASE", "PROD_ORDER"] },
    },
  });

export async function listWorksheetLines(p: ListParams<WorksheetSort>) {
  const user = await requireViewer("planning.worksheet");
  return worksheetOf(user.id).page(p);
}

export type WorksheetLineDetail = {
  lineNo: number;
  itemNo: string;
  description: string;
  locationCode: string;
  actionMessage: string;
  quantity: string;
  dueDate: Date;
  warningText: Message | null;
  covers: PeggedDemand[];
  projection: ProjectionPoint[];
};

/** One line of the viewer's worksheet with what it covers and why (the drill-down). */
export async function getWorksheetLine(lineNo: number): Promise<WorksheetLineDetail | null> {
  const user = await requireViewer("planning.worksheet");
  const line = await db.planningWorksheetLine.findUnique({ where: { userId_lineNo: { userId: user.id, lineNo } } });
  if (!line) return null;
  return {
    ...line,
    quantity: line.quantity.toString(),
    warningText: line.warningText as Message | null,
    covers: line.covers as PeggedDemand[],
    projection: line.projection as ProjectionPoint[],
  };
}

/** The viewer's latest calculation (the page polls it while one runs). */
export async function getLatestPlanningRun() {
  const user = await requireViewer("planning.worksheet");
  return latestPlanningRun(db, user.id);
}
