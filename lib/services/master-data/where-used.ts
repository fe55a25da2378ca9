import type { ProdOrderStatus } from "@/lib/generated/prisma/enums";
import { commaListOf, msg, type CaptionKey, type Message } from "@/lib/i18n/domain-message";

// "… because it is used by …": the referrers a delete refusal names, shortened past ten.

export type Referrer = { kind: "item" | "bom" | "sku" | "family" | "order"; key: string; status?: ProdOrderStatus | null };

const ORDER_LABELS: Record<ProdOrderStatus, CaptionKey> = {
  SIMULATED: "partSimulatedOrder",
  PLANNED: "partPlannedOrder",
  FIRM_PLANNED: "partFirmPlannedOrder",
  RELEASED: "partReleasedOrder",
  FINISHED: "partFinishedOrder",
};

export function referrerText(r: Referrer): Message {
  switch (r.kind) {
    case "item":
      return msg("partItemLower", { no: r.key });
    case "bom":
      return msg("partBom", { no: r.key });
    case "sku":
      return msg("partStockkeepingUnitLower", { key: r.key });
    case "family":
      return msg("partFamilyLower", { no: r.key });
    case "order":
      return msg(r.status ? ORDER_LABELS[r.status] : "partProductionOrderLower", { no: r.key });
  }
}

export function inUseMessage(what: Message, referrers: Referrer[]): Message {
  const names = commaListOf(referrers.slice(0, 10).map(referrerText));
  const list = referrers.length > 10 ? msg("partListAnd", { head: names, tail: msg("partMore", { count: referrers.length - 10 }) }) : names;
  return msg("recordUsedBy", { record: what, referrers: list });
}
