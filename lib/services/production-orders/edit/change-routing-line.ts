import type { Db } from "@/lib/db-client";
import type { ChangeRoutingLineInput } from "@/lib/validation/order-edit";
import { finishEdit, inEditTransaction, lockEditableOrder, type EditActor, type EditResult } from "./edit-transaction";
import { changedFields, loadRoutingLine } from "./routing-line-row";
import { rescheduleLine } from "./reschedule-line";
import { resolveCenter } from "./resolve-center";

/**
 * "Change a routing line" (issue 23 item 1; the timeline's drag saves through this one too):
 * Type/No., Setup/Run/Wait/Move Time and Send-Ahead Quantity of one operation of an order up to
 * Released. The operation keeps its Starting Date-Time; it and the later operations are scheduled
 * forward from there, the earlier ones backward (BC's CalcStartingEndingDates), then the line's
 * dates and its components' Due Dates, then the header (RF-5, RF-6). One transaction, one audit
 * entry (X-3); a stale version is refused (X-2).
 * Statements: lock order (1), routing line (1), center (0–1), update (1), reschedule (2–4), header (1), audit (1).
 */
export async function changeRoutingLine(db: Db | undefined, input: ChangeRoutingLineInput, actor: EditActor): Promise<EditResult> {
  return inEditTransaction(db, async (tx) => {
    const order = await lockEditableOrder(tx, input, actor);
    const row = await loadRoutingLine(tx, order.id, input.routingLineId);
    const centerChanged = row.type !== input.type || row.no !== input.no;
    const center = centerChanged ? await resolveCenter(tx, input.type, input.no) : row;
    const after = {
      type: center.type,
      no: center.no,
      workCenterNo: center.workCenterNo,
      description: center.description,
      setupTime: input.setupTime,
      runTime: input.runTime,
      waitTime: input.waitTime,
      moveTime: input.moveTime,
      sendAheadQuantity: input.sendAheadQuantity,
    };
    await tx.$executeRaw`
      UPDATE "ProdOrderRoutingLine" SET type = ${after.type}::"RoutingLineType", no = ${after.no}, "workCenterNo" = ${after.workCenterNo},
        description = ${after.description}, "setupTime" = ${after.setupTime}::numeric, "runTime" = ${after.runTime}::numeric,
        "waitTime" = ${after.waitTime}::numeric, "moveTime" = ${after.moveTime}::numeric, "sendAheadQuantity" = ${after.sendAheadQuantity}::numeric
      WHERE id = ${row.id}`;
    await rescheduleLine(tx, order, row.orderLineId, { kind: "fromOperation", operationId: row.id, fallbackStart: null }, "runTime");
    const dates = await loadRoutingLine(tx, order.id, row.id);
    return finishEdit(tx, order, actor, {
      action: "changeRoutingLine",
      entityKey: `${row.lineNo} · ${row.operationNo}`,
      changes: changedFields(row, { ...after, startingDateTime: dates.startingDateTime, endingDateTime: dates.endingDateTime }),
    });
  });
}
