import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import type { ListParams } from "@/lib/data/list-params";
import { listSource } from "@/lib/data/list-source";
import type { Prisma, WorkCenter } from "@/lib/generated/prisma/client";

export const WORK_CENTER_SORTS = ["no", "name", "capacity", "efficiency", "shopCalendarCode", "unitCost"] as const;
export const WORK_CENTER_FILTERS = ["no", "name", "shopCalendarCode"] as const;
export type WorkCenterSort = (typeof WORK_CENTER_SORTS)[number];

/** The shop calendar as a card shows it: working hours in weekday order, then holidays by date. */
export const shopCalendarInclude = {
  shopCalendar: {
    include: {
      days: { orderBy: [{ weekday: "asc" }, { startTime: "asc" }] },
      holidays: { orderBy: { date: "asc" } },
    },
  },
} as const satisfies Prisma.WorkCenterInclude;

export const workCenterList = listSource<WorkCenter>({
  permission: "masterData.read",
  table: "WorkCenter",
  shape: { tiebreak: ["no"] },
  filters: {
    no: { kind: "contains", column: "no" },
    name: { kind: "contains", column: "name" },
    shopCalendarCode: { kind: "contains", column: "shopCalendarCode" },
  },
});

export const listWorkCenters = (p: ListParams<WorkCenterSort>) => workCenterList.page(p);

export async function getWorkCenter(no: string) {
  await requireViewer("masterData.read");
  const [center, routings] = await Promise.all([
    db.workCenter.findUnique({
      where: { no },
      include: { ...shopCalendarInclude, machineCenters: { orderBy: { no: "asc" } } },
    }),
    // Any operation on the work center counts, also one on its machine centers or in a version.
    db.routing.findMany({
      where: { lines: { some: { workCenterNo: no } } },
      select: { no: true, description: true, status: true },
      orderBy: { no: "asc" },
    }),
  ]);
  return center ? { ...center, routings } : null;
}

export type ShopCalendarView = NonNullable<Awaited<ReturnType<typeof getWorkCenter>>>["shopCalendar"];
