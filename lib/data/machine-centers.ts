import "server-only";
import { requireViewer } from "@/lib/auth";
import { db } from "@/lib/db";
import type { ListParams } from "@/lib/data/list-params";
import { listSource } from "@/lib/data/list-source";
import { shopCalendarInclude } from "@/lib/data/work-centers";
import type { MachineCenter } from "@/lib/generated/prisma/client";

export const MACHINE_CENTER_SORTS = ["no", "name", "workCenterNo", "capacity", "efficiency", "unitCost"] as const;
export const MACHINE_CENTER_FILTERS = ["no", "name", "workCenterNo"] as const;
export type MachineCenterSort = (typeof MACHINE_CENTER_SORTS)[number];

export const machineCenterList = listSource<MachineCenter>({
  permission: "masterData.read",
  table: "MachineCenter",
  shape: { tiebreak: ["no"] },
  filters: {
    no: { kind: "contains", column: "no" },
    name: { kind: "contains", column: "name" },
    workCenterNo: { kind: "contains", column: "workCenterNo" },
  },
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
