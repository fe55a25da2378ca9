import type { Db } from "@/lib/db-client";
import { ConcurrencyError, DomainError } from "@/lib/errors";
import { writeAudit, type Actor } from "@/lib/services/audit";
import { msg } from "@/lib/i18n/domain-message";
import type { Tx } from "@/lib/services/tx";

// PO-10: planners delete Simulated, Planned and Firm Planned orders; a Released order only a
// supervisor may delete, a Finished one nobody. Lines, components and routing lines go with it
// (foreign keys cascade); the audit entry stays. A caller's transaction (`tx`) makes the delete one
// step of a larger change (carry-out removes its worksheet line in it, PL-8).
const DELETABLE = {
  planner: ["SIMULATED", "PLANNED", "FIRM_PLANNED"],
  supervisor: ["SIMULATED", "PLANNED", "FIRM_PLANNED", "RELEASED"],
  admin: ["SIMULATED", "PLANNED", "FIRM_PLANNED", "RELEASED"],
} as const;

export async function deleteProductionOrder(
  db: Db,
  input: { id: number; version?: number },
  actor: Actor & { role: keyof typeof DELETABLE },
  tx?: Tx,
) {
  const order = await (tx ?? db).productionOrder.findUnique({ where: { id: input.id } });
  if (!order) throw new DomainError("NOT_FOUND", msg("orderNotFound", { key: String(input.id) }));
  if (!(DELETABLE[actor.role] as readonly string[]).includes(order.status)) {
    throw new DomainError(
      "NOT_DELETABLE",
      msg(order.status === "FINISHED" ? "notDeletableFinished" : "notDeletableReleased", { no: order.no }),
    );
  }
  const remove = async (tx: Tx) => {
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
  };
  await (tx ? remove(tx) : db.$transaction(remove));
  return { status: order.status, no: order.no };
}
