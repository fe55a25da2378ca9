import type { ProdOrderStatus } from "@/lib/domain/production-order/status";

// Statuses in URLs: /production-orders/firm-planned/101001.
export const STATUS_SLUGS: Record<ProdOrderStatus, string> = {
  SIMULATED: "simulated",
  PLANNED: "planned",
  FIRM_PLANNED: "firm-planned",
  RELEASED: "released",
  FINISHED: "finished",
};

export function statusFromSlug(slug: string): ProdOrderStatus | null {
  const hit = Object.entries(STATUS_SLUGS).find(([, s]) => s === slug);
  return hit ? (hit[0] as ProdOrderStatus) : null;
}

export function orderPath(status: ProdOrderStatus, no?: string) {
  return `/production-orders/${STATUS_SLUGS[status]}${no ? `/${encodeURIComponent(no)}` : ""}`;
}
