import { notFoundError } from "@/lib/services/master-data/record-guards";
import type { Tx } from "@/lib/services/tx";
import { msg } from "@/lib/i18n/domain-message";

// A machine center works its work center's shop calendar, so the work center must exist.

export async function requireWorkCenter(tx: Tx, no: string) {
  if (!(await tx.workCenter.findUnique({ where: { no }, select: { no: true } })))
    throw notFoundError(msg("partWorkCenter", { no }), "workCenterNo");
}
