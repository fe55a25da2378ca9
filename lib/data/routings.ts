import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import { BOM_STATUSES } from "@/lib/data/production-boms";
import type { ListParams } from "@/lib/data/list-params";
import { listSource } from "@/lib/data/list-source";
import type { Routing } from "@/lib/generated/prisma/client";

export const ROUTING_SORTS = ["no", "description", "status"] as const;
export const ROUTING_FILTERS = ["no", "description", "status"] as const;
export type RoutingSort = (typeof ROUTING_SORTS)[number];

export const routingList = listSource<Routing>({
  permission: "masterData.read",
  table: "Routing",
  shape: { tiebreak: ["no"] },
  filters: {
    no: { kind: "contains", column: "no" },
    description: { kind: "contains", column: "description" },
    status: { kind: "oneOf", column: "status", values: BOM_STATUSES },
  },
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
