import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { auditDiff, writeAudit, type Actor } from "@/lib/services/audit";
import { requireWorkCenter } from "@/lib/services/master-data/machine-centers/machine-center-references";
import { joinNames, notFoundError, staleError } from "@/lib/services/master-data/record-guards";
import { routingLineName } from "@/lib/services/master-data/work-centers/work-center-references";
import type { UpdateMachineCenterInput } from "@/lib/validation/master-data/machine-centers";
import { msg } from "@/lib/i18n/domain-message";

/** Changes a machine center; it keeps its work center while routing operations use it. */
export async function updateMachineCenter(input: UpdateMachineCenterInput, actor: Actor) {
  return db.$transaction(async (tx) => {
    const before = await tx.machineCenter.findUnique({ where: { no: input.no } });
    if (!before) throw notFoundError(msg("partMachineCenter", { no: input.no }), "no");
    await requireWorkCenter(tx, input.workCenterNo);
    if (before.workCenterNo !== input.workCenterNo) {
      // Routing operations carry the machine center's work center; moving it would split them.
      const lines = await tx.routingLine.findMany({
        where: { type: "MACHINE_CENTER", no: input.no },
        take: 10,
        orderBy: [{ routingNo: "asc" }, { operationNo: "asc" }],
      });
      if (lines.length) {
        throw new DomainError(
          "IN_USE",
          msg("workCenterNoLocked", { referrers: joinNames(lines.map(routingLineName)), no: input.no }),
          "workCenterNo",
        );
      }
    }
    const { no, version, ...data } = input;
    const bumped = await tx.machineCenter.updateMany({ where: { no, version }, data: { ...data, version: { increment: 1 } } });
    if (bumped.count === 0) throw staleError(msg("partMachineCenter", { no }));
    await writeAudit(tx, actor, {
      action: "machineCenter.update",
      entityType: "MachineCenter",
      entityKey: no,
      changes: auditDiff(before, data),
    });
    return { no, version: before.version + 1 };
  });
}
