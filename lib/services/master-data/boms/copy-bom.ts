import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { writeAudit, type Actor } from "@/lib/services/audit";
import { assertNoBomCycle, lockBomStructure } from "@/lib/services/master-data/boms/cycle";
import { BOM_LINES, copiedToItselfError, replaceLines } from "@/lib/services/master-data/copy-lines";
import { assertEditable, bomLabel, notFound, RecordChangedError } from "@/lib/services/master-data/boms/guards";
import type { CopyBomInput } from "@/lib/validation/master-data/bom";
import { msg } from "@/lib/i18n/domain-message";

/**
 * Copy BOM / Copy Version, as BC's "Production BOM-Copy".CopyBOM: the lines of the source (a
 * BOM's header or one of its versions) replace the lines of the target (this BOM's header or
 * version). The target must be New or Under Development; copying a record onto itself is
 * refused; a source that holds the target as a phantom (at any depth) would make a cycle and
 * is refused by the cycle check. Line numbers are kept, as BC keeps them. Set-based: one
 * DELETE and one INSERT … SELECT whatever the number of lines.
 */
export async function copyProductionBom(input: CopyBomInput, actor: Actor) {
  const { no, versionCode, fromNo, fromVersionCode } = input;
  const label = bomLabel(no, versionCode);
  if (no === fromNo && versionCode === fromVersionCode) throw copiedToItselfError(label);
  return db.$transaction(async (tx) => {
    await lockBomStructure(tx);
    const target = versionCode
      ? await tx.productionBomVersion.findUnique({ where: { bomNo_versionCode: { bomNo: no, versionCode } }, select: { status: true } })
      : await tx.productionBom.findUnique({ where: { no }, select: { status: true } });
    if (!target) notFound(versionCode ? msg("partBomVersionKey", { key: `${no} ${versionCode}` }) : msg("partBom", { no }));
    assertEditable(label, target.status);
    const source = fromVersionCode
      ? await tx.productionBomVersion.findUnique({
          where: { bomNo_versionCode: { bomNo: fromNo, versionCode: fromVersionCode } },
          select: { bomNo: true },
        })
      : await tx.productionBom.findUnique({ where: { no: fromNo }, select: { no: true } });
    if (!source) {
      if (fromVersionCode)
        throw new DomainError("NOT_FOUND", msg("recordNotFound", { record: bomLabel(fromNo, fromVersionCode) }), "fromVersionCode");
      throw new DomainError("NOT_FOUND", msg("recordNotFound", { record: msg("partBom", { no: fromNo }) }), "fromNo");
    }
    const lines = await tx.productionBomLine.findMany({
      where: { bomNo: fromNo, versionCode: fromVersionCode },
      select: { type: true, no: true },
    });
    await assertNoBomCycle(tx, no, lines).catch((e: unknown) => {
      if (e instanceof DomainError) throw new DomainError(e.code, e.text, "fromNo");
      throw e;
    });
    const where = { version: input.version, status: target.status };
    const data = { version: { increment: 1 } };
    const bumped = versionCode
      ? await tx.productionBomVersion.updateMany({ where: { bomNo: no, versionCode, ...where }, data })
      : await tx.productionBom.updateMany({ where: { no, ...where }, data });
    if (bumped.count === 0) throw new RecordChangedError(label);
    await replaceLines(tx, BOM_LINES, { no, versionCode }, { no: fromNo, versionCode: fromVersionCode });
    await writeAudit(tx, actor, {
      action: "productionBom.copy",
      entityType: "ProductionBom",
      entityKey: no,
      changes: { versionCode: versionCode ?? null, fromNo, fromVersionCode: fromVersionCode ?? null, lines: lines.length },
    });
    return { no, versionCode, version: input.version + 1 };
  });
}
