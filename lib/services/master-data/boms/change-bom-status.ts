import { db } from "@/lib/db";
import type { BomStatus } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/errors";
import { writeAudit, type Actor } from "@/lib/services/audit";
import { checkBomLines, checkUnitOfMeasure, firstError, storedLineRefs } from "@/lib/services/master-data/boms/bom-lines";
import { assertNoBomCycle, lockBomStructure } from "@/lib/services/master-data/boms/cycle";
import { bomLabel, notFound, RecordChangedError } from "@/lib/services/master-data/boms/guards";
import { canChangeStatus, statusChangeMessage } from "@/lib/domain/bom/status-rules";
import type { Tx } from "@/lib/services/tx";
import type { ChangeBomStatusInput } from "@/lib/validation/master-data/bom";
import { msg, type Message } from "@/lib/i18n/domain-message";

/**
 * Changes the status of a production BOM or of one of its versions along the allowed
 * transitions. Certifying checks the stored record once more: at least one line, units of
 * measure that exist for the items, no cycle through any version.
 */
export async function changeBomStatus(input: ChangeBomStatusInput, actor: Actor) {
  const { no, versionCode } = input;
  const label = bomLabel(no, versionCode);
  return db.$transaction(async (tx) => {
    await lockBomStructure(tx);
    const current = versionCode
      ? await tx.productionBomVersion.findUnique({ where: { bomNo_versionCode: { bomNo: no, versionCode } } })
      : await tx.productionBom.findUnique({ where: { no } });
    if (!current) notFound(versionCode ? msg("partBomVersionKey", { key: `${no} ${versionCode}` }) : msg("partBom", { no }));
    if (current.status === input.status) return { no, versionCode, version: current.version };
    if (!canChangeStatus(current.status, input.status)) {
      throw new DomainError("STATUS_CHANGE", statusChangeMessage(label, current.status, input.status), "status");
    }
    if (input.status === "CERTIFIED") await checkCertifiable(tx, label, no, versionCode, current.unitOfMeasureCode);
    const where = { version: input.version, status: current.status };
    const data = { status: input.status as BomStatus, version: { increment: 1 } };
    const bumped = versionCode
      ? await tx.productionBomVersion.updateMany({ where: { bomNo: no, versionCode, ...where }, data })
      : await tx.productionBom.updateMany({ where: { no, ...where }, data });
    if (bumped.count === 0) throw new RecordChangedError(label);
    await writeAudit(tx, actor, {
      action: "productionBom.status",
      entityType: "ProductionBom",
      entityKey: no,
      changes: { versionCode: versionCode ?? null, status: [current.status, input.status] },
    });
    return { no, versionCode, version: current.version + 1 };
  });
}

/** The checks before certifying (also run by the CSV import of production BOM headers). */
export async function checkCertifiable(tx: Tx, label: Message, no: string, versionCode: string | null, uom: string) {
  const lines = await tx.productionBomLine.findMany({ where: { bomNo: no, versionCode }, orderBy: { lineNo: "asc" } });
  if (lines.length === 0) throw new DomainError("BOM_NO_LINES", msg("recordNoLines", { record: label }), "status");
  const problem = firstError({
    ...(await checkUnitOfMeasure(tx, uom)),
    ...(await checkBomLines(tx, storedLineRefs(lines), { selfNo: no })),
  });
  if (problem) throw new DomainError("BOM_NOT_CERTIFIABLE", msg("recordNotCertifiable", { record: label, problem: problem[1] }), "status");
  await assertNoBomCycle(tx, no, lines, "status").catch((e: unknown) => {
    if (e instanceof DomainError) throw new DomainError(e.code, e.text, "status");
    throw e;
  });
}
