import type { Db } from "@/lib/db-client";
import type { ProdOrderSourceType, ProdOrderStatus } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/errors";
import { peekNextNo } from "@/lib/services/no-series/document-no";
import { seriesForStatus } from "@/lib/services/no-series/order-no";
import { msg } from "@/lib/i18n/domain-message";

// What the create form asks while the planner types: valid sources for the chosen Source Type
// and the number the order will get (NS-10). What it will get besides is
// preview-production-order.ts (the create's own code, rolled back).

/** Codes, not captions: the lookup shows them in the user's language ("Prod. Order", "Productieorder"). */
export type SourceOption = { no: string; description: string; replenishmentSystem?: "PURCHASE" | "PROD_ORDER"; shipmentDate?: string };

/** The Variant Code choices of an item (create form and the card's General FastTab). */
export async function listItemVariants(db: Db, itemNo: string): Promise<{ code: string; description: string }[]> {
  return db.itemVariant.findMany({
    where: { itemNo, blocked: false },
    orderBy: { code: "asc" },
    select: { code: true, description: true },
  });
}

export async function lookupSources(
  db: Db,
  input: { sourceType: ProdOrderSourceType; query: string; status: ProdOrderStatus },
): Promise<SourceOption[]> {
  const q = input.query.trim();
  const text = q ? { contains: q, mode: "insensitive" as const } : undefined;
  switch (input.sourceType) {
    case "ITEM": {
      const items = await db.item.findMany({
        where: { blocked: false, ...(text ? { OR: [{ no: text }, { description: text }] } : {}) },
        orderBy: [{ replenishmentSystem: "desc" }, { no: "asc" }],
        take: 20,
        select: { no: true, description: true, replenishmentSystem: true },
      });
      return items.map((i) => ({ no: i.no, description: i.description, replenishmentSystem: i.replenishmentSystem }));
    }
    case "FAMILY": {
      const families = await db.family.findMany({
        where: { blocked: false, ...(text ? { OR: [{ no: text }, { description: text }] } : {}) },
        orderBy: { no: "asc" },
        take: 20,
      });
      return families.map((f) => ({ no: f.no, description: f.description }));
    }
    case "SALES_HEADER": {
      // PO-6: sales orders; quotes only for a Simulated order.
      const documentType = input.status === "SIMULATED" ? "QUOTE" : "ORDER";
      const headers = await db.salesHeader.findMany({
        where: { documentType, status: "OPEN", ...(text ? { OR: [{ no: text }, { sellToName: text }, { shipToName: text }] } : {}) },
        orderBy: { no: "asc" },
        take: 20,
      });
      return headers.map((h) => ({
        no: h.no,
        description: h.shipToName || h.sellToName,
        shipmentDate: h.shipmentDate?.toISOString().slice(0, 10),
      }));
    }
  }
}

export async function peekOrderNo(db: Db, status: Exclude<ProdOrderStatus, "FINISHED" | "RELEASED">) {
  const code = await seriesForStatus(db, status);
  const series = await db.noSeries.findUnique({ where: { code }, select: { manualNos: true } });
  if (!series) throw new DomainError("NS_NOT_FOUND", msg("seriesNotFound", { series: code }), "no");
  return { no: await peekNextNo(db, code), manualNos: series.manualNos };
}
