import { db } from "@/lib/db";
import { writeAudit, type Actor } from "@/lib/services/audit";
import { itemReferrers } from "@/lib/services/master-data/items/item-referrers";
import { notFoundError, refuseIfReferenced, staleError, withForeignKeyGuard } from "@/lib/services/master-data/record-guards";
import type { DeleteItemInput } from "@/lib/validation/master-data/items";
import { msg } from "@/lib/i18n/domain-message";

/**
 * Deletes an item with its units, variants, SKUs and balances, unless BOM lines, production
 * orders, family lines or sales lines refer to it (the message names them).
 */
export async function deleteItem(input: DeleteItemInput, actor: Actor) {
  return withForeignKeyGuard(msg("partItem", { no: input.no }), () =>
    db.$transaction(async (tx) => {
      const item = await tx.item.findUnique({ where: { no: input.no } });
      if (!item) throw notFoundError(msg("partItem", { no: input.no }), "no");
      refuseIfReferenced(msg("partItem", { no: input.no }), await itemReferrers(tx, input.no));
      const deleted = await tx.item.deleteMany({ where: { no: input.no, version: input.version } });
      if (deleted.count === 0) throw staleError(msg("partItem", { no: input.no }));
      await writeAudit(tx, actor, {
        action: "item.delete",
        entityType: "Item",
        entityKey: input.no,
        changes: { description: item.description },
      });
      return { no: input.no };
    }),
  );
}
