import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import { contains, type ListParams } from "@/lib/data/list-params";
import { listSource } from "@/lib/data/list-source";
import { shopCalendarInclude } from "@/lib/data/work-centers";
import type { Prisma } from "@/lib/generated/prisma/client";

export const MACHINE_CENTER_SORTS = ["no", "name", "workCenterNo", "capacity", "efficiency", "unitCost"] as const;
export const MACHINE_CENTER_FILTERS = ["no", "name", "workCenterNo"] as const;
export type MachineCenterSort = (typeof MACHINE_CENTER_SORTS)[number];

export const machineCenterList = listSource({
  permission: "masterData.read",
  shape: { tiebreak: ["no"] },
  where: (f): Prisma.MachineCenterWhereInput => ({ no: contains(f.no), name: contains(f.name), workCenterNo: contains(f.workCenterNo) }),
  findMany: (a) => db.machineCenter.findMany({ ...a, orderBy: a.orderBy as Prisma.MachineCenterOrderByWithRelationInput[] }),
  count: (a) => db.machineCenter.count(a),
});

export const listMachineCenters = (p: ListParams<MachineCenterSort>) => machineCenterList.page(p);

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
