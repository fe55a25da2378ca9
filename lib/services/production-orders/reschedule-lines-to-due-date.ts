import type { Actor } from "@/lib/services/audit";
import { refreshProductionOrderInTx } from "@/lib/services/production-orders/refresh/run-refresh";
import type { Tx } from "@/lib/services/tx";
import { msg, type Message } from "@/lib/i18n/domain-message";

/**
 * PO-9, a changed Due Date on an order with lines: single-level lines all take the new Due Date and
 * are rescheduled backward (the refresh then spans the header over its lines again); with lines on
 * several levels only the header's Ending Date moves and the user is told to refresh. Returns the
 * notices to show the user.
 */
export async function rescheduleLinesToDueDate(
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
  await refreshProductionOrderInTx(
    tx,
    { orderId, direction: "BACK", calcLines: false, calcRoutings: true, calcComponents: false, skipAudit: true },
    actor,
  );
  return [];
}
