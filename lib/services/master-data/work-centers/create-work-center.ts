import { db } from "@/lib/db";
import { writeAudit, type Actor } from "@/lib/services/audit";
import { isUniqueViolation } from "@/lib/services/db-errors";
import { existsError, notFoundError } from "@/lib/services/master-data/record-guards";
import type { Tx } from "@/lib/services/tx";
import type { CreateWorkCenterInput } from "@/lib/validation/master-data/work-centers";
import { msg } from "@/lib/i18n/domain-message";

export async function requireShopCalendar(tx: Tx, code: string) {
  if (!(await tx.shopCalendar.findUnique({ where: { code }, select: { code: true } }))) {
    throw notFoundError(msg("partShopCalendar", { code }), "shopCalendarCode");
  }
}

/** Creates a work center on an existing shop calendar. */
export async function createWorkCenter(input: CreateWorkCenterInput, actor: Actor) {
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.workCenter.findUnique({ where: { no: input.no }, select: { no: true } }))
        throw existsError(msg("partWorkCenter", { no: input.no }), "no");
      await requireShopCalendar(tx, input.shopCalendarCode);
      await tx.workCenter.create({ data: input });
      const { no, ...changes } = input;
      await writeAudit(tx, actor, { action: "workCenter.create", entityType: "WorkCenter", entityKey: no, changes });
      return { no, version: 1 };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw existsError(msg("partWorkCenter", { no: input.no }), "no");
    throw e;
  }
}
