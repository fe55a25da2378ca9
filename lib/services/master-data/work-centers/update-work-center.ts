import { db } from "@/lib/db";
import { auditDiff, writeAudit, type Actor } from "@/lib/services/audit";
import { requireShopCalendar } from "@/lib/services/master-data/work-centers/create-work-center";
import { notFoundError, staleError } from "@/lib/services/master-data/record-guards";
import type { UpdateWorkCenterInput } from "@/lib/validation/master-data/work-centers";
import { msg } from "@/lib/i18n/domain-message";

/** Saves a work center card; a stale version is refused. */
export async function updateWorkCenter(input: UpdateWorkCenterInput, actor: Actor) {
  return db.$transaction(async (tx) => {
    const before = await tx.workCenter.findUnique({ where: { no: input.no } });
    if (!before) throw notFoundError(msg("partWorkCenter", { no: input.no }), "no");
    await requireShopCalendar(tx, input.shopCalendarCode);
    const { no, version, ...data } = input;
    const bumped = await tx.workCenter.updateMany({ where: { no, version }, data: { ...data, version: { increment: 1 } } });
    if (bumped.count === 0) throw staleError(msg("partWorkCenter", { no }));
    await writeAudit(tx, actor, { action: "workCenter.update", entityType: "WorkCenter", entityKey: no, changes: auditDiff(before, data) });
    return { no, version: before.version + 1 };
  });
}
