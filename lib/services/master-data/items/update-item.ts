import { db } from "@/lib/db";
import { auditDiff, writeAudit, type Actor } from "@/lib/services/audit";
import { checkItemReferences, unitsWithBase } from "@/lib/services/master-data/items/item-references";
import { refuseRemovedUnitsInUse, refuseRemovedVariantsInUse } from "@/lib/services/master-data/items/item-referrers";
import { auditGrids, itemHeader, replaceItemRows } from "@/lib/services/master-data/items/item-rows";
import { notFoundError, staleError } from "@/lib/services/master-data/record-guards";
import type { UpdateItemInput } from "@/lib/validation/master-data/items";
import { msg } from "@/lib/i18n/domain-message";

/**
 * Saves the item card and its grids as the admin left them. The version must be the one the
 * form read; variants and units that orders, sales lines or BOM lines use cannot be removed.
 */
export async function updateItem(input: UpdateItemInput, actor: Actor) {
  return db.$transaction(async (tx) => {
    const before = await tx.item.findUnique({
      where: { no: input.no },
      include: { unitsOfMeasure: true, variants: true, stockkeepingUnits: true, inventory: true },
    });
    if (!before) throw notFoundError(msg("partItem", { no: input.no }), "no");
    await checkItemReferences(tx, input);
    const header = itemHeader(input);
    const bumped = await tx.item.updateMany({
      where: { no: input.no, version: input.version },
      data: { ...header, version: { increment: 1 } },
    });
    if (bumped.count === 0) throw staleError(msg("partItem", { no: input.no }));

    const units = unitsWithBase(input);
    const keptUnits = new Set(units.map((u) => u.code));
    await refuseRemovedUnitsInUse(
      tx,
      input.no,
      before.unitsOfMeasure.map((u) => u.code).filter((c) => !keptUnits.has(c)),
    );
    const keptVariants = new Set(input.variants.map((v) => v.code));
    await refuseRemovedVariantsInUse(
      tx,
      input.no,
      before.variants.map((v) => v.code).filter((c) => !keptVariants.has(c)),
    );
    await replaceItemRows(tx, input);

    const old = auditGrids({
      units: before.unitsOfMeasure,
      variants: before.variants,
      stockkeepingUnits: before.stockkeepingUnits,
      inventory: before.inventory,
    });
    const now = auditGrids({ ...input, units });
    const grids = Object.fromEntries(
      (Object.keys(now) as (keyof typeof now)[]).filter((k) => old[k].join("|") !== now[k].join("|")).map((k) => [k, [old[k], now[k]]]),
    );
    await writeAudit(tx, actor, {
      action: "item.update",
      entityType: "Item",
      entityKey: input.no,
      changes: { ...auditDiff(before, header), ...grids },
    });
    return { no: input.no, version: before.version + 1 };
  });
}
