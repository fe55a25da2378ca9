import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import type { ListParams } from "@/lib/data/list-params";
import { listSource } from "@/lib/data/list-source";
import type { Family } from "@/lib/generated/prisma/client";

export const FAMILY_SORTS = ["no", "description", "routingNo", "blocked"] as const;
export const FAMILY_FILTERS = ["no", "description", "blocked"] as const;
export type FamilySort = (typeof FAMILY_SORTS)[number];

export const familyList = listSource<Family>({
  permission: "masterData.read",
  table: "Family",
  shape: { tiebreak: ["no"], nullable: ["routingNo"] },
  filters: {
    no: { kind: "contains", column: "no" },
    description: { kind: "contains", column: "description" },
    blocked: { kind: "yesNo", column: "blocked" },
  },
});

export const listFamilies = (p: ListParams<FamilySort>) => familyList.page(p);

export async function getFamily(no: string) {
  await requireViewer("masterData.read");
  return db.family.findUnique({
    where: { no },
    include: {
      routing: { select: { no: true, description: true } },
      lines: {
        orderBy: { lineNo: "asc" },
        include: { item: { select: { description: true, baseUnitOfMeasure: true } } },
      },
    },
  });
}
