import type { Db } from "@/lib/db-client";
import { isEditableByPlanner } from "@/lib/domain/production-order/status";
import { ConcurrencyError, DomainError } from "@/lib/errors";
import type { UpdateProductionOrderInput } from "@/lib/validation/production-order";
import { auditDiff, writeAudit, type Actor, orderKeepsItsNo } from "@/lib/services/audit";
import { costAmountOf, resolveSource, today } from "@/lib/services/production-orders/resolve-source";
import { rescheduleLinesToDueDate } from "@/lib/services/production-orders/reschedule-lines-to-due-date";
import { withRetry } from "@/lib/services/retry";
import type { Tx } from "@/lib/services/tx";
import { msg, type Message } from "@/lib/i18n/domain-message";

// PO-4 … PO-10 on an existing order. The edit carries the version it read: a stale one is
// refused and nothing is written. Quantity changes do not recalculate lines (PO-8): the result
// tells the user to refresh. A Due Date change follows PO-9.
//
// Given a transaction (planning's carry-out changes the order and refreshes it as one unit, PL-8)
// it reads and writes inside it and leaves retrying to the caller; otherwise it owns its own.

export type UpdateResult = { id: number; version: number; notices: Message[] };

/** The header fields an edit may change; null clears a Due Date or Location Code. */
export type OrderPatch = Partial<{
  description: string;
  description2: string;
  sourceType: UpdateProductionOrderInput["sourceType"];
  sourceNo: string;
  variantCode: string;
  quantity: number;
  dueDate: string | null;
  locationCode: string | null;
}>;
type EditedOrder = Omit<UpdateProductionOrderInput, "id" | "version" | "quantity" | "dueDate" | "locationCode"> & {
  id: number;
  quantity: { toString(): string };
  dueDate: Date | null;
  locationCode: string | null;
};

/**
 * The edit of `order` at `version` that changes only what `patch` names (a merge patch: the API's
 * PATCH, carry-out's Change Qty. / Reschedule); the rest keeps the order's value.
 */
export const patchedEdit = (order: EditedOrder, version: number, patch: OrderPatch) => ({
  id: order.id,
  version,
  description: patch.description ?? order.description,
  description2: patch.description2 ?? order.description2,
  sourceType: patch.sourceType ?? order.sourceType,
  sourceNo: patch.sourceNo ?? order.sourceNo,
  variantCode: patch.variantCode ?? order.variantCode,
  quantity: patch.quantity ?? Number(order.quantity.toString()),
  dueDate: patch.dueDate === undefined ? (iso(order.dueDate) ?? "") : (patch.dueDate ?? ""),
  locationCode: patch.locationCode === undefined ? (order.locationCode ?? "") : (patch.locationCode ?? ""),
});

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : undefined);

export async function updateProductionOrder(
  db: Db,
  input: UpdateProductionOrderInput,
  actor: Actor & { role?: string },
  tx?: Tx,
): Promise<UpdateResult> {
  const q = tx ?? db;
  const order = await q.productionOrder.findUnique({
    where: { id: input.id },
    include: { lines: { select: { planningLevelCode: true, finishedQuantity: true } } },
  });
  if (!order) throw new DomainError("NOT_FOUND", msg("orderNotFound", { key: String(input.id) }));
  if (order.status === "FINISHED") {
    throw new DomainError("ORDER_FINISHED", msg("orderFinished", { no: order.no }));
  }
  // planners change Simulated, Planned and Firm Planned orders; released ones are the shop's.
  if (actor.role === "planner" && !isEditableByPlanner(order.status)) {
    throw new DomainError(
      "PLANNER_CANNOT_EDIT",
      msg(order.status === "RELEASED" ? "plannerCannotEditReleased" : "plannerCannotEditFinished", { no: order.no }),
    );
  }
  if (order.version !== input.version) throw new ConcurrencyError();

  const sourceChanged =
    order.sourceType !== input.sourceType || order.sourceNo !== input.sourceNo || order.variantCode !== input.variantCode;
  const hasOutput = order.lines.some((l) => Number(l.finishedQuantity) > 0);
  if (sourceChanged && order.status === "RELEASED" && hasOutput) {
    throw new DomainError("SOURCE_LOCKED", msg("sourceLocked"), "sourceNo");
  }

  const header = await resolveSource(q, {
    status: order.status,
    sourceType: input.sourceType,
    sourceNo: input.sourceNo,
    variantCode: input.variantCode,
    locationCode: input.locationCode,
    quantity: input.quantity,
    dueDate: input.dueDate ?? iso(order.dueDate),
  });
  const dueDateChanged = header.dueDate !== iso(order.dueDate);
  const data = {
    sourceType: input.sourceType,
    sourceNo: input.sourceNo,
    variantCode: header.variantCode,
    description: sourceChanged ? header.description : input.description,
    description2: sourceChanged ? header.description2 : input.description2,
    routingNo: sourceChanged ? header.routingNo : order.routingNo,
    unitCost: sourceChanged ? header.unitCost : Number(order.unitCost),
    quantity: input.quantity,
    costAmount: input.sourceType === "ITEM" ? costAmountOf(input.quantity, sourceChanged ? header.unitCost : Number(order.unitCost)) : 0,
    dueDate: new Date(`${header.dueDate}T00:00:00Z`),
    locationCode: header.locationCode,
    lastDateModified: new Date(`${today()}T00:00:00Z`),
    // Without lines the header dates follow the Due Date (PO-3); with lines PO-9 decides below.
    ...(order.lines.length === 0 || sourceChanged
      ? { startingDateTime: header.startingDateTime, endingDateTime: header.endingDateTime }
      : {}),
  };

  const notices: Message[] = [];
  const write = async (tx: Tx) => {
    notices.length = 0;
    const res = await tx.productionOrder.updateMany({
      where: { id: order.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (res.count !== 1) throw new ConcurrencyError();
    if (order.lines.length > 0 && dueDateChanged && !sourceChanged) {
      const multiLevel = order.lines.some((l) => l.planningLevelCode > 0);
      notices.push(...(await rescheduleLinesToDueDate(tx, order.id, header.dueDate, header.endingDateTime, multiLevel, actor)));
    }
    await writeAudit(tx, actor, {
      ...orderKeepsItsNo(order),
      action: "edit",
      // What the user changed, compared as text (a Decimal read back equals the number typed);
      // Last Date Modified changes on every edit and says nothing.
      changes: auditDiff(order as unknown as Record<string, unknown>, { ...data, lastDateModified: order.lastDateModified }),
    });
    const after = await tx.productionOrder.findUniqueOrThrow({ where: { id: order.id }, select: { version: true } });
    return after.version;
  };
  // a deadlock or serialization failure rolled everything back, so the whole transaction runs again.
  const version = tx ? await write(tx) : await withRetry(() => db.$transaction(write));
  if (order.lines.length > 0 && (sourceChanged || Number(order.quantity) !== input.quantity)) {
    notices.push(msg("refreshNotice"));
  }
  return { id: order.id, version, notices };
}
