import { db } from "@/lib/db";
import { auditDiff, writeAudit, type Actor } from "@/lib/services/audit";
import { isUniqueViolation } from "@/lib/services/db-errors";
import {
  auditSalesLines,
  checkSalesReferences,
  headerData,
  salesLineRows,
  exists,
  keyOf,
} from "@/lib/services/master-data/sales-documents/sales-document-rows";
import type { CreateSalesDocumentInput } from "@/lib/validation/master-data/sales-documents";

/** Creates a sales order or quote with its lines (the key is Document Type + No.). */
export async function createSalesDocument(input: CreateSalesDocumentInput, actor: Actor) {
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.salesHeader.findUnique({ where: keyOf(input), select: { no: true } })) throw exists(input);
      await checkSalesReferences(tx, input);
      await tx.salesHeader.create({ data: { documentType: input.documentType, no: input.no, ...headerData(input) } });
      await tx.salesLine.createMany({ data: salesLineRows(input, new Set()) });
      await writeAudit(tx, actor, {
        action: "salesDocument.create",
        entityType: "SalesHeader",
        entityKey: `${input.documentType}/${input.no}`,
        changes: { ...auditDiff({}, headerData(input)), lines: auditSalesLines(input.lines) },
      });
      return { documentType: input.documentType, no: input.no, version: 1 };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw exists(input);
    throw e;
  }
}
