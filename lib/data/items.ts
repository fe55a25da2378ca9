import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import type { ListParams } from "@/lib/data/list-params";
import { listSource } from "@/lib/data/list-source";
import type { Item } from "@/lib/generated/prisma/client";
import { ReplenishmentSystem } from "@/lib/generated/prisma/enums";

export const ITEM_SORTS = [
  "no",
  "description",
  "baseUnitOfMeasure",
  "replenishmentSystem",
  "unitCost",
  "productionBomNo",
  "routingNo",
] as const;
export const ITEM_FILTERS = ["no", "description", "replenishmentSystem", "blocked"] as const;
export type ItemSort = (typeof ITEM_SORTS)[number];

export const itemList = listSource<Item>({
  permission: "masterData.read",
  table: "Item",
  shape: { tiebreak: ["no"], nullable: ["productionBomNo", "routingNo"] },
  filters: {
    no: { kind: "contains", column: "no" },
    description: { kind: "contains", column: "description" },
    replenishmentSystem: { kind: "oneOf", column: "replenishmentSystem", values: Object.values(ReplenishmentSystem) },
    blocked: { kind: "yesNo", column: "blocked" },
  },
});

export const listItems = (p: ListParams<ItemSort>) => itemList.page(p);

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
