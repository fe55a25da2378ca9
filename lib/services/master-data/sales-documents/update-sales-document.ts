import { db } from "@/lib/db";
import { auditDiff, writeAudit, type Actor } from "@/lib/services/audit";
import { staleError } from "@/lib/services/master-data/record-guards";
import {
  auditSalesLines,
  checkSalesReferences,
  headerData,
  salesLineRows,
  entityOf,
  keyOf,
  missing,
} from "@/lib/services/master-data/sales-documents/sales-document-rows";
import type { UpdateSalesDocumentInput } from "@/lib/validation/master-data/sales-documents";

/** Changes a sales document; its lines are replaced as the grid shows them, keeping their Line Nos. */
export async function updateSalesDocument(input: UpdateSalesDocumentInput, actor: Actor) {
  return db.$transaction(async (tx) => {
    const before = await tx.salesHeader.findUnique({ where: keyOf(input), include: { lines: { orderBy: { lineNo: "asc" } } } });
    if (!before) throw missing(input);
    await checkSalesReferences(tx, input);
    const header = headerData(input);
    const bumped = await tx.salesHeader.updateMany({
      where: { documentType: input.documentType, no: input.no, version: input.version },
      data: { ...header, version: { increment: 1 } },
    });
    if (bumped.count === 0) throw staleError(entityOf(input));
    await tx.salesLine.deleteMany({ where: { documentType: input.documentType, documentNo: input.no } });
    await tx.salesLine.createMany({ data: salesLineRows(input, new Set(before.lines.map((l) => l.lineNo))) });
    await writeAudit(tx, actor, {
      action: "salesDocument.update",
      entityType: "SalesHeader",
      entityKey: `${input.documentType}/${input.no}`,
      changes: { ...auditDiff(before, header), lines: [auditSalesLines(before.lines), auditSalesLines(input.lines)] },
    });
    return { documentType: input.documentType, no: input.no, version: before.version + 1 };
  });
}
