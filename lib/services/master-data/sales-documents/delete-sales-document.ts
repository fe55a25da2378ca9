import { db } from "@/lib/db";
import { writeAudit, type Actor } from "@/lib/services/audit";
import { productionOrdersWhere, refuseIfReferenced, staleError, withForeignKeyGuard } from "@/lib/services/master-data/record-guards";
import { entityOf, keyOf, missing } from "@/lib/services/master-data/sales-documents/sales-document-rows";
import type { DeleteSalesDocumentInput } from "@/lib/validation/master-data/sales-documents";

/** Deletes a sales document unless open production orders (not Finished) were made from it. */
export async function deleteSalesDocument(input: DeleteSalesDocumentInput, actor: Actor) {
  const entity = entityOf(input);
  return withForeignKeyGuard(entity, () =>
    db.$transaction(async (tx) => {
      const doc = await tx.salesHeader.findUnique({ where: keyOf(input), include: { lines: true } });
      if (!doc) throw missing(input);
      // BC's Source Type Sales Header points at sales orders only.
      if (input.documentType === "ORDER") {
        const orders = await productionOrdersWhere(tx, { status: { not: "FINISHED" }, sourceType: "SALES_HEADER", sourceNo: input.no });
        refuseIfReferenced(entity, orders);
      }
      const deleted = await tx.salesHeader.deleteMany({
        where: { documentType: input.documentType, no: input.no, version: input.version },
      });
      if (deleted.count === 0) throw staleError(entity);
      await writeAudit(tx, actor, {
        action: "salesDocument.delete",
        entityType: "SalesHeader",
        entityKey: `${input.documentType}/${input.no}`,
        changes: { sellToName: doc.sellToName, lines: doc.lines.length },
      });
      return { documentType: input.documentType, no: input.no };
    }),
  );
}
