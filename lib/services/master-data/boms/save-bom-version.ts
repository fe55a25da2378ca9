import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { diffFields, writeAudit, type Actor } from "@/lib/services/audit";
import { checkBomLines, checkUnitOfMeasure, replaceBomLines } from "@/lib/services/master-data/boms/bom-lines";
import { assertNoBomCycle, lockBomStructure } from "@/lib/services/master-data/boms/cycle";
import { assertEditable, bomLabel, notFound, RecordChangedError, throwIfErrors } from "@/lib/services/master-data/boms/guards";
import type { SaveBomVersionInput } from "@/lib/validation/master-data/bom";
import { msg } from "@/lib/i18n/domain-message";

/**
 * Creates (no `version` posted) or saves a BOM version with its own lines. A version has its own
 * status: a Certified version is refused until set back to Under Development. The cycle check
 * covers the version's lines like the header's: all versions count.
 */
export async function saveBomVersion(input: SaveBomVersionInput, actor: Actor) {
  const { bomNo, versionCode } = input;
  const label = bomLabel(bomNo, versionCode);
  return db.$transaction(async (tx) => {
    await lockBomStructure(tx);
    const bom = await tx.productionBom.findUnique({ where: { no: bomNo }, select: { no: true } });
    if (!bom) notFound(msg("partBom", { no: bomNo }));
    const before = await tx.productionBomVersion.findUnique({ where: { bomNo_versionCode: { bomNo, versionCode } } });
    if (input.version === undefined && before) {
      throw new DomainError("BOM_VERSION_EXISTS", msg("recordExists", { record: label }), "versionCode");
    }
    if (input.version !== undefined && !before) throw new DomainError("NOT_FOUND", msg("recordNotFound", { record: label }), "versionCode");
    if (before) assertEditable(label, before.status);
    throwIfErrors({
      ...(await checkUnitOfMeasure(tx, input.unitOfMeasureCode)),
      ...(await checkBomLines(tx, input.lines, { selfNo: bomNo })),
    });
    await assertNoBomCycle(tx, bomNo, input.lines);
    const fields = { description: input.description, startingDate: input.startingDate, unitOfMeasureCode: input.unitOfMeasureCode };
    if (before) {
      const bumped = await tx.productionBomVersion.updateMany({
        where: { bomNo, versionCode, version: input.version, status: before.status },
        data: { ...fields, version: { increment: 1 } },
      });
      if (bumped.count === 0) throw new RecordChangedError(label);
    } else {
      await tx.productionBomVersion.create({ data: { bomNo, versionCode, ...fields, status: "NEW" } });
    }
    await replaceBomLines(tx, bomNo, versionCode, input.lines);
    await writeAudit(tx, actor, {
      action: before ? "productionBomVersion.update" : "productionBomVersion.create",
      entityType: "ProductionBom",
      entityKey: bomNo,
      changes: { versionCode, ...(before ? diffFields(before, fields) : {}), lines: input.lines.length },
    });
    return { no: bomNo, versionCode, version: (before?.version ?? 0) + 1 };
  });
}
