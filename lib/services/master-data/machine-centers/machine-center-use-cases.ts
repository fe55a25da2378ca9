import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { auditDiff, writeAudit, type Actor } from "@/lib/services/audit";
import { isUniqueViolation } from "@/lib/services/db-errors";
import { existsError, joinNames, notFoundError, refuseIfReferenced, staleError, withForeignKeyGuard } from "@/lib/services/master-data/record-guards";
import { machineCenterReferrers, routingLineName } from "@/lib/services/master-data/work-centers/work-center-references";
import type { Tx } from "@/lib/services/tx";
import type {
  CreateMachineCenterInput, DeleteMachineCenterInput, UpdateMachineCenterInput,
} from "@/lib/validation/master-data/machine-centers";
import { msg } from "@/lib/i18n/domain-message";

// Machine center card: create, change, delete. A machine center works its work center's shop
// calendar, so the work center must exist.

async function requireWorkCenter(tx: Tx, no: string) {
  if (!(await tx.workCenter.findUnique({ where: { no }, select: { no: true } }))) throw notFoundError(msg("partWorkCenter", { no }), "workCenterNo");
}

export async function createMachineCenter(input: CreateMachineCenterInput, actor: Actor) {
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.machineCenter.findUnique({ where: { no: input.no }, select: { no: true } })) throw existsError(msg("partMachineCenter", { no: input.no }), "no");
      await requireWorkCenter(tx, input.workCenterNo);
      await tx.machineCenter.create({ data: input });
      const { no, ...changes } = input;
      await writeAudit(tx, actor, { action: "machineCenter.create", entityType: "MachineCenter", entityKey: no, changes });
      return { no, version: 1 };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw existsError(msg("partMachineCenter", { no: input.no }), "no");
    throw e;
  }
}

export async function updateMachineCenter(input: UpdateMachineCenterInput, actor: Actor) {
  return db.$transaction(async (tx) => {
    const before = await tx.machineCenter.findUnique({ where: { no: input.no } });
    if (!before) throw notFoundError(msg("partMachineCenter", { no: input.no }), "no");
    await requireWorkCenter(tx, input.workCenterNo);
    if (before.workCenterNo !== input.workCenterNo) {
      // Routing operations carry the machine center's work center; moving it would split them.
      const lines = await tx.routingLine.findMany({ where: { type: "MACHINE_CENTER", no: input.no }, take: 10, orderBy: [{ routingNo: "asc" }, { operationNo: "asc" }] });
      if (lines.length) {
        throw new DomainError("IN_USE", msg("workCenterNoLocked", { referrers: joinNames(lines.map(routingLineName)), no: input.no }), "workCenterNo");
      }
    }
    const { no, version, ...data } = input;
    const bumped = await tx.machineCenter.updateMany({ where: { no, version }, data: { ...data, version: { increment: 1 } } });
    if (bumped.count === 0) throw staleError(msg("partMachineCenter", { no }));
    await writeAudit(tx, actor, { action: "machineCenter.update", entityType: "MachineCenter", entityKey: no, changes: auditDiff(before, data) });
    return { no, version: before.version + 1 };
  });
}

export async function deleteMachineCenter(input: DeleteMachineCenterInput, actor: Actor) {
  return withForeignKeyGuard(msg("partMachineCenter", { no: input.no }), () =>
    db.$transaction(async (tx) => {
      const center = await tx.machineCenter.findUnique({ where: { no: input.no } });
      if (!center) throw notFoundError(msg("partMachineCenter", { no: input.no }), "no");
      refuseIfReferenced(msg("partMachineCenter", { no: input.no }), await machineCenterReferrers(tx, input.no));
      const deleted = await tx.machineCenter.deleteMany({ where: { no: input.no, version: input.version } });
      if (deleted.count === 0) throw staleError(msg("partMachineCenter", { no: input.no }));
      await writeAudit(tx, actor, { action: "machineCenter.delete", entityType: "MachineCenter", entityKey: input.no, changes: { name: center.name, workCenterNo: center.workCenterNo } });
      return { no: input.no };
    }),
  );
}
