import type { Db } from "@/lib/db-client";
import { expectedQuantity } from "@/lib/domain/bom/expected-quantity";
import { DomainError } from "@/lib/errors";
import type { ChangeOrderLineInput } from "@/lib/validation/order-edit";
import type { SqlTx } from "@/lib/services/sql-tx";
import { requireLocation } from "./component-row";
import { finishEdit, inEditTransaction, lockEditableOrder, type EditActor, type EditResult } from "./edit-transaction";
import { rescheduleLine } from "./reschedule-line";
import { changedFields, UNKNOWN_LINE } from "./routing-line-row";
import { msg } from "@/lib/i18n/domain-message";

type LineRow = {
  lineNo: number;
  quantity: string;
  finishedQuantity: string;
  dueDate: string | null;
  locationCode: string | null;
  scrapPercent: string;
  unitCost: string;
};

/**
 * Changes Quantity, Due Date or Location Code of one order line (orders up to Released).
 * Quantity: the components' Expected Quantity follows (RF-3, one formula: expected-quantity.ts),
 * Remaining Quantity and Cost Amount too. After any of the three the line is rescheduled backward
 * from the Ending Date its Due Date gives (PO-9, RF-5, RF-6; a longer run starts earlier). The
 * header then spans its lines. One transaction, one audit entry.
 */
export async function changeOrderLine(db: Db | undefined, input: ChangeOrderLineInput, actor: EditActor): Promise<EditResult> {
  return inEditTransaction(db, async (tx) => {
    const order = await lockEditableOrder(tx, input, actor);
    const [line] = await tx.$queryRaw<LineRow[]>`
      SELECT "lineNo", trim_scale(quantity)::text AS quantity, trim_scale("finishedQuantity")::text AS "finishedQuantity",
             to_char("dueDate", 'YYYY-MM-DD') AS "dueDate", "locationCode", trim_scale("scrapPercent")::text AS "scrapPercent",
             trim_scale("unitCost")::text AS "unitCost"
      FROM "ProdOrderLine" WHERE id = ${input.orderLineId} AND "orderId" = ${order.id}`;
    if (!line) throw new DomainError("LINE_UNKNOWN", UNKNOWN_LINE);
    const quantity = String(input.quantity);
    if (input.quantity < Number(line.finishedQuantity)) {
      throw new DomainError("QUANTITY_BELOW_FINISHED", msg("orderEditBelowFinished", { finished: line.finishedQuantity }), "quantity");
    }
    await requireLocation(tx, input.locationCode);
    const dueDate = input.dueDate ?? line.dueDate;
    const after = { quantity, dueDate, locationCode: input.locationCode };
    const changes = changedFields(line, after);
    await tx.$executeRaw`
      UPDATE "ProdOrderLine" SET quantity = ${quantity}::numeric, "remainingQuantity" = ${quantity}::numeric - "finishedQuantity",
        "costAmount" = round(${quantity}::numeric * "unitCost", 2), "dueDate" = ${dueDate}::date, "locationCode" = ${input.locationCode}
      WHERE id = ${input.orderLineId}`;
    if (changes.quantity) await recalculateExpectedQuantities(tx, input.orderLineId, quantity, line.scrapPercent);
    // Backward from the Ending Date the Due Date gives, as the refresh scheduled it: the line
    // ends where a refresh would end it, however often it is changed.
    const field = changes.dueDate ? "dueDate" : changes.locationCode ? "locationCode" : changes.quantity ? "quantity" : null;
    if (field) {
      await rescheduleLine(tx, order, input.orderLineId, dueDate ? { kind: "fromDueDate", dueDate } : { kind: "keepEnd" }, field);
    }
    return finishEdit(tx, order, actor, { action: "changeOrderLine", entityKey: String(line.lineNo), changes });
  });
}

/** RF-3 for every component of the line, computed with the one formula and written in one statement. */
async function recalculateExpectedQuantities(tx: SqlTx, orderLineId: number, lineQuantity: string, lineScrapPercent: string) {
  const rows = await tx.$queryRaw<{ id: number; qp: string; scrap: string; formula: "NONE" | "FIXED_QUANTITY" }[]>`
    SELECT id, trim_scale("quantityPer")::text AS qp, trim_scale("scrapPercent")::text AS scrap, "calculationFormula"::text AS formula
    FROM "ProdOrderComponent" WHERE "orderLineId" = ${orderLineId}`;
  if (rows.length === 0) return;
  const expected = rows.map((r) =>
    expectedQuantity({
      quantityPer: r.qp,
      lineQuantity,
      lineScrapPercent,
      componentScrapPercent: r.scrap,
      calculationFormula: r.formula,
    }),
  );
  await tx.$executeRaw`
    UPDATE "ProdOrderComponent" c SET "expectedQuantity" = t.qty, "remainingQuantity" = t.qty
    FROM unnest(${rows.map((r) => r.id)}::int[], ${expected}::numeric[]) AS t(id, qty)
    WHERE c.id = t.id`;
}
