import { db } from "@/lib/db";
import { auditDiff, writeAudit, type Actor } from "@/lib/services/audit";
import { isUniqueViolation } from "@/lib/services/db-errors";
import { auditLines, checkFamilyReferences, familyLineRows } from "@/lib/services/master-data/families/family-rules";
import { existsError, notFoundError, productionOrdersWhere, refuseIfReferenced, staleError, withForeignKeyGuard } from "@/lib/services/master-data/record-guards";
import type { CreateFamilyInput, DeleteFamilyInput, UpdateFamilyInput } from "@/lib/validation/master-data/families";
import { msg } from "@/lib/i18n/domain-message";

// Family card: create, change (lines replaced as the grid shows them), delete.

export async function createFamily(input: CreateFamilyInput, actor: Actor) {
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.family.findUnique({ where: { no: input.no }, select: { no: true } })) throw existsError(msg("partFamily", { no: input.no }), "no");
      await checkFamilyReferences(tx, input);
      await tx.family.create({ data: { no: input.no, description: input.description, routingNo: input.routingNo, blocked: input.blocked } });
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

export async function updateFamily(input: UpdateFamilyInput, actor: Actor) {
  return db.$transaction(async (tx) => {
    const before = await tx.family.findUnique({ where: { no: input.no }, include: { lines: { orderBy: { lineNo: "asc" } } } });
    if (!before) throw notFoundError(msg("partFamily", { no: input.no }), "no");
    await checkFamilyReferences(tx, input);
    const header = { description: input.description, routingNo: input.routingNo, blocked: input.blocked };
    const bumped = await tx.family.updateMany({ where: { no: input.no, version: input.version }, data: { ...header, version: { increment: 1 } } });
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
