import type { Db } from "@/lib/db-client";
import { ConcurrencyError, DomainError } from "@/lib/errors";
import { writeAudit, type Actor } from "@/lib/services/audit";
import { msg } from "@/lib/i18n/domain-message";

// PO-10: planners delete Simulated, Planned and Firm Planned orders; a Released order only a
// supervisor may delete, a Finished one nobody. Lines, components and routing lines go with it
// (foreign keys cascade); the audit entry stays.
const DELETABLE = {
  planner: ["SIMULATED", "PLANNED", "FIRM_PLANNED"],
  supervisor: ["SIMULATED", "PLANNED", "FIRM_PLANNED", "RELEASED"],
  admin: ["SIMULATED", "PLANNED", "FIRM_PLANNED", "RELEASED"],
} as const;

export async function deleteProductionOrder(
  db: Db,
  input: { id: number; version?: number },
  actor: Actor & { role: keyof typeof DELETABLE },
) {
  const order = await db.productionOrder.findUnique({ where: { id: input.id } });
  if (!order) throw new DomainError("NOT_FOUND", msg("orderNotFound", { key: String(input.id) }));
  if (!(DELETABLE[actor.role] as readonly string[]).includes(order.status)) {
    throw new DomainError(
      "NOT_DELETABLE",
      msg(order.status === "FINISHED" ? "notDeletableFinished" : "notDeletableReleased", { no: order.no }),
    );
  }
  await db.$transaction(async (tx) => {
    const res = await tx.productionOrder.deleteMany({
      where: { id: order.id, ...(input.version !== undefined ? { version: input.version } : {}) },
    });
    if (res.count !== 1) throw new ConcurrencyError();
    await writeAudit(tx, actor, {
      action: "delete",
      entityType: "ProductionOrder",
      entityKey: order.no,
      orderId: order.id,
      oldStatus: order.status,
      oldNo: order.no,
      changes: { sourceType: order.sourceType, sourceNo: order.sourceNo, quantity: String(order.quantity) },
    });
  });
  return { status: order.status, no: order.no };
}
