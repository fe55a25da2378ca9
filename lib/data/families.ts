import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import { contains, type ListParams, type Page } from "@/lib/data/list-params";
import type { Prisma } from "@/lib/generated/prisma/client";

export const FAMILY_SORTS = ["no", "description", "routingNo", "blocked"] as const;
export const FAMILY_FILTERS = ["no", "description", "blocked"] as const;
export type FamilySort = (typeof FAMILY_SORTS)[number];

export async function listFamilies(p: ListParams<FamilySort>) {
  await requireViewer("masterData.read");
  const where: Prisma.FamilyWhereInput = {
    no: contains(p.filters.no),
    description: contains(p.filters.description),
    blocked: p.filters.blocked === "yes" ? true : p.filters.blocked === "no" ? false : undefined,
  };
  const [rows, total] = await Promise.all([
    db.family.findMany({
      where,
      orderBy: [{ [p.sort]: p.dir }, { no: "asc" }],
      skip: (p.page - 1) * p.pageSize,
      take: p.pageSize,
    }),
    db.family.count({ where }),
  ]);
  return { rows, total, page: p.page, pageSize: p.pageSize } satisfies Page<unknown>;
}

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
