import { db } from "@/lib/db";
import { writeAudit, type Actor } from "@/lib/services/audit";
import { notFoundError, refuseIfReferenced, staleError, withForeignKeyGuard } from "@/lib/services/master-data/record-guards";
import { machineCenterReferrers } from "@/lib/services/master-data/work-centers/work-center-references";
import type { DeleteMachineCenterInput } from "@/lib/validation/master-data/machine-centers";

/** Deletes a machine center unless routing lines or orders use it. */
export async function deleteMachineCenter(input: DeleteMachineCenterInput, actor: Actor) {
  return withForeignKeyGuard("Machine Center", input.no, () =>
    db.$transaction(async (tx) => {
      const center = await tx.machineCenter.findUnique({ where: { no: input.no } });
      if (!center) throw notFoundError("Machine Center", input.no, "no");
      refuseIfReferenced("Machine Center", input.no, await machineCenterReferrers(tx, input.no));
      const deleted = await tx.machineCenter.deleteMany({ where: { no: input.no, version: input.version } });
      if (deleted.count === 0) throw staleError("Machine Center", input.no);
      await writeAudit(tx, actor, { action: "machineCenter.delete", entityType: "MachineCenter", entityKey: input.no, changes: { name: center.name, workCenterNo: center.workCenterNo } });
      return { no: input.no };
    }),
  );
}
