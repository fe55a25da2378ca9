import type { Db } from "@/lib/db-client";
import { numericOrder } from "@/lib/domain/text/numeric-order";
import { rolledBack } from "@/lib/services/rolled-back";
import type { SqlTx } from "@/lib/services/sql-tx";
import type { EditActor } from "./edit-transaction";
import { changeRoutingLineIn, type RoutingLineChange } from "./change-routing-line";

// "The order rescheduled from that operation, before saving" (issue 23 item 3): the change runs
// the save's own code (changeRoutingLineIn: lock, version, reschedule, roll-up, audit) in a
// transaction that is always rolled back, so the preview can never show a date the save would
// not write, and refuses what the save would refuse (a stale version, a Finished order).

export type OrderDates = {
  startingDateTime: string | null;
  endingDateTime: string | null;
  dueDate: string | null;
  /** The changed operation's line: its operations, in operation order (bounded by one routing). */
  operations: { id: number; operationNo: string; startingDateTime: string | null; endingDateTime: string | null }[];
};
export type RoutingLineChangePreview = { lineNo: number; before: OrderDates; after: OrderDates };

export async function previewRoutingLineChange(db: Db, input: RoutingLineChange, actor: EditActor): Promise<RoutingLineChangePreview> {
  return rolledBack(db, async (tx) => {
    const before = await orderDates(tx, input.id, input.routingLineId);
    await changeRoutingLineIn(tx, input, actor);
    const after = await orderDates(tx, input.id, input.routingLineId);
    return { lineNo: before.lineNo, before: before.dates, after: after.dates };
  });
}

/** The header's dates and the operations of the routing line's order line, in one statement. */
async function orderDates(tx: SqlTx, orderId: number, routingLineId: number): Promise<{ lineNo: number; dates: OrderDates }> {
  const rows = await tx.$queryRaw<{ doc: string }[]>`
    SELECT json_build_object(
      'lineNo', l."lineNo",
      'startingDateTime', to_char(o."startingDateTime", 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
      'endingDateTime', to_char(o."endingDateTime", 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
      'dueDate', to_char(o."dueDate", 'YYYY-MM-DD'),
      'operations', (SELECT json_agg(json_build_object('id', r2.id, 'operationNo', r2."operationNo",
                        'startingDateTime', to_char(r2."startingDateTime", 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                        'endingDateTime', to_char(r2."endingDateTime", 'YYYY-MM-DD"T"HH24:MI:SS"Z"')))
                     FROM "ProdOrderRoutingLine" r2 WHERE r2."orderLineId" = r."orderLineId"))::text AS doc
    FROM "ProdOrderRoutingLine" r JOIN "ProdOrderLine" l ON l.id = r."orderLineId" JOIN "ProductionOrder" o ON o.id = r."orderId"
    WHERE r.id = ${routingLineId} AND r."orderId" = ${orderId}`;
  if (rows.length === 0) return { lineNo: 0, dates: { startingDateTime: null, endingDateTime: null, dueDate: null, operations: [] } };
  const { lineNo, ...dates } = JSON.parse(rows[0].doc) as OrderDates & { lineNo: number };
  const operations = (dates.operations ?? []).sort((a, b) => numericOrder.compare(a.operationNo, b.operationNo));
  return { lineNo, dates: { ...dates, operations } };
}
