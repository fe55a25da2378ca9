import type { Db } from "@/lib/db-client";
import type { DeleteComponentInput } from "@/lib/validation/order-edit";
import { loadComponent } from "./component-row";
import { finishEdit, inEditTransaction, lockEditableOrder, type EditActor, type EditResult } from "./edit-transaction";

/** Deletes one component of an order up to Released. One transaction, one audit entry. */
export async function deleteComponent(db: Db | undefined, input: DeleteComponentInput, actor: EditActor): Promise<EditResult> {
  return inEditTransaction(db, async (tx) => {
    const order = await lockEditableOrder(tx, input, actor);
    const row = await loadComponent(tx, order.id, input.componentId);
    await tx.$executeRaw`DELETE FROM "ProdOrderComponent" WHERE id = ${row.id}`;
    return finishEdit(tx, order, actor, {
      action: "deleteComponent",
      entityKey: `${row.lineNo} · ${row.componentLineNo}`,
      changes: { itemNo: [row.itemNo, null], quantityPer: [row.quantityPer, null], expectedQuantity: [row.expectedQuantity, null] },
    });
  });
}
