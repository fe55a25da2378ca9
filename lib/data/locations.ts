import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import type { ListParams } from "@/lib/data/list-params";
import { listSource } from "@/lib/data/list-source";
import type { Location } from "@/lib/generated/prisma/client";

export const LOCATION_SORTS = ["code", "name", "inboundHandlingDays"] as const;
export const LOCATION_FILTERS = ["code", "name"] as const;
export type LocationSort = (typeof LOCATION_SORTS)[number];

export const locationList = listSource<Location>({
  permission: "masterData.read",
  table: "Location",
  shape: { tiebreak: ["code"] },
  filters: { code: { kind: "contains", column: "code" }, name: { kind: "contains", column: "name" } },
});

export const listLocations = (p: ListParams<LocationSort>) => locationList.page(p);

export async function getLocation(code: string) {
  await requireViewer("masterData.read");
  return db.location.findUnique({
    where: { code },
    include: { holidays: { orderBy: { date: "asc" } } },
  });
}
