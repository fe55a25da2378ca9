import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import { BOM_STATUSES, bomStatusFilter } from "@/lib/data/production-boms";
import { contains, type ListParams } from "@/lib/data/list-params";
import { listSource } from "@/lib/data/list-source";
import type { Prisma } from "@/lib/generated/prisma/client";

export const ROUTING_SORTS = ["no", "description", "status"] as const;
export const ROUTING_FILTERS = ["no", "description", "status"] as const;
export type RoutingSort = (typeof ROUTING_SORTS)[number];

export const routingList = listSource({
  permission: "masterData.read",
  shape: { tiebreak: ["no"], ordered: { status: BOM_STATUSES } },
  where: (f): Prisma.RoutingWhereInput => ({ no: contains(f.no), description: contains(f.description), status: bomStatusFilter(f.status) }),
  findMany: (a) => db.routing.findMany({ ...a, orderBy: a.orderBy as Prisma.RoutingOrderByWithRelationInput[] }),
  count: (a) => db.routing.count(a),
});

export const listRoutings = (p: ListParams<RoutingSort>) => routingList.page(p);

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
