import { db } from "@/lib/db";
import { writeAudit, type Actor } from "@/lib/services/audit";
import { isUniqueViolation } from "@/lib/services/db-errors";
import { checkItemReferences, unitsWithBase } from "@/lib/services/master-data/items/item-references";
import { auditGrids, itemHeader, replaceItemRows } from "@/lib/services/master-data/items/item-rows";
import { existsError } from "@/lib/services/master-data/record-guards";
import type { CreateItemInput } from "@/lib/validation/master-data/items";
import { msg } from "@/lib/i18n/domain-message";

/** Creates an item with its units of measure (base unit kept at Qty. 1), variants, SKUs and inventory. */
export async function createItem(input: CreateItemInput, actor: Actor) {
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.item.findUnique({ where: { no: input.no }, select: { no: true } }))
        throw existsError(msg("partItem", { no: input.no }), "no");
      await checkItemReferences(tx, input);
      await tx.item.create({ data: { no: input.no, ...itemHeader(input) } });
      await replaceItemRows(tx, input);
      await writeAudit(tx, actor, {
        action: "item.create",
        entityType: "Item",
        entityKey: input.no,
        changes: { ...itemHeader(input), ...auditGrids({ ...input, units: unitsWithBase(input) }) },
      });
      return { no: input.no, version: 1 };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw existsError(msg("partItem", { no: input.no }), "no");
    throw e;
  }
}
