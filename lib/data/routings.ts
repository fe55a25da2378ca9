import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import { bomStatusFilter } from "@/lib/data/production-boms";
import { contains, type ListParams, type Page } from "@/lib/data/list-params";
import type { Prisma } from "@/lib/generated/prisma/client";

export const ROUTING_SORTS = ["no", "description", "status"] as const;
export const ROUTING_FILTERS = ["no", "description", "status"] as const;
export type RoutingSort = (typeof ROUTING_SORTS)[number];

export async function listRoutings(p: ListParams<RoutingSort>) {
  await requireViewer("masterData.read");
  const where: Prisma.RoutingWhereInput = {
    no: contains(p.filters.no),
    description: contains(p.filters.description),
    status: bomStatusFilter(p.filters.status),
  };
  const [rows, total] = await Promise.all([
    db.routing.findMany({
      where,
      orderBy: [{ [p.sort]: p.dir }, { no: "asc" }],
      skip: (p.page - 1) * p.pageSize,
      take: p.pageSize,
    }),
    db.routing.count({ where }),
  ]);
  return { rows, total, page: p.page, pageSize: p.pageSize } satisfies Page<unknown>;
}

const operationOrder = { operationNo: "asc" } as const;

export async function getRouting(no: string) {
  await requireViewer("masterData.read");
  return db.routing.findUnique({
    where: { no },
    include: {
      lines: { where: { versionCode: null }, orderBy: operationOrder },
      versions: { orderBy: { versionCode: "asc" }, include: { lines: { orderBy: operationOrder } } },
      items: { select: { no: true, description: true }, orderBy: { no: "asc" } },
      families: { select: { no: true, description: true }, orderBy: { no: "asc" } },
    },
  });
}

export type RoutingCard = NonNullable<Awaited<ReturnType<typeof getRouting>>>;
export type RoutingLineView = RoutingCard["lines"][number];
