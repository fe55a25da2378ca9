import { db } from "@/lib/db";
import { auditDiff, writeAudit, type Actor } from "@/lib/services/audit";
import { isUniqueViolation } from "@/lib/services/db-errors";
import { DomainError } from "@/lib/errors";
import { productionOrdersWhere, refuseIfReferenced, staleError, withForeignKeyGuard } from "@/lib/services/master-data/record-guards";
import {
  auditSalesLines, checkSalesReferences, documentName, headerData, salesLineRows,
} from "@/lib/services/master-data/sales-documents/sales-document-rules";
import type {
  CreateSalesDocumentInput, DeleteSalesDocumentInput, UpdateSalesDocumentInput,
} from "@/lib/validation/master-data/sales-documents";
import { msg } from "@/lib/i18n/domain-message";

// Sales orders and quotes with their lines: create, change, delete. The key is Document Type + No.

const entityOf = (input: { documentType: "ORDER" | "QUOTE"; no: string }) => msg(input.documentType === "ORDER" ? "partSalesOrder" : "partSalesQuote", { no: input.no });
const keyOf = (input: { documentType: "ORDER" | "QUOTE"; no: string }) => ({ documentType_no: { documentType: input.documentType, no: input.no } });
const exists = (input: { documentType: "ORDER" | "QUOTE"; no: string }) =>
  new DomainError("EXISTS", msg("recordExists", { record: documentName(input) }), "no");
const missing = (input: { documentType: "ORDER" | "QUOTE"; no: string }) =>
  new DomainError("NOT_FOUND", msg("recordNotFound", { record: documentName(input) }), "no");

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
      const deleted = await tx.salesHeader.deleteMany({ where: { documentType: input.documentType, no: input.no, version: input.version } });
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
