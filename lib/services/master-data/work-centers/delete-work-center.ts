import { db } from "@/lib/db";
import { writeAudit, type Actor } from "@/lib/services/audit";
import { notFoundError, refuseIfReferenced, staleError, withForeignKeyGuard } from "@/lib/services/master-data/record-guards";
import { workCenterReferrers } from "@/lib/services/master-data/work-centers/work-center-references";
import type { DeleteWorkCenterInput } from "@/lib/validation/master-data/work-centers";
import { msg } from "@/lib/i18n/domain-message";

/** Deletes a work center unless machine centers, routings or production orders use it. */
export async function deleteWorkCenter(input: DeleteWorkCenterInput, actor: Actor) {
  return withForeignKeyGuard(msg("partWorkCenter", { no: input.no }), () =>
    db.$transaction(async (tx) => {
      const center = await tx.workCenter.findUnique({ where: { no: input.no } });
      if (!center) throw notFoundError(msg("partWorkCenter", { no: input.no }), "no");
      refuseIfReferenced(msg("partWorkCenter", { no: input.no }), await workCenterReferrers(tx, input.no));
      const deleted = await tx.workCenter.deleteMany({ where: { no: input.no, version: input.version } });
      if (deleted.count === 0) throw staleError(msg("partWorkCenter", { no: input.no }));
      await writeAudit(tx, actor, {
        action: "workCenter.delete",
        entityType: "WorkCenter",
        entityKey: input.no,
        changes: { name: center.name },
      });
      return { no: input.no };
    }),
  );
}
