import { db } from "@/lib/db";
import { writeAudit, type Actor } from "@/lib/services/audit";
import {
  notFoundError,
  ordersWithComponents,
  productionOrdersWhere,
  refuseIfReferenced,
  salesDocumentName,
  staleError,
  withForeignKeyGuard,
} from "@/lib/services/master-data/record-guards";
import { inTurn, type Tx } from "@/lib/services/tx";
import type { DeleteLocationInput } from "@/lib/validation/master-data/locations";
import { msg, type Message } from "@/lib/i18n/domain-message";

/** Deletes a location unless stockkeeping units, inventory, sales documents or orders use it. */
export async function deleteLocation(input: DeleteLocationInput, actor: Actor) {
  return withForeignKeyGuard(msg("partLocation", { code: input.code }), () =>
    db.$transaction(async (tx) => {
      const location = await tx.location.findUnique({ where: { code: input.code } });
      if (!location) throw notFoundError(msg("partLocation", { code: input.code }), "code");
      refuseIfReferenced(msg("partLocation", { code: input.code }), await locationReferrers(tx, input.code));
      const deleted = await tx.location.deleteMany({ where: { code: input.code, version: input.version } });
      if (deleted.count === 0) throw staleError(msg("partLocation", { code: input.code }));
      await writeAudit(tx, actor, {
        action: "location.delete",
        entityType: "Location",
        entityKey: input.code,
        changes: { name: location.name },
      });
      return { code: input.code };
    }),
  );
}

async function locationReferrers(tx: Tx, code: string): Promise<Message[]> {
  const take = 3;
  const [skus, balances, headers, lines, orders] = await inTurn(
    () =>
      tx.stockkeepingUnit.findMany({
        where: { locationCode: code },
        select: { itemNo: true, variantCode: true },
        orderBy: { itemNo: "asc" },
        take,
      }),
    () =>
      tx.inventoryBalance.findMany({
        where: { locationCode: code },
        select: { itemNo: true, variantCode: true },
        orderBy: { itemNo: "asc" },
        take,
      }),
    () =>
      tx.salesHeader.findMany({ where: { locationCode: code }, select: { documentType: true, no: true }, orderBy: { no: "asc" }, take }),
    () =>
      tx.salesLine.findMany({
        where: { locationCode: code },
        select: { documentType: true, documentNo: true },
        orderBy: { documentNo: "asc" },
        take,
      }),
    () =>
      ordersWithComponents(tx, { locationCode: code }).then((ids) =>
        productionOrdersWhere(tx, { OR: [{ locationCode: code }, { lines: { some: { locationCode: code } } }, { id: { in: ids } }] }),
      ),
  );
  return [
    ...skus.map((s) =>
      s.variantCode ? msg("partSkuOfItemVariant", { no: s.itemNo, variant: s.variantCode }) : msg("partSkuOfItem", { no: s.itemNo }),
    ),
    ...balances.map((b) =>
      b.variantCode
        ? msg("partInventoryOfItemVariant", { no: b.itemNo, variant: b.variantCode })
        : msg("partInventoryOfItem", { no: b.itemNo }),
    ),
    ...headers.map((h) => salesDocumentName(h.documentType, h.no)),
    ...lines.map((l) => salesDocumentName(l.documentType, l.documentNo)),
    ...orders,
  ];
}
