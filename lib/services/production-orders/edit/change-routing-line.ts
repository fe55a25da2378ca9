import type { Db } from "@/lib/db-client";
import { SCHEDULE_FIRST, SCHEDULE_LAST, withinScheduleDates } from "@/lib/domain/scheduling/horizon";
import { DomainError } from "@/lib/errors";
import { msg } from "@/lib/i18n/domain-message";
import type { SqlTx } from "@/lib/services/sql-tx";
import type { ChangeRoutingLineInput } from "@/lib/validation/order-edit";
import { finishEdit, inEditTransaction, lockEditableOrder, type EditActor, type EditResult, type OrderKey } from "./edit-transaction";
import { changedFields, loadRoutingLine } from "./routing-line-row";
import { rescheduleLine } from "./reschedule-line";
import { resolveCenter } from "./resolve-center";

type RoutingFields = Omit<ChangeRoutingLineInput, "id" | "version" | "routingLineId">;

/**
 * One routing line's change: the fields given replace the stored ones (absent ones are kept), and
 * a Starting Date-Time, when given, is where the operation starts now (the timeline's drag).
 */
export type RoutingLineChange = OrderKey & { routingLineId: number } & Partial<RoutingFields> & { startingDateTime?: Date };

/**
 * "Change a routing line" (issue 23 items 1 and 3): Type/No., Setup/Run/Wait/Move Time,
 * Send-Ahead Quantity and Starting Date-Time of one operation of an order up to Released. The
 * operation keeps its Starting Date-Time, or takes the one given (a start in non-working time
 * moves to the next working moment, as BC's forward scheduling does); it and the later operations
 * are scheduled forward from there, the earlier ones backward (BC's CalcStartingEndingDates),
 * then the line's dates and its components' Due Dates, then the header (RF-5, RF-6). One
 * transaction, one audit entry (X-3); a stale version is refused (X-2).
 * Statements: lock order (1), routing line (1), center (0–1), update (1), reschedule (2–4), header (1), audit (1).
 */
export async function changeRoutingLine(db: Db | undefined, input: RoutingLineChange, actor: EditActor): Promise<EditResult> {
  return inEditTransaction(db, (tx) => changeRoutingLineIn(tx, input, actor));
}

/** The change inside a transaction the caller owns: the save commits it, the preview rolls it back. */
export async function changeRoutingLineIn(tx: SqlTx, input: RoutingLineChange, actor: EditActor): Promise<EditResult> {
  const start = input.startingDateTime;
  if (start && !withinScheduleDates(start.getTime())) {
    throw new DomainError(
      "OUT_OF_HORIZON",
      msg("dateRange", { field: msg("partStartingDateTime"), from: SCHEDULE_FIRST, to: SCHEDULE_LAST }),
      "startingDateTime",
    );
  }
  const order = await lockEditableOrder(tx, input, actor);
  const row = await loadRoutingLine(tx, order.id, input.routingLineId);
  const type = input.type ?? row.type;
  const no = input.no ?? row.no;
  const centerChanged = row.type !== type || row.no !== no;
  const center = centerChanged ? await resolveCenter(tx, type, no) : row;
  const after = {
    type: center.type,
    no: center.no,
    workCenterNo: center.workCenterNo,
    description: center.description,
    setupTime: input.setupTime ?? row.setupTime,
    runTime: input.runTime ?? row.runTime,
    waitTime: input.waitTime ?? row.waitTime,
    moveTime: input.moveTime ?? row.moveTime,
    sendAheadQuantity: input.sendAheadQuantity ?? row.sendAheadQuantity,
  };
  await tx.$executeRaw`
    UPDATE "ProdOrderRoutingLine" SET type = ${after.type}::"RoutingLineType", no = ${after.no}, "workCenterNo" = ${after.workCenterNo},
      description = ${after.description}, "setupTime" = ${after.setupTime}::numeric, "runTime" = ${after.runTime}::numeric,
      "waitTime" = ${after.waitTime}::numeric, "moveTime" = ${after.moveTime}::numeric, "sendAheadQuantity" = ${after.sendAheadQuantity}::numeric
    WHERE id = ${row.id}`;
  await rescheduleLine(
    tx,
    order,
    row.orderLineId,
    { kind: "fromOperation", operationId: row.id, fallbackStart: null, startingDateTime: start },
    start ? "startingDateTime" : "runTime",
  );
  const dates = await loadRoutingLine(tx, order.id, row.id);
  return finishEdit(tx, order, actor, {
    action: "changeRoutingLine",
    entityKey: `${row.lineNo} · ${row.operationNo}`,
    changes: changedFields(row, { ...after, startingDateTime: dates.startingDateTime, endingDateTime: dates.endingDateTime }),
  });
}
