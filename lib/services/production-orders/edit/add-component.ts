import type { Db } from "@/lib/db-client";
import { expectedQuantity } from "@/lib/domain/bom/expected-quantity";
import { DomainError } from "@/lib/errors";
import type { AddComponentInput } from "@/lib/validation/order-edit";
import { requireLocation, resolveComponentItem } from "./component-row";
import { finishEdit, inEditTransaction, lockEditableOrder, type EditActor, type EditResult } from "./edit-transaction";
import { UNKNOWN_LINE } from "./routing-line-row";

/**
 * Adds a component to an order line: numbered after the line's last one (+10000, as the
 * refresh numbers them), needed at the line's Starting Date-Time (no Routing Link Code), its
 * Expected Quantity by RF-3's formula. One transaction, one audit entry.
 */
export async function addComponent(db: Db | undefined, input: AddComponentInput, actor: EditActor): Promise<EditResult> {
  return inEditTransaction(db, async (tx) => {
    const order = await lockEditableOrder(tx, input, actor);
    const [line] = await tx.$queryRaw<{ lineNo: number; quantity: string; scrap: string; next: number }[]>`
      SELECT l."lineNo", trim_scale(l.quantity)::text AS quantity, trim_scale(l."scrapPercent")::text AS scrap,
             coalesce((SELECT max(c."lineNo") FROM "ProdOrderComponent" c WHERE c."orderLineId" = l.id), 0) + 10000 AS next
      FROM "ProdOrderLine" l WHERE l.id = ${input.orderLineId} AND l."orderId" = ${order.id}`;
    if (!line) throw new DomainError("LINE_UNKNOWN", UNKNOWN_LINE);
    const item = await resolveComponentItem(tx, input.itemNo, input.unitOfMeasureCode);
    await requireLocation(tx, input.locationCode);
    const expected = expectedQuantity({
      quantityPer: input.quantityPer,
      lineQuantity: line.quantity,
      lineScrapPercent: line.scrap,
      componentScrapPercent: input.scrapPercent,
      calculationFormula: input.calculationFormula,
    });
    await tx.$executeRaw`
      INSERT INTO "ProdOrderComponent" ("orderId", "orderLineId", "lineNo", "itemNo", description, "unitOfMeasureCode", "qtyPerUnitOfMeasure",
        "quantityPer", "scrapPercent", "calculationFormula", "expectedQuantity", "remainingQuantity", "locationCode", "dueDate", "dueDateTime")
      SELECT ${order.id}, l.id, ${Number(line.next)}::int, ${item.itemNo}, ${item.description}, ${item.unitOfMeasureCode},
        ${item.qtyPerUnitOfMeasure}::numeric, ${input.quantityPer}::numeric, ${input.scrapPercent}::numeric,
        ${input.calculationFormula}::"CalculationFormula", ${expected}::numeric, ${expected}::numeric, ${input.locationCode},
        l."startingDateTime"::date, l."startingDateTime"
      FROM "ProdOrderLine" l WHERE l.id = ${input.orderLineId}`;
    return finishEdit(tx, order, actor, {
      action: "addComponent",
      entityKey: `${line.lineNo} · ${Number(line.next)}`,
      changes: { itemNo: [null, item.itemNo], quantityPer: [null, input.quantityPer], expectedQuantity: [null, expected] },
    });
  });
}
