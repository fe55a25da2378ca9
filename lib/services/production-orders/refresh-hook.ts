import type { Actor } from "@/lib/services/audit";
import type { Tx } from "@/lib/services/tx";

// Placeholder until the refresh service lands: creating an order with "Refresh" on will call
// the real calculation here, inside the create transaction.
export async function refreshInTransaction(_tx: Tx, _orderId: number, _actor: Actor) {}

/** PO-9: returns the notices to show the user. */
export async function rescheduleAfterDueDateChange(
  tx: Tx,
  orderId: number,
  dueDate: string,
  endingDateTime: Date,
  multiLevel: boolean,
): Promise<string[]> {
  if (multiLevel) {
    await tx.productionOrder.update({ where: { id: orderId }, data: { endingDateTime } });
    return ["The order has lines on several levels: only its Ending Date was moved. Refresh the order to reschedule its lines."];
  }
  await tx.prodOrderLine.updateMany({ where: { orderId }, data: { dueDate: new Date(`${dueDate}T00:00:00Z`) } });
  return [];
}
