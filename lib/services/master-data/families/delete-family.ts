import { db } from "@/lib/db";
import { writeAudit, type Actor } from "@/lib/services/audit";
import { auditLines } from "@/lib/services/master-data/families/family-rows";
import {
  notFoundError,
  productionOrdersWhere,
  refuseIfReferenced,
  staleError,
  withForeignKeyGuard,
} from "@/lib/services/master-data/record-guards";
import type { DeleteFamilyInput } from "@/lib/validation/master-data/families";
import { msg } from "@/lib/i18n/domain-message";

/** Deletes a family unless open production orders (not Finished) were made from it. */
export async function deleteFamily(input: DeleteFamilyInput, actor: Actor) {
  return withForeignKeyGuard(msg("partFamily", { no: input.no }), () =>
    db.$transaction(async (tx) => {
      const family = await tx.family.findUnique({ where: { no: input.no }, include: { lines: true } });
      if (!family) throw notFoundError(msg("partFamily", { no: input.no }), "no");
      const orders = await productionOrdersWhere(tx, { status: { not: "FINISHED" }, sourceType: "FAMILY", sourceNo: input.no });
      refuseIfReferenced(msg("partFamily", { no: input.no }), orders);
      const deleted = await tx.family.deleteMany({ where: { no: input.no, version: input.version } });
      if (deleted.count === 0) throw staleError(msg("partFamily", { no: input.no }));
      await writeAudit(tx, actor, {
        action: "family.delete",
        entityType: "Family",
        entityKey: input.no,
        changes: { description: family.description, lines: auditLines(family.lines) },
      });
      return { no: input.no };
    }),
  );
}
