import type { Actor } from "@/lib/services/audit";
import type { SqlTx } from "@/lib/services/sql-tx";
import type { OrderRow } from "./load-order";
import { refreshProductionOrderInTx } from "./run-refresh";

/**
 * Creating an order with "Refresh" on runs the refresh inside the create transaction on the row
 * the create just inserted (nothing to delete). The header's new dates come back for the
 * create's last statement to write.
 */
export async function refreshNewOrder(tx: SqlTx, order: OrderRow, actor: Actor) {
  const r = await refreshProductionOrderInTx(tx, { orderId: order.id, skipAudit: true, newOrder: order }, actor);
  if (r.skipped) return null;
  return {
    lines: r.lines,
    components: r.components,
    routingLines: r.routingLines,
    header: { startingDateTime: r.startingDateTime, endingDateTime: r.endingDateTime, dueDate: r.dueDate },
  };
}
