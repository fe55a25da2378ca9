import { db } from "@/lib/db";
import { writeAudit, type Actor } from "@/lib/services/audit";
import { isUniqueViolation } from "@/lib/services/db-errors";
import { requireWorkCenter } from "@/lib/services/master-data/machine-centers/machine-center-references";
import { existsError } from "@/lib/services/master-data/record-guards";
import type { CreateMachineCenterInput } from "@/lib/validation/master-data/machine-centers";
import { msg } from "@/lib/i18n/domain-message";

/** Creates a machine center on an existing work center. */
export async function createMachineCenter(input: CreateMachineCenterInput, actor: Actor) {
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.machineCenter.findUnique({ where: { no: input.no }, select: { no: true } }))
        throw existsError(msg("partMachineCenter", { no: input.no }), "no");
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
