import type { Actor } from "@/lib/services/audit";
import { refreshProductionOrderInTx } from "@/lib/services/production-orders/refresh/run-refresh";
import type { Tx } from "@/lib/services/tx";

/** Creating an order with "Refresh" on runs the refresh inside the create transaction (the order is new: nothing to delete). */
export async function refreshInTransaction(tx: Tx, orderId: number, actor: Actor) {
  const r = await refreshProductionOrderInTx(tx, { orderId, skipAudit: true, newOrder: true }, actor);
  return r.skipped ? null : { lines: r.lines, components: r.components, routingLines: r.routingLines };
}

/** PO-9: returns the notices to show the user. */
export async function rescheduleAfterDueDateChange(
  tx: Tx,
  orderId: number,
  dueDate: string,
  endingDateTime: Date,
  multiLevel: boolean,
  actor: Actor,
): Promise<string[]> {
  if (multiLevel) {
    await tx.productionOrder.update({ where: { id: orderId }, data: { endingDateTime } });
    return ["The order has lines on several levels: only its Ending Date was moved. Refresh the order to reschedule its lines."];
  }
  // Single-level: every line gets the new Due Date and is rescheduled backward; the header then
  // spans its lines again (PO-9).
  await tx.prodOrderLine.updateMany({ where: { orderId }, data: { dueDate: new Date(`${dueDate}T00:00:00Z`) } });
  await refreshProductionOrderInTx(tx, { orderId, direction: "BACK", calcLines: false, calcRoutings: true, calcComponents: false, skipAudit: true }, actor);
  return [];
}
