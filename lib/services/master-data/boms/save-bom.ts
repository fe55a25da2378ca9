import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { diffFields, writeAudit, type Actor } from "@/lib/services/audit";
import { isUniqueViolation } from "@/lib/services/db-errors";
import { checkBomLines, checkUnitOfMeasure, replaceBomLines } from "@/lib/services/master-data/boms/bom-lines";
import { assertNoBomCycle, lockBomStructure } from "@/lib/services/master-data/boms/cycle";
import { assertEditable, bomLabel, notFound, RecordChangedError, throwIfErrors } from "@/lib/services/master-data/boms/guards";
import type { Tx } from "@/lib/services/tx";
import type { BomLineInput, CreateBomInput, UpdateBomInput } from "@/lib/validation/master-data/bom";
import { msg } from "@/lib/i18n/domain-message";

function alreadyExists(no: string) {
  return new DomainError("BOM_EXISTS", msg("bomExists", { no }), "no");
}

/** The checks every save of header lines runs: units exist, referenced records exist, no cycle. */
async function checkHeaderAndLines(tx: Tx, no: string, unitOfMeasureCode: string, lines: BomLineInput[]) {
  throwIfErrors({ ...(await checkUnitOfMeasure(tx, unitOfMeasureCode)), ...(await checkBomLines(tx, lines, { selfNo: no })) });
  await assertNoBomCycle(tx, no, lines);
}

/** Creates a production BOM (Status New) with its lines; nothing is written when a check fails. */
export async function createProductionBom(input: CreateBomInput, actor: Actor) {
  try {
    return await db.$transaction(async (tx) => {
      await lockBomStructure(tx);
      if (await tx.productionBom.findUnique({ where: { no: input.no }, select: { no: true } })) throw alreadyExists(input.no);
      await checkHeaderAndLines(tx, input.no, input.unitOfMeasureCode, input.lines);
      await tx.productionBom.create({
        data: { no: input.no, description: input.description, unitOfMeasureCode: input.unitOfMeasureCode, status: "NEW" },
      });
      await replaceBomLines(tx, input.no, null, input.lines);
      await writeAudit(tx, actor, {
        action: "productionBom.create",
        entityType: "ProductionBom",
        entityKey: input.no,
        changes: { description: input.description, unitOfMeasureCode: input.unitOfMeasureCode, lines: input.lines.length },
      });
      return { no: input.no };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw alreadyExists(input.no);
    throw e;
  }
}

/**
 * Saves header fields and header lines as the editor left them (lines renumbered 10000, 20000, …).
 * A Certified or Closed BOM is refused; the version must be the one the editor read.
 */
export async function updateProductionBom(input: UpdateBomInput, actor: Actor) {
  return db.$transaction(async (tx) => {
    await lockBomStructure(tx);
    const before = await tx.productionBom.findUnique({ where: { no: input.no } });
    if (!before) notFound(msg("partBom", { no: input.no }));
    assertEditable(bomLabel(input.no), before.status);
    await checkHeaderAndLines(tx, input.no, input.unitOfMeasureCode, input.lines);
    const header = { description: input.description, unitOfMeasureCode: input.unitOfMeasureCode };
    const bumped = await tx.productionBom.updateMany({
      where: { no: input.no, version: input.version, status: before.status },
      data: { ...header, version: { increment: 1 } },
    });
    if (bumped.count === 0) throw new RecordChangedError(bomLabel(input.no));
    await replaceBomLines(tx, input.no, null, input.lines);
    await writeAudit(tx, actor, {
      action: "productionBom.update",
      entityType: "ProductionBom",
      entityKey: input.no,
      changes: { ...diffFields(before, header), lines: input.lines.length },
    });
    return { no: input.no, version: before.version + 1 };
  });
}
