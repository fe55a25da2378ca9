import { db } from "@/lib/db";
import { writeAudit, type Actor } from "@/lib/services/audit";
import { notFoundError, refuseIfReferenced, staleError, withForeignKeyGuard } from "@/lib/services/master-data/record-guards";
import { machineCenterReferrers } from "@/lib/services/master-data/work-centers/work-center-references";
import type { DeleteMachineCenterInput } from "@/lib/validation/master-data/machine-centers";
import { msg } from "@/lib/i18n/domain-message";

/** Deletes a machine center unless routing lines or orders use it. */
export async function deleteMachineCenter(input: DeleteMachineCenterInput, actor: Actor) {
  return withForeignKeyGuard(msg("partMachineCenter", { no: input.no }), () =>
    db.$transaction(async (tx) => {
      const center = await tx.machineCenter.findUnique({ where: { no: input.no } });
      if (!center) throw notFoundError(msg("partMachineCenter", { no: input.no }), "no");
      refuseIfReferenced(msg("partMachineCenter", { no: input.no }), await machineCenterReferrers(tx, input.no));
      const deleted = await tx.machineCenter.deleteMany({ where: { no: input.no, version: input.version } });
      if (deleted.count === 0) throw staleError(msg("partMachineCenter", { no: input.no }));
      await writeAudit(tx, actor, {
        action: "machineCenter.delete",
        entityType: "MachineCenter",
        entityKey: input.no,
        changes: { name: center.name, workCenterNo: center.workCenterNo },
      });
      return { no: input.no };
    }),
  );
}
