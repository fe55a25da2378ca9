import type { BomStatus, Routing, RoutingLine, RoutingLineType, RoutingVersion } from "@/lib/generated/prisma/client";
import { makeWorkCenter } from "./work-centers";
import { toOptionalDate, uniqueCode, type DbClient, type DecimalInput } from "./unique";

export type RoutingLineInput = {
  operationNo?: string;
  type?: RoutingLineType;
  /** Work or machine center No.; for a work-center line `workCenterNo` alone is enough. */
  no?: string;
  /** Looked up from the machine center when omitted on a machine-center line. */
  workCenterNo?: string;
  description?: string;
  setupTime?: DecimalInput;
  runTime?: DecimalInput;
  waitTime?: DecimalInput;
  moveTime?: DecimalInput;
  routingLinkCode?: string;
  sendAheadQuantity?: DecimalInput;
};

export type RoutingVersionInput = {
  versionCode: string;
  description?: string;
  startingDate?: Date | string | null;
  status?: BomStatus;
  lines?: RoutingLineInput[];
};

export type RoutingOverrides = {
  no?: string;
  description?: string;
  /** Default CERTIFIED. */
  status?: BomStatus;
  /** Absent = one operation "10" on a new work center; [] = no lines. */
  lines?: RoutingLineInput[];
  versions?: RoutingVersionInput[];
};

export type RoutingWithDetails = Routing & { lines: RoutingLine[]; versions: RoutingVersion[] };

async function lineRows(db: DbClient, routingNo: string, versionCode: string | null, lines: RoutingLineInput[]) {
  const machineNos = lines.filter((l) => l.type === "MACHINE_CENTER" && !l.workCenterNo).map((l) => l.no ?? "");
  const machines = machineNos.length > 0 ? await db.machineCenter.findMany({ where: { no: { in: machineNos } } }) : [];
  return lines.map((l, i) => {
    const workCenterNo = l.workCenterNo ?? machines.find((m) => m.no === l.no)?.workCenterNo ?? l.no;
    if (!workCenterNo) throw new Error(`makeRouting: line ${i + 1} needs no or workCenterNo`);
    return {
      routingNo,
      versionCode,
      operationNo: l.operationNo ?? String((i + 1) * 10),
      type: l.type ?? "WORK_CENTER",
      no: l.no ?? workCenterNo,
      workCenterNo,
      description: l.description ?? `Operation ${l.operationNo ?? (i + 1) * 10}`,
      setupTime: l.setupTime ?? 0,
      runTime: l.runTime ?? 0,
      waitTime: l.waitTime ?? 0,
      moveTime: l.moveTime ?? 0,
      routingLinkCode: l.routingLinkCode ?? "",
      sendAheadQuantity: l.sendAheadQuantity ?? 0,
    };
  });
}

/** A routing with lines and optional versions (each with its own lines). */
export async function makeRouting(db: DbClient, overrides: RoutingOverrides = {}): Promise<RoutingWithDetails> {
  const no = overrides.no ?? uniqueCode("RT");
  const status = overrides.status ?? "CERTIFIED";
  const versions = overrides.versions ?? [];
  const lines = overrides.lines ?? [{ workCenterNo: (await makeWorkCenter(db)).no, setupTime: 10, runTime: 5 }];
  await db.routing.create({ data: { no, description: overrides.description ?? `Routing ${no}`, status } });
  if (versions.length > 0) {
    await db.routingVersion.createMany({
      data: versions.map((v) => ({
        routingNo: no,
        versionCode: v.versionCode,
        description: v.description ?? `Version ${v.versionCode}`,
        startingDate: toOptionalDate(v.startingDate) ?? null,
        status: v.status ?? status,
      })),
    });
  }
  // Sequential on purpose: an interactive transaction's client runs one query at a time.
  const rows = await lineRows(db, no, null, lines);
  for (const v of versions) rows.push(...(await lineRows(db, no, v.versionCode, v.lines ?? [])));
  if (rows.length > 0) await db.routingLine.createMany({ data: rows });
  return db.routing.findUniqueOrThrow({
    where: { no },
    include: {
      lines: { orderBy: [{ versionCode: { sort: "asc", nulls: "first" } }, { operationNo: "asc" }] },
      versions: { orderBy: { versionCode: "asc" } },
    },
  });
}
