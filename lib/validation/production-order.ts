import { z } from "zod";
import { orderIdSchema, orderVersionSchema } from "@/lib/validation/order-key";
import { localizedSchema, parseDecimalText, type NumberLocale } from "@/lib/validation/decimal-text";
import { issueText, msg, zodMessage, type CaptionKey } from "@/lib/i18n/domain-message";

// The boundary of the production order forms and actions (PO-2, PO-11): every field arrives as
// untrusted input (FormData strings or JSON) and leaves as a typed value or a message.

export const MAX_QUANTITY = 999_999_999;
const DATE_MIN = "2000-01-01";
const DATE_MAX = "2099-12-31";

const text = (max: number, label: CaptionKey) =>
  z.preprocess(
    (v) => (v === null || v === undefined ? "" : v),
    z
      .string({ ...zodMessage("notText", { field: msg(label) }) })
      .trim()
      .max(max, { ...zodMessage("tooLong", { field: msg(label), max }), abort: true })
      // Control characters (a NUL byte cannot even be stored) are refused beside the field.
      .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), zodMessage("charsNotAllowed", { field: msg(label) })),
  );

/** Quantity as typed in `locale`'s notation (PO-8). */
export const quantityField = (locale: NumberLocale) =>
  z.preprocess(
    // Decimal notation of the user's locale only (decimal-text.ts): no hex, exponent or Infinity.
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(parseDecimalText(v, locale) ?? Number.NaN)) : v),
    z
      .number({ error: (i) => issueText(i, i.input === undefined ? msg("quantityRequired") : msg("quantityNumber")) })
      // abort: one message per field — the first rule broken, not every rule after it.
      .refine(Number.isFinite, { ...zodMessage("quantityNumber"), abort: true })
      .refine((n) => n > 0, { ...zodMessage("quantityPositive"), abort: true })
      .refine((n) => n <= MAX_QUANTITY, { ...zodMessage("quantityMaxDefault"), abort: true })
      .refine((n) => Math.abs(Math.round(n * 1e5) - n * 1e5) < 1e-6, zodMessage("quantityDecimals")),
  );

/** Quantity alone (tests and callers that parse one field): English, or `.forLocale(locale)`. */
export const quantitySchema = localizedSchema(quantityField);

/** An ISO date (yyyy-mm-dd) within a sane range; blank → undefined. */
export const optionalDateSchema = (label: CaptionKey) =>
  z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z
      .string({ ...zodMessage("dateNotDate", { field: msg(label) }) })
      // abort: "31-12-2026" gets one message, not "valid date" twice plus "between …".
      .regex(/^\d{4}-\d{2}-\d{2}$/, { ...zodMessage("dateInvalid", { field: msg(label) }), abort: true })
      .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
        ...zodMessage("dateInvalid", { field: msg(label) }),
        abort: true,
      })
      .refine((s) => s >= DATE_MIN && s <= DATE_MAX, zodMessage("dateRange", { field: msg(label), from: DATE_MIN, to: DATE_MAX }))
      .optional(),
  );

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

export const CREATABLE_STATUSES = ["SIMULATED", "PLANNED", "FIRM_PLANNED"] as const;
export const SOURCE_TYPES = ["ITEM", "FAMILY", "SALES_HEADER"] as const;

const statusSchema = z.enum(CREATABLE_STATUSES, { ...zodMessage("statusInvalid") });
const sourceTypeSchema = z.enum(SOURCE_TYPES, { ...zodMessage("sourceTypeInvalid") });
const sourceNoSchema = text(20, "partSourceNo").refine((s) => s.length > 0, zodMessage("sourceNoRequired"));

export const createProductionOrderSchema = localizedSchema((locale) =>
  z.object({
    status: z.preprocess((v) => (v === undefined || v === "" ? "FIRM_PLANNED" : v), statusSchema),
    no: text(20, "partNo"),
    sourceType: sourceTypeSchema,
    sourceNo: sourceNoSchema,
    variantCode: text(10, "partVariantCode"),
    // Sales Header orders may leave it blank: their lines come from the sales lines.
    quantity: z.preprocess((v) => (v === "" ? undefined : v), quantityField(locale).optional()),
    dueDate: optionalDateSchema("partDueDate"),
    locationCode: text(10, "partLocationCode"),
    refresh: checkbox.optional().default(false),
  }),
);
export type CreateProductionOrderInput = z.infer<typeof createProductionOrderSchema>;

export const updateProductionOrderSchema = localizedSchema((locale) =>
  z.object({
    id: orderIdSchema,
    version: orderVersionSchema,
    description: text(100, "partDescription"),
    description2: text(50, "partDescription2"),
    sourceType: sourceTypeSchema,
    sourceNo: sourceNoSchema,
    variantCode: text(10, "partVariantCode"),
    quantity: quantityField(locale),
    dueDate: optionalDateSchema("partDueDate"),
    locationCode: text(10, "partLocationCode"),
  }),
);
export type UpdateProductionOrderInput = z.infer<typeof updateProductionOrderSchema>;

export const orderRefSchema = z.object({
  id: orderIdSchema,
  version: orderVersionSchema.optional(),
});

const anyStatusSchema = z.enum(["SIMULATED", "PLANNED", "FIRM_PLANNED", "RELEASED", "FINISHED"], {
  ...zodMessage("anyStatusInvalid"),
});

export const sourceLookupSchema = z.object({
  sourceType: sourceTypeSchema,
  query: text(50, "partSearch"),
  status: z.preprocess((v) => (v === undefined || v === "" ? "FIRM_PLANNED" : v), anyStatusSchema),
});

/**
 * The preview reads exactly what create reads: a half-typed Quantity or Due Date is reported
 * beside its field rather than silently previewed as blank (which showed dates the order would
 * not get).
 */
export const previewProductionOrderSchema = createProductionOrderSchema;
