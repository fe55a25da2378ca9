import { db } from "@/lib/db";
import { writeAudit, type Actor } from "@/lib/services/audit";
import { isUniqueViolation } from "@/lib/services/db-errors";
import { auditLines, checkFamilyReferences, familyLineRows } from "@/lib/services/master-data/families/family-rows";
import { existsError } from "@/lib/services/master-data/record-guards";
import type { CreateFamilyInput } from "@/lib/validation/master-data/families";
import { msg } from "@/lib/i18n/domain-message";

/** Creates a family with its lines (BC: Family card). */
export async function createFamily(input: CreateFamilyInput, actor: Actor) {
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.family.findUnique({ where: { no: input.no }, select: { no: true } }))
        throw existsError(msg("partFamily", { no: input.no }), "no");
      await checkFamilyReferences(tx, input);
      await tx.family.create({
        data: { no: input.no, description: input.description, routingNo: input.routingNo, blocked: input.blocked },
      });
      await tx.familyLine.createMany({ data: familyLineRows(input.no, input.lines) });
      await writeAudit(tx, actor, {
        action: "family.create",
        entityType: "Family",
        entityKey: input.no,
        changes: { description: input.description, routingNo: input.routingNo, blocked: input.blocked, lines: auditLines(input.lines) },
      });
      return { no: input.no, version: 1 };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw existsError(msg("partFamily", { no: input.no }), "no");
    throw e;
  }
}
