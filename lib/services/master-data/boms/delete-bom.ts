import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { writeAudit, type Actor } from "@/lib/services/audit";
import { lockBomStructure } from "@/lib/services/master-data/boms/cycle";
import { bomLabel, notFound, RecordChangedError } from "@/lib/services/master-data/boms/guards";
import { inUseMessage, type Referrer } from "@/lib/services/master-data/where-used";
import type { Tx } from "@/lib/services/tx";
import type { DeleteBomInput } from "@/lib/validation/master-data/bom";
import { msg } from "@/lib/i18n/domain-message";

/** Who still uses the BOM (or one version): items, other BOMs' phantom lines, open orders. One query. */
async function bomReferrers(tx: Tx, no: string, versionCode: string | null): Promise<Referrer[]> {
  return tx.$queryRaw<Referrer[]>`
    SELECT 'item' AS kind, i.no AS key, NULL::text AS status FROM "Item" i
     WHERE i."productionBomNo" = ${no} AND ${versionCode}::text IS NULL
    UNION ALL
    SELECT DISTINCT 'bom', l."bomNo", NULL FROM "ProductionBomLine" l
     WHERE l.type = 'PRODUCTION_BOM' AND l.no = ${no} AND l."bomNo" <> ${no} AND ${versionCode}::text IS NULL
    UNION ALL
    SELECT DISTINCT 'order', o.no, o.status::text FROM "ProdOrderLine" pl JOIN "ProductionOrder" o ON o.id = pl."orderId"
     WHERE pl."productionBomNo" = ${no} AND o.status <> 'FINISHED'
       AND (${versionCode}::text IS NULL OR pl."productionBomVersion" = ${versionCode})
    ORDER BY 1, 2`;
}

/**
 * Deletes a production BOM with its versions and lines, or one version with its lines. Refused
 * while an item, another BOM or an open production order uses it; the message names them.
 */
export async function deleteProductionBom(input: DeleteBomInput, actor: Actor) {
  const { no, versionCode } = input;
  const label = bomLabel(no, versionCode);
  return db.$transaction(async (tx) => {
    await lockBomStructure(tx);
    const current = versionCode
      ? await tx.productionBomVersion.findUnique({ where: { bomNo_versionCode: { bomNo: no, versionCode } } })
      : await tx.productionBom.findUnique({ where: { no } });
    if (!current) notFound(msg("partBom", { no: versionCode ? `${no} ${versionCode}` : no }));
    const referrers = await bomReferrers(tx, no, versionCode);
    if (referrers.length) throw new DomainError("BOM_IN_USE", inUseMessage(label, referrers), "no");
    const deleted = versionCode
      ? await tx.productionBomVersion.deleteMany({ where: { bomNo: no, versionCode, version: input.version } })
      : await tx.productionBom.deleteMany({ where: { no, version: input.version } });
    if (deleted.count === 0) throw new RecordChangedError(label);
    await writeAudit(tx, actor, {
      action: versionCode ? "productionBomVersion.delete" : "productionBom.delete",
      entityType: "ProductionBom",
      entityKey: no,
      changes: { versionCode: versionCode ?? null, description: current.description },
    });
    return { no, versionCode };
  });
}
