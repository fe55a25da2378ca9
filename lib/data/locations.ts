import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import { contains, type ListParams } from "@/lib/data/list-params";
import { listSource } from "@/lib/data/list-source";
import type { Prisma } from "@/lib/generated/prisma/client";

export const LOCATION_SORTS = ["code", "name", "inboundHandlingDays"] as const;
export const LOCATION_FILTERS = ["code", "name"] as const;
export type LocationSort = (typeof LOCATION_SORTS)[number];

export const locationList = listSource({
  permission: "masterData.read",
  shape: { tiebreak: ["code"] },
  where: (f): Prisma.LocationWhereInput => ({ code: contains(f.code), name: contains(f.name) }),
  findMany: (a) => db.location.findMany({ ...a, orderBy: a.orderBy as Prisma.LocationOrderByWithRelationInput[] }),
  count: (a) => db.location.count(a),
});

export const listLocations = (p: ListParams<LocationSort>) => locationList.page(p);

export async function getLocation(code: string) {
  await requireViewer("masterData.read");
  return db.location.findUnique({
    where: { code },
    include: { holidays: { orderBy: { date: "asc" } } },
  });
}
