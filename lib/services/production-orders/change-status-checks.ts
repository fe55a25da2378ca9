import type { ProdOrderStatus } from "@/lib/domain/production-order/status";
import { DomainError } from "@/lib/errors";
import type { Db } from "@/lib/db-client";
import { msg, type CaptionKey } from "@/lib/i18n/domain-message";

// The rules a status change checks before it writes anything (ST-1 … ST-4). Pure decisions
// come from lib/domain; these read what they need and turn a refusal into the spec's message.

const CAPTION: Record<ProdOrderStatus, string> = {
  SIMULATED: "Simulated",
  PLANNED: "Planned",
  FIRM_PLANNED: "Firm Planned",
  RELEASED: "Released",
  FINISHED: "Finished",
};
export const statusCaption = (s: ProdOrderStatus) => CAPTION[s];
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
    throw new DomainError("RELEASE_BLOCKED", msg("releaseBlocked", { no: blocked.no }), "newStatus");
  }
}

/** ST-4: finishing with a line that has no output recorded needs the user's confirmation. */
export function assertOutputConfirmed(no: string, lines: { finishedQuantity: { toString(): string } }[], confirmed: boolean) {
  const missing = lines.filter((l) => Number(l.finishedQuantity.toString()) <= 0).length;
  if (missing > 0 && !confirmed) {
    throw new DomainError(
      "CONFIRM_NO_OUTPUT",
      msg("confirmNoOutput", { no, count: missing }),
      "confirmNoOutput",
    );
  }
}
