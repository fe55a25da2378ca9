import type { Db } from "@/lib/db-client";
import { numericOrder } from "@/lib/domain/text/numeric-order";
import { DomainError } from "@/lib/errors";
import type { AddRoutingLineInput } from "@/lib/validation/order-edit";
import { finishEdit, inEditTransaction, lockEditableOrder, type EditActor, type EditResult } from "./edit-transaction";
import { rescheduleLine } from "./reschedule-line";
import { resolveCenter } from "./resolve-center";
import { UNKNOWN_LINE } from "./routing-line-row";
import { parseTs, TS_TEXT } from "@/lib/services/production-orders/refresh/load-order";
import { msg } from "@/lib/i18n/domain-message";

/** Routing operations of one order line are few (a routing has a handful); this keeps a line's walk bounded. */
export const MAX_OPERATIONS_PER_LINE = 200;

/**
 * Adds an operation to an order line's routing. It goes in by its Operation No.; the line is
 * rescheduled from the operation before it (forward from there, backward before it), or, as the
 * new first operation, forward from the line's Starting Date-Time (RF-5, RF-6).
 */
export async function addRoutingLine(db: Db | undefined, input: AddRoutingLineInput, actor: EditActor): Promise<EditResult> {
  return inEditTransaction(db, async (tx) => {
    const order = await lockEditableOrder(tx, input, actor);
    const [line] = await tx.$queryRaw<{ lineNo: number; starts: string | null; ops: string[] | null }[]>`
      SELECT l."lineNo", to_char(l."startingDateTime", ${TS_TEXT}) AS starts, (SELECT array_agg(r."operationNo") FROM "ProdOrderRoutingLine" r WHERE r."orderLineId" = l.id) AS ops
      FROM "ProdOrderLine" l WHERE l.id = ${input.orderLineId} AND l."orderId" = ${order.id}`;
    if (!line) throw new DomainError("LINE_UNKNOWN", UNKNOWN_LINE);
    const ops = line.ops ?? [];
    if (ops.includes(input.operationNo)) {
      throw new DomainError(
        "OPERATION_EXISTS",
        msg("orderEditOperationExists", { no: input.operationNo, lineNo: line.lineNo }),
        "operationNo",
      );
    }
    if (ops.length >= MAX_OPERATIONS_PER_LINE) {
      throw new DomainError("TOO_MANY_OPERATIONS", msg("orderEditTooManyOperations", { max: MAX_OPERATIONS_PER_LINE }), "operationNo");
    }
    const center = await resolveCenter(tx, input.type, input.no);
    const [inserted] = await tx.$queryRaw<{ id: number }[]>`
      INSERT INTO "ProdOrderRoutingLine" ("orderId", "orderLineId", "operationNo", type, no, "workCenterNo", description,
        "setupTime", "runTime", "waitTime", "moveTime", "sendAheadQuantity")
      VALUES (${order.id}, ${input.orderLineId}, ${input.operationNo}, ${center.type}::"RoutingLineType", ${center.no}, ${center.workCenterNo},
        ${center.description}, ${input.setupTime}::numeric, ${input.runTime}::numeric, ${input.waitTime}::numeric, ${input.moveTime}::numeric,
        ${input.sendAheadQuantity}::numeric)
      RETURNING id`;
    const before = ops
      .filter((o) => numericOrder.compare(o, input.operationNo) < 0)
      .sort(numericOrder.compare)
      .at(-1);
    const [anchor] = before
      ? await tx.$queryRaw<
          { id: number }[]
        >`SELECT id FROM "ProdOrderRoutingLine" WHERE "orderLineId" = ${input.orderLineId} AND "operationNo" = ${before}`
      : [inserted];
    await rescheduleLine(
      tx,
      order,
      input.orderLineId,
      { kind: "fromOperation", operationId: anchor.id, fallbackStart: parseTs(line.starts) },
      "operationNo",
    );
    return finishEdit(tx, order, actor, {
      action: "addRoutingLine",
      entityKey: `${line.lineNo} · ${input.operationNo}`,
      changes: {
        type: [null, center.type],
        no: [null, center.no],
        setupTime: [null, input.setupTime],
        runTime: [null, input.runTime],
        waitTime: [null, input.waitTime],
        moveTime: [null, input.moveTime],
      },
    });
  });
}
