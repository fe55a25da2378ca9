import { DomainError, ValidationError, type FieldMessages } from "@/lib/errors";
import { missingKeys, salesDocumentName } from "@/lib/services/master-data/record-guards";
import type { Tx } from "@/lib/services/tx";
import type { CreateSalesDocumentInput } from "@/lib/validation/master-data/sales-documents";
import { msg, type Message } from "@/lib/i18n/domain-message";

// What a sales document must refer to: existing locations, and for Item lines an existing,
// unblocked item (and a variant of it). All mistakes are reported together, beside their cells.

type DocumentRefs = Pick<CreateSalesDocumentInput, "locationCode" | "lines">;

export const documentName = (input: { documentType: "ORDER" | "QUOTE"; no: string }) => salesDocumentName(input.documentType, input.no);

export async function checkSalesReferences(tx: Tx, input: DocumentRefs) {
  const fieldErrors: FieldMessages = {};
  const itemLines = input.lines.filter((l) => l.type === "ITEM" && l.no);
  const items = new Map(
    (
      await tx.item.findMany({
        where: { no: { in: [...new Set(itemLines.map((l) => l.no!))] } },
        select: { no: true, blocked: true, variants: { select: { code: true } } },
      })
    ).map((i) => [i.no, i]),
  );
  const missingLocations = await missingKeys([input.locationCode, ...input.lines.map((l) => l.locationCode)], async (codes) =>
    (await tx.location.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((l) => l.code),
  );
  if (input.locationCode && missingLocations.has(input.locationCode))
    fieldErrors.locationCode = [msg("locationNotFound", { code: input.locationCode })];
  input.lines.forEach((l, i) => {
    const at = (field: string, message: Message) => (fieldErrors[`lines.${i}.${field}`] = [message]);
    if (l.locationCode && missingLocations.has(l.locationCode)) at("locationCode", msg("locationNotFound", { code: l.locationCode }));
    if (l.type !== "ITEM" || !l.no) return;
    const item = items.get(l.no);
    if (!item) return at("no", msg("itemNotFound", { no: l.no }));
    if (item.blocked) at("no", msg("itemBlocked", { no: l.no }));
    if (l.variantCode && !item.variants.some((v) => v.code === l.variantCode))
      at("variantCode", msg("variantNotFound", { code: l.variantCode, no: l.no }));
  });
  if (Object.keys(fieldErrors).length) throw new ValidationError(fieldErrors);
}

/** Line rows to store: existing Line Nos. are kept, new lines continue after the highest. */
export function salesLineRows(input: CreateSalesDocumentInput, keptLineNos: Set<number>) {
  const kept = (l: { lineNo?: number }) => (l.lineNo && keptLineNos.has(l.lineNo) ? l.lineNo : 0);
  let highest = Math.max(0, ...input.lines.map(kept));
  return input.lines.map((l) => {
    const lineNo = kept(l) || (highest += 10000);
    return {
      documentType: input.documentType,
      documentNo: input.no,
      lineNo,
      type: l.type,
      no: l.no ?? "",
      itemNo: l.type === "ITEM" ? l.no : null,
      variantCode: l.variantCode ?? "",
      description: l.description,
      quantity: l.quantity,
      outstandingQuantity: l.outstandingQuantity,
      reservedQuantity: l.reservedQuantity,
      locationCode: l.locationCode,
      shipmentDate: l.shipmentDate ? new Date(`${l.shipmentDate}T00:00:00Z`) : null,
    };
  });
}

export const auditSalesLines = (lines: { lineNo?: number; type: string; no: string | null; quantity: unknown }[]) =>
  lines.map((l) => `${l.lineNo ?? "new"} ${l.type} ${l.no ?? ""} × ${String(l.quantity)}`);

export const headerData = (input: CreateSalesDocumentInput) => ({
  sellToCustomerNo: input.sellToCustomerNo ?? "",
  sellToName: input.sellToName,
  shipToName: input.shipToName,
  locationCode: input.locationCode,
  shipmentDate: input.shipmentDate ? new Date(`${input.shipmentDate}T00:00:00Z`) : null,
  status: input.status,
});

// The key, the caption and the two messages every sales-document use case speaks of.
export const entityOf = (input: { documentType: "ORDER" | "QUOTE"; no: string }) =>
  msg(input.documentType === "ORDER" ? "partSalesOrder" : "partSalesQuote", { no: input.no });
export const keyOf = (input: { documentType: "ORDER" | "QUOTE"; no: string }) => ({
  documentType_no: { documentType: input.documentType, no: input.no },
});
export const exists = (input: { documentType: "ORDER" | "QUOTE"; no: string }) =>
  new DomainError("EXISTS", msg("recordExists", { record: documentName(input) }), "no");
export const missing = (input: { documentType: "ORDER" | "QUOTE"; no: string }) =>
  new DomainError("NOT_FOUND", msg("recordNotFound", { record: documentName(input) }), "no");
