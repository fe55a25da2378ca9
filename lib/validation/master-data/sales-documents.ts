import { z } from "zod";
import { localizedSchema, type NumberLocale } from "@/lib/validation/decimal-text";
import {
  codeField,
  numberField,
  optionalCodeField,
  optionalDateField,
  parseNumber,
  parseRows,
  textField,
  versionField,
} from "@/lib/validation/master-data/shared-fields";
import { issueOf, msg, zodMessage, type CaptionKey, type Message } from "@/lib/i18n/domain-message";

// Sales orders and quotes with their lines. Item lines must name an existing item and
// locations must exist (the service checks what needs the database). Outstanding Quantity
// defaults to Quantity; Reserved Quantity cannot exceed what is outstanding.

export const DOCUMENT_TYPES = ["ORDER", "QUOTE"] as const;
export const LINE_TYPES = ["ITEM", "RESOURCE", "GL_ACCOUNT", "COMMENT"] as const;

const qty = (locale: NumberLocale, caption: CaptionKey) => numberField(locale, caption, { min: 0, max: 1_000_000_000, fallback: 0 });

const salesLineRow = (locale: NumberLocale) =>
  z
    .object({
      lineNo: z.preprocess(
        (v) => (v === "" || v === null ? undefined : v),
        z.coerce.number().int().positive().max(2_000_000_000).optional(),
      ),
      type: z.enum(LINE_TYPES, zodMessage("salesLineTypeInvalid")).default("ITEM"),
      no: optionalCodeField("partNo"),
      variantCode: optionalCodeField("partVariantCode", 10),
      description: textField("partDescription", 100),
      quantity: qty(locale, "partQuantity"),
      outstandingQuantity: z.unknown().optional(),
      reservedQuantity: qty(locale, "partReservedQuantity"),
      locationCode: optionalCodeField("partLocationCode", 10),
      shipmentDate: optionalDateField("partShipmentDate"),
    })
    .transform((l, ctx) => {
      const blank = l.outstandingQuantity === undefined || l.outstandingQuantity === null || String(l.outstandingQuantity).trim() === "";
      const outstandingQuantity = blank
        ? l.quantity
        : parseNumber(locale, l.outstandingQuantity, "partOutstandingQuantity", { min: 0, max: l.quantity }, ctx, ["outstandingQuantity"]);
      const issue = (field: string, m: Message) => ctx.addIssue({ code: "custom", path: [field], ...issueOf(m) });
      if (l.type !== "COMMENT" && !l.no) issue("no", msg("noRequired"));
      if (l.type === "COMMENT" && l.quantity !== 0) issue("quantity", msg("commentLineQuantity"));
      if (l.type !== "ITEM" && l.variantCode) issue("variantCode", msg("variantOnlyOnItemLines"));
      if (typeof outstandingQuantity === "number" && l.reservedQuantity > outstandingQuantity) {
        issue("reservedQuantity", msg("reservedAboveOutstanding"));
      }
      return { ...l, outstandingQuantity: outstandingQuantity as number };
    });
export type SalesLineInput = z.infer<ReturnType<typeof salesLineRow>>;

const documentType = z.enum(DOCUMENT_TYPES, zodMessage("documentTypeInvalid"));

const fields = {
  documentType,
  no: codeField("partNo"),
  sellToCustomerNo: optionalCodeField("partSellToCustomerNo"),
  sellToName: textField("partSellToName", 100),
  shipToName: textField("partShipToName", 100),
  locationCode: optionalCodeField("partLocationCode", 10),
  shipmentDate: optionalDateField("partShipmentDate"),
  status: z.enum(["OPEN", "RELEASED"], zodMessage("salesStatusInvalid")).default("OPEN"),
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
      if (seen.has(l.lineNo))
        ctx.addIssue({ code: "custom", path: [`lines.${i}.no`], ...issueOf(msg("salesLineNoDuplicate", { no: l.lineNo })) });
      seen.add(l.lineNo);
    });
    return { ...v, lines };
  };
};

export const createSalesDocumentSchema = localizedSchema((locale) => z.strictObject(fields).transform(withLines(locale)));
export type CreateSalesDocumentInput = z.infer<typeof createSalesDocumentSchema>;

export const updateSalesDocumentSchema = localizedSchema((locale) =>
  z.strictObject({ ...fields, version: versionField }).transform(withLines(locale)),
);
export type UpdateSalesDocumentInput = z.infer<typeof updateSalesDocumentSchema>;

export const deleteSalesDocumentSchema = z.strictObject({ documentType, no: codeField("partNo"), version: versionField });
export type DeleteSalesDocumentInput = z.infer<typeof deleteSalesDocumentSchema>;
