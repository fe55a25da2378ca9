import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import { contains, type ListParams, type Page } from "@/lib/data/list-params";
import { shopCalendarInclude } from "@/lib/data/work-centers";
import type { Prisma } from "@/lib/generated/prisma/client";

export const MACHINE_CENTER_SORTS = ["no", "name", "workCenterNo", "capacity", "efficiency", "unitCost"] as const;
export const MACHINE_CENTER_FILTERS = ["no", "name", "workCenterNo"] as const;
export type MachineCenterSort = (typeof MACHINE_CENTER_SORTS)[number];

export async function listMachineCenters(p: ListParams<MachineCenterSort>) {
  await requireViewer("masterData.read");
  const where: Prisma.MachineCenterWhereInput = {
    no: contains(p.filters.no),
    name: contains(p.filters.name),
    workCenterNo: contains(p.filters.workCenterNo),
  };
  const [rows, total] = await Promise.all([
    db.machineCenter.findMany({
      where,
      orderBy: [{ [p.sort]: p.dir }, { no: "asc" }],
      skip: (p.page - 1) * p.pageSize,
      take: p.pageSize,
    }),
    db.machineCenter.count({ where }),
  ]);
  return { rows, total, page: p.page, pageSize: p.pageSize } satisfies Page<unknown>;
}

export async function getMachineCenter(no: string) {
  await requireViewer("masterData.read");
  const [center, routings] = await Promise.all([
    // A machine center has no calendar of its own here: it works the hours of its work center.
    db.machineCenter.findUnique({
      where: { no },
      include: { workCenter: { select: { no: true, name: true, ...shopCalendarInclude } } },
    }),
    db.routing.findMany({
      where: { lines: { some: { type: "MACHINE_CENTER", no } } },
      select: { no: true, description: true, status: true },
      orderBy: { no: "asc" },
    }),
  ]);
  return center ? { ...center, routings } : null;
}
