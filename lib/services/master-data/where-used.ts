import type { ProdOrderStatus } from "@/lib/generated/prisma/enums";

// "… because it is used by …": the referrers a delete refusal names, shortened past ten.

export type Referrer = { kind: "item" | "bom" | "sku" | "family" | "order"; key: string; status?: ProdOrderStatus | null };

const ORDER_STATUS: Record<ProdOrderStatus, string> = {
  SIMULATED: "Simulated", PLANNED: "Planned", FIRM_PLANNED: "Firm Planned", RELEASED: "Released", FINISHED: "Finished",
};

export function referrerText(r: Referrer): string {
  switch (r.kind) {
    case "item": return `item ${r.key}`;
    case "bom": return `Production BOM ${r.key}`;
    case "sku": return `stockkeeping unit ${r.key}`;
    case "family": return `family ${r.key}`;
    case "order": return `${r.status ? ORDER_STATUS[r.status] : ""} production order ${r.key}`.trim();
  }
}

export function inUseMessage(what: string, referrers: Referrer[]): string {
  const names = referrers.slice(0, 10).map(referrerText);
  const more = referrers.length > 10 ? ` and ${referrers.length - 10} more` : "";
  return `You cannot delete ${what} because it is used by ${names.join(", ")}${more}.`;
}
