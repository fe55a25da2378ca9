import type { Actor } from "@/lib/services/audit";
import { refreshProductionOrderInTx } from "@/lib/services/production-orders/refresh/run-refresh";
import type { Tx } from "@/lib/services/tx";
import type { SqlTx } from "@/lib/services/sql-tx";
import type { OrderRow } from "@/lib/services/production-orders/refresh/load-order";
import { msg, type Message } from "@/lib/i18n/domain-message";

/**
 * Creating an order with "Refresh" on runs the refresh inside the create transaction on the row
 * the create just inserted (nothing to delete). The header's new dates come back for the
 * create's last statement to write.
 */
export async function refreshInTransaction(tx: SqlTx, order: OrderRow, actor: Actor) {
  const r = await refreshProductionOrderInTx(tx, { orderId: order.id, skipAudit: true, newOrder: order }, actor);
  if (r.skipped) return null;
  return { lines: r.lines, components: r.components, routingLines: r.routingLines, header: { startingDateTime: r.startingDateTime, endingDateTime: r.endingDateTime, dueDate: r.dueDate } };
}

/** PO-9: returns the notices to show the user. */
export async function rescheduleAfterDueDateChange(
  tx: Tx,
  orderId: number,
  dueDate: string,
  endingDateTime: Date,
  multiLevel: boolean,
  actor: Actor,
): Promise<Message[]> {
  if (multiLevel) {
    await tx.productionOrder.update({ where: { id: orderId }, data: { endingDateTime } });
    return [msg("multiLevelNotice")];
  }
  // Single-level: every line gets the new Due Date and is rescheduled backward; the header then
  // spans its lines again (PO-9).
  await tx.prodOrderLine.updateMany({ where: { orderId }, data: { dueDate: new Date(`${dueDate}T00:00:00Z`) } });
  await refreshProductionOrderInTx(tx, { orderId, direction: "BACK", calcLines: false, calcRoutings: true, calcComponents: false, skipAudit: true }, actor);
  return [];
}
