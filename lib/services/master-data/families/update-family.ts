import { db } from "@/lib/db";
import { auditDiff, writeAudit, type Actor } from "@/lib/services/audit";
import { auditLines, checkFamilyReferences, familyLineRows } from "@/lib/services/master-data/families/family-rows";
import { notFoundError, staleError } from "@/lib/services/master-data/record-guards";
import type { UpdateFamilyInput } from "@/lib/validation/master-data/families";
import { msg } from "@/lib/i18n/domain-message";

/** Changes a family; its lines are replaced as the grid shows them. */
export async function updateFamily(input: UpdateFamilyInput, actor: Actor) {
  return db.$transaction(async (tx) => {
    const before = await tx.family.findUnique({ where: { no: input.no }, include: { lines: { orderBy: { lineNo: "asc" } } } });
    if (!before) throw notFoundError(msg("partFamily", { no: input.no }), "no");
    await checkFamilyReferences(tx, input);
    const header = { description: input.description, routingNo: input.routingNo, blocked: input.blocked };
    const bumped = await tx.family.updateMany({
      where: { no: input.no, version: input.version },
      data: { ...header, version: { increment: 1 } },
    });
    if (bumped.count === 0) throw staleError(msg("partFamily", { no: input.no }));
    await tx.familyLine.deleteMany({ where: { familyNo: input.no } });
    await tx.familyLine.createMany({ data: familyLineRows(input.no, input.lines) });
    await writeAudit(tx, actor, {
      action: "family.update",
      entityType: "Family",
      entityKey: input.no,
      changes: { ...auditDiff(before, header), lines: [auditLines(before.lines), auditLines(input.lines)] },
    });
    return { no: input.no, version: before.version + 1 };
  });
}
