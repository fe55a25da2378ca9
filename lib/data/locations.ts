import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import { contains, type ListParams, type Page } from "@/lib/data/list-params";
import type { Prisma } from "@/lib/generated/prisma/client";

export const LOCATION_SORTS = ["code", "name", "inboundHandlingDays"] as const;
export const LOCATION_FILTERS = ["code", "name"] as const;
export type LocationSort = (typeof LOCATION_SORTS)[number];

export async function listLocations(p: ListParams<LocationSort>) {
  await requireViewer("masterData.read");
  const where: Prisma.LocationWhereInput = {
    code: contains(p.filters.code),
    name: contains(p.filters.name),
  };
  const [rows, total] = await Promise.all([
    db.location.findMany({
      where,
      orderBy: [{ [p.sort]: p.dir }, { code: "asc" }],
      skip: (p.page - 1) * p.pageSize,
      take: p.pageSize,
    }),
    db.location.count({ where }),
  ]);
  return { rows, total, page: p.page, pageSize: p.pageSize } satisfies Page<unknown>;
}

export async function getLocation(code: string) {
  await requireViewer("masterData.read");
  return db.location.findUnique({
    where: { code },
    include: { holidays: { orderBy: { date: "asc" } } },
  });
}
