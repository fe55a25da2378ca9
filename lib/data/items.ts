import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import { contains, type ListParams, type Page } from "@/lib/data/list-params";
import type { Prisma } from "@/lib/generated/prisma/client";

export const ITEM_SORTS = ["no", "description", "baseUnitOfMeasure", "replenishmentSystem", "unitCost", "productionBomNo", "routingNo"] as const;
export const ITEM_FILTERS = ["no", "description", "replenishmentSystem", "blocked"] as const;
export type ItemSort = (typeof ITEM_SORTS)[number];

export async function listItems(p: ListParams<ItemSort>) {
  await requireViewer("masterData.read");
  const where: Prisma.ItemWhereInput = {
    no: contains(p.filters.no),
    description: contains(p.filters.description),
    replenishmentSystem: p.filters.replenishmentSystem === "PURCHASE" || p.filters.replenishmentSystem === "PROD_ORDER" ? p.filters.replenishmentSystem : undefined,
    blocked: p.filters.blocked === "yes" ? true : p.filters.blocked === "no" ? false : undefined,
  };
  const [rows, total] = await Promise.all([
    db.item.findMany({
      where,
      orderBy: [{ [p.sort]: p.dir }, { no: "asc" }],
      skip: (p.page - 1) * p.pageSize,
      take: p.pageSize,
    }),
    db.item.count({ where }),
  ]);
  return { rows, total, page: p.page, pageSize: p.pageSize } satisfies Page<unknown>;
}

export async function getItem(no: string) {
  await requireViewer("masterData.read");
  return db.item.findUnique({
    where: { no },
    include: {
      unitsOfMeasure: { orderBy: { code: "asc" } },
      variants: { orderBy: { code: "asc" } },
      stockkeepingUnits: { orderBy: [{ locationCode: "asc" }, { variantCode: "asc" }] },
      inventory: { orderBy: [{ locationCode: "asc" }, { variantCode: "asc" }] },
      productionBom: { select: { no: true, description: true, status: true } },
      routing: { select: { no: true, description: true, status: true } },
    },
  });
}
