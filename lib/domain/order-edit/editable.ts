// PO-10 and X-1 for the card's subpages: lines, components and routing lines change like the
// header does. A Finished order is history (read-only for everyone); a Released order belongs to
// the shop floor, so planners leave it to supervisors.
import type { ProdOrderStatus } from "@/lib/domain/production-order/status";
import { isEditableByPlanner } from "@/lib/domain/production-order/status";
import { DomainError } from "@/lib/errors";
import { msg } from "@/lib/i18n/domain-message";

export function requireEditableOrder(order: { status: ProdOrderStatus; no: string }, role: string | undefined): void {
  if (order.status === "FINISHED") {
    throw new DomainError("ORDER_FINISHED", msg("orderFinished", { no: order.no }));
  }
  if (role === "planner" && !isEditableByPlanner(order.status)) {
    throw new DomainError("PLANNER_CANNOT_EDIT", msg("plannerCannotEditReleased", { no: order.no }));
  }
}

/** What the card asks before it shows the subpages' edit controls (the services ask again). */
export function canEditOrder(status: ProdOrderStatus, role: string | undefined): boolean {
  return status !== "FINISHED" && (role !== "planner" || isEditableByPlanner(status));
}
