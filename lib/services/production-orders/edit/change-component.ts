import type { Db } from "@/lib/db-client";
import { expectedQuantity } from "@/lib/domain/bom/expected-quantity";
import type { ChangeComponentInput } from "@/lib/validation/order-edit";
import { loadComponent, requireLocation, resolveComponentItem } from "./component-row";
import { finishEdit, inEditTransaction, lockEditableOrder, type EditActor, type EditResult } from "./edit-transaction";
import { changedFields } from "./routing-line-row";

/**
 * Changes one component of an order up to Released: Item No., Quantity per, Unit of Measure
 * Code, Scrap %, Calculation Formula, Location Code. Expected Quantity follows with RF-3's one
 * formula (expected-quantity.ts). A new item brings its Description and, unless another unit was
 * chosen, its base unit (BC's Item No. validate). One transaction, one audit entry.
 */
export async function changeComponent(db: Db | undefined, input: ChangeComponentInput, actor: EditActor): Promise<EditResult> {
  return inEditTransaction(db, async (tx) => {
    const order = await lockEditableOrder(tx, input, actor);
    const row = await loadComponent(tx, order.id, input.componentId);
    const itemChanged = row.itemNo !== input.itemNo;
    // The unit shown was the old item's: with a new item and that unit untouched, the new item's base unit applies.
    const uom = itemChanged && input.unitOfMeasureCode === row.unitOfMeasureCode ? null : input.unitOfMeasureCode;
    const item = await resolveComponentItem(tx, input.itemNo, uom);
    await requireLocation(tx, input.locationCode);
    const expected = expectedQuantity({
      quantityPer: input.quantityPer,
      lineQuantity: row.lineQuantity,
      lineScrapPercent: row.lineScrapPercent,
      componentScrapPercent: input.scrapPercent,
      calculationFormula: input.calculationFormula,
    });
    const after = {
      itemNo: item.itemNo,
      description: itemChanged ? item.description : row.description,
      unitOfMeasureCode: item.unitOfMeasureCode,
      quantityPer: input.quantityPer,
      scrapPercent: input.scrapPercent,
      calculationFormula: input.calculationFormula,
      locationCode: input.locationCode,
      expectedQuantity: expected,
    };
    await tx.$executeRaw`
      UPDATE "ProdOrderComponent" SET "itemNo" = ${after.itemNo}, description = ${after.description}, "unitOfMeasureCode" = ${after.unitOfMeasureCode},
        "qtyPerUnitOfMeasure" = ${item.qtyPerUnitOfMeasure}::numeric, "quantityPer" = ${after.quantityPer}::numeric,
        "scrapPercent" = ${after.scrapPercent}::numeric, "calculationFormula" = ${after.calculationFormula}::"CalculationFormula",
        "locationCode" = ${after.locationCode}, "expectedQuantity" = ${expected}::numeric, "remainingQuantity" = ${expected}::numeric
      WHERE id = ${row.id}`;
    return finishEdit(tx, order, actor, {
      action: "changeComponent",
      entityKey: `${row.lineNo} · ${row.componentLineNo}`,
      changes: changedFields(row, after),
    });
  });
}
