import { linesLackingOutput, type LineQuantities } from "@/lib/domain/production-order/output";
import type { ProdOrderStatus } from "@/lib/domain/production-order/status";
import { DomainError } from "@/lib/errors";
import type { Db } from "@/lib/db-client";
import { msg, type CaptionKey } from "@/lib/i18n/domain-message";

// The rules a status change checks before it writes anything (ST-1 … ST-4). Pure decisions
// come from lib/domain; these read what they need and turn a refusal into the spec's message.

/** A status's caption, as a catalog fragment (spoken in the reader's language). */
export const statusCaption = (s: ProdOrderStatus) => CAPTION_KEYS[s];
const CAPTION_KEYS: Record<ProdOrderStatus, CaptionKey> = {
  SIMULATED: "partStatusSimulated",
  PLANNED: "partStatusPlanned",
  FIRM_PLANNED: "partStatusFirmPlanned",
  RELEASED: "partStatusReleased",
  FINISHED: "partStatusFinished",
};

/** ST-3: leaving a status keeps the number in that status's "… Order No." field (as BC does). */
export const OLD_NO_FIELD = {
  SIMULATED: "simulatedOrderNo",
  PLANNED: "plannedOrderNo",
  FIRM_PLANNED: "firmPlannedOrderNo",
} as const satisfies Partial<Record<ProdOrderStatus, string>>;

export function oldNoField(status: ProdOrderStatus) {
  return status in OLD_NO_FIELD ? OLD_NO_FIELD[status as keyof typeof OLD_NO_FIELD] : null;
}

export function transitionRefused(no: string, from: ProdOrderStatus, to: ProdOrderStatus) {
  return new DomainError(
    "STATUS_NOT_ALLOWED",
    msg("statusChangeRefused", { no, fromStatus: msg(CAPTION_KEYS[from]), toStatus: msg(CAPTION_KEYS[to]) }),
    "newStatus",
  );
}

/** ST-2: the order's item and every item it produces must not be Production Blocked = Output. */
export async function assertNotProductionBlocked(db: Db, order: { sourceType: string; sourceNo: string; lines: { itemNo: string }[] }) {
  const itemNos = new Set(order.lines.map((l) => l.itemNo));
  if (order.sourceType === "ITEM") itemNos.add(order.sourceNo);
  if (itemNos.size === 0) return;
  const blocked = await db.item.findFirst({
    where: { no: { in: [...itemNos] }, productionBlocked: "OUTPUT" },
    orderBy: { no: "asc" },
    select: { no: true },
  });
  if (blocked) {
    // The refusal is about the item, not about the chosen status: it stands on itemNo, so the
    // dialog shows it once (in its alert), not also under New Status.
    throw new DomainError("RELEASE_BLOCKED", msg("releaseBlocked", { no: blocked.no }), "itemNo");
  }
}

/**
 * ST-4, as BC's CheckBeforeFinishProdOrder: finishing asks for confirmation when a line's output
 * is still missing (its Remaining Quantity is not 0: Finished Quantity below Quantity). A line
 * whose output was recorded in full needs no question, partial output does.
 */
export function assertOutputConfirmed(no: string, lines: LineQuantities[], confirmed: boolean) {
  const missing = linesLackingOutput(lines).length;
  if (missing > 0 && !confirmed) {
    throw new DomainError("CONFIRM_NO_OUTPUT", msg("confirmNoOutput", { no, count: missing }), "confirmNoOutput");
  }
}
