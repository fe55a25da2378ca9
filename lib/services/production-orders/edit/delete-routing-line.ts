import type { Db } from "@/lib/db-client";
import type { DeleteRoutingLineInput } from "@/lib/validation/order-edit";
import { finishEdit, inEditTransaction, lockEditableOrder, type EditActor, type EditResult } from "./edit-transaction";
import { rescheduleLine } from "./reschedule-line";
import { loadRoutingLine } from "./routing-line-row";

/**
 * Deletes an operation from an order line's routing. The line is rescheduled from the operation
 * before it (forward from there, backward before it), or, when the first one went, from the new
 * first operation's own start (RF-5, RF-6). Components linked to it keep their Routing Link Code
 * and fall back to the line's Starting Date-Time as Due Date.
 */
export async function deleteRoutingLine(db: Db | undefined, input: DeleteRoutingLineInput, actor: EditActor): Promise<EditResult> {
  return inEditTransaction(db, async (tx) => {
    const order = await lockEditableOrder(tx, input, actor);
    const row = await loadRoutingLine(tx, order.id, input.routingLineId);
    const [neighbour] = await tx.$queryRaw<{ id: number }[]>`
      SELECT id FROM "ProdOrderRoutingLine"
      WHERE "orderLineId" = ${row.orderLineId} AND "operationNo" IN (${row.previousOperationNo}, ${row.nextOperationNo}) AND id <> ${row.id}
      ORDER BY ("operationNo" = ${row.previousOperationNo}) DESC LIMIT 1`;
    await tx.$executeRaw`DELETE FROM "ProdOrderRoutingLine" WHERE id = ${row.id}`;
    await rescheduleLine(
      tx,
      order,
      row.orderLineId,
      { kind: "fromOperation", operationId: neighbour?.id ?? null, fallbackStart: null },
      "operationNo",
    );
    return finishEdit(tx, order, actor, {
      action: "deleteRoutingLine",
      entityKey: `${row.lineNo} · ${row.operationNo}`,
      changes: { type: [row.type, null], no: [row.no, null], runTime: [row.runTime, null] },
    });
  });
}
