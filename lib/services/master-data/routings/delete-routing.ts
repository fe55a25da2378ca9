import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { writeAudit, type Actor } from "@/lib/services/audit";
import { notFound, RecordChangedError, routingLabel } from "@/lib/services/master-data/boms/guards";
import { inUseMessage, type Referrer } from "@/lib/services/master-data/where-used";
import type { Tx } from "@/lib/services/tx";
import type { DeleteRoutingInput } from "@/lib/validation/master-data/routing";
import { msg } from "@/lib/i18n/domain-message";

/** Items, SKUs, families and open production orders (header or line) using the routing. One query. */
async function routingReferrers(tx: Tx, no: string, versionCode: string | null): Promise<Referrer[]> {
  return tx.$queryRaw<Referrer[]>`
    SELECT 'item' AS kind, i.no AS key, NULL::text AS status FROM "Item" i
     WHERE i."routingNo" = ${no} AND ${versionCode}::text IS NULL
    UNION ALL
    SELECT 'sku', concat_ws(' ', s."itemNo", nullif(s."variantCode", ''), s."locationCode"), NULL FROM "StockkeepingUnit" s
     WHERE s."routingNo" = ${no} AND ${versionCode}::text IS NULL
    UNION ALL
    SELECT 'family', f.no, NULL FROM "Family" f WHERE f."routingNo" = ${no} AND ${versionCode}::text IS NULL
    UNION
    SELECT 'order', o.no, o.status::text FROM "ProductionOrder" o
     WHERE o.status <> 'FINISHED' AND (
       (${versionCode}::text IS NULL AND o."routingNo" = ${no})
       OR EXISTS (SELECT 1 FROM "ProdOrderLine" pl WHERE pl."orderId" = o.id AND pl."routingNo" = ${no}
                    AND (${versionCode}::text IS NULL OR pl."routingVersion" = ${versionCode})))
    ORDER BY 1, 2`;
}

/** Deletes a routing (with versions and lines) or one version; refused while anything uses it. */
export async function deleteRouting(input: DeleteRoutingInput, actor: Actor) {
  const { no, versionCode } = input;
  const label = routingLabel(no, versionCode);
  return db.$transaction(async (tx) => {
    const current = versionCode
      ? await tx.routingVersion.findUnique({ where: { routingNo_versionCode: { routingNo: no, versionCode } } })
      : await tx.routing.findUnique({ where: { no } });
    if (!current) notFound(msg("partRouting", { no: versionCode ? `${no} ${versionCode}` : no }));
    const referrers = await routingReferrers(tx, no, versionCode);
    if (referrers.length) throw new DomainError("ROUTING_IN_USE", inUseMessage(label, referrers), "no");
    const deleted = versionCode
      ? await tx.routingVersion.deleteMany({ where: { routingNo: no, versionCode, version: input.version } })
      : await tx.routing.deleteMany({ where: { no, version: input.version } });
    if (deleted.count === 0) throw new RecordChangedError(label);
    await writeAudit(tx, actor, {
      action: versionCode ? "routingVersion.delete" : "routing.delete",
      entityType: "Routing",
      entityKey: no,
      changes: { versionCode: versionCode ?? null, description: current.description },
    });
    return { no, versionCode };
  });
}
