import { z } from "zod";
import { localizedSchema, type NumberLocale } from "@/lib/validation/decimal-text";
import {
  codeField, numberField, optionalCodeField, optionalDateField, parseNumber, parseRows, textField, versionField,
} from "@/lib/validation/master-data/shared-fields";

// Sales orders and quotes with their lines. Item lines must name an existing item and
// locations must exist (the service checks what needs the database). Outstanding Quantity
// defaults to Quantity; Reserved Quantity cannot exceed what is outstanding.

export const DOCUMENT_TYPES = ["ORDER", "QUOTE"] as const;
export const LINE_TYPES = ["ITEM", "RESOURCE", "GL_ACCOUNT", "COMMENT"] as const;

const qty = (locale: NumberLocale, caption: string) => numberField(locale, caption, { min: 0, max: 1_000_000_000, fallback: 0 });

const salesLineRow = (locale: NumberLocale) => z
  .object({
    lineNo: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.coerce.number().int().positive().max(2_000_000_000).optional()),
    type: z.enum(LINE_TYPES, "Type must be Item, Resource, G/L Account or Comment.").default("ITEM"),
    no: optionalCodeField("No."),
    variantCode: optionalCodeField("Variant Code", 10),
    description: textField("Description", 100),
    quantity: qty(locale, "Quantity"),
    outstandingQuantity: z.unknown().optional(),
    reservedQuantity: qty(locale, "Reserved Quantity"),
    locationCode: optionalCodeField("Location Code", 10),
    shipmentDate: optionalDateField("Shipment Date"),
  })
  .transform((l, ctx) => {
    const blank = l.outstandingQuantity === undefined || l.outstandingQuantity === null || String(l.outstandingQuantity).trim() === "";
    const outstandingQuantity = blank
      ? l.quantity
      : parseNumber(locale, l.outstandingQuantity, "Outstanding Quantity", { min: 0, max: l.quantity }, ctx, ["outstandingQuantity"]);
    const issue = (field: string, message: string) => ctx.addIssue({ code: "custom", path: [field], message });
    if (l.type !== "COMMENT" && !l.no) issue("no", "No. must have a value.");
    if (l.type === "COMMENT" && l.quantity !== 0) issue("quantity", "A Comment line cannot have a Quantity.");
    if (l.type !== "ITEM" && l.variantCode) issue("variantCode", "Variant Code can only be used on Item lines.");
    if (typeof outstandingQuantity === "number" && l.reservedQuantity > outstandingQuantity) {
      issue("reservedQuantity", "Reserved Quantity cannot be greater than Outstanding Quantity.");
    }
    return { ...l, outstandingQuantity: outstandingQuantity as number };
  });
export type SalesLineInput = z.infer<ReturnType<typeof salesLineRow>>;

const documentType = z.enum(DOCUMENT_TYPES, "Document Type must be Order or Quote.");

const fields = {
  documentType,
  no: codeField("No."),
  sellToCustomerNo: optionalCodeField("Sell-to Customer No."),
  sellToName: textField("Sell-to Name", 100),
  shipToName: textField("Ship-to Name", 100),
  locationCode: optionalCodeField("Location Code", 10),
  shipmentDate: optionalDateField("Shipment Date"),
  status: z.enum(["OPEN", "RELEASED"], "Status must be Open or Released.").default("OPEN"),
  lines: z.unknown().optional(),
};

/** The lines, read in `locale`'s notation like the header. */
const withLines = (locale: NumberLocale) => {
  const lineRow = salesLineRow(locale);
  return <T extends { lines?: unknown }>(v: T, ctx: z.RefinementCtx) => {
    const lines = parseRows(v.lines, "lines", lineRow, ctx);
    const seen = new Set<number>();
    lines.forEach((l, i) => {
      if (!l?.lineNo) return;
      if (seen.has(l.lineNo)) ctx.addIssue({ code: "custom", path: [`lines.${i}.no`], message: `Line No. ${l.lineNo} appears twice.` });
      seen.add(l.lineNo);
    });
    return { ...v, lines };
  };
};

export const createSalesDocumentSchema = localizedSchema((locale) => z.strictObject(fields).transform(withLines(locale)));
export type CreateSalesDocumentInput = z.infer<typeof createSalesDocumentSchema>;

export const updateSalesDocumentSchema = localizedSchema((locale) => z.strictObject({ ...fields, version: versionField }).transform(withLines(locale)));
export type UpdateSalesDocumentInput = z.infer<typeof updateSalesDocumentSchema>;

export const deleteSalesDocumentSchema = z.strictObject({ documentType, no: codeField("No."), version: versionField });
export type DeleteSalesDocumentInput = z.infer<typeof deleteSalesDocumentSchema>;
