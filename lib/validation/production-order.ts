import { z } from "zod";
import { orderIdSchema, orderVersionSchema } from "@/lib/validation/order-key";
import { localizedSchema, parseDecimalText, type NumberLocale } from "@/lib/validation/decimal-text";

// The boundary of the production order forms and actions (PO-2, PO-11): every field arrives as
// untrusted input (FormData strings or JSON) and leaves as a typed value or a message.

export const MAX_QUANTITY = 999_999_999;
const DATE_MIN = "2000-01-01";
const DATE_MAX = "2099-12-31";

const text = (max: number, label: string) =>
  z.preprocess(
    (v) => (v === null || v === undefined ? "" : v),
    z
      .string({ error: `${label} must be text.` })
      .trim()
      .max(max, { error: `${label} cannot be longer than ${max} characters.`, abort: true })
      // Control characters (a NUL byte cannot even be stored) are refused beside the field.
      .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), `${label} contains characters that are not allowed.`),
  );

/** Quantity as typed in `locale`'s notation (PO-8). */
export const quantityField = (locale: NumberLocale) =>
  z.preprocess(
    // Decimal notation of the user's locale only (decimal-text.ts): no hex, exponent or Infinity.
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(parseDecimalText(v, locale) ?? Number.NaN)) : v),
    z
      .number({ error: (i) => (i.input === undefined ? "Quantity must have a value." : "Quantity must be a number.") })
      // abort: one message per field — the first rule broken, not every rule after it.
      .refine(Number.isFinite, { error: "Quantity must be a number.", abort: true })
      .refine((n) => n > 0, { error: "Quantity must be greater than 0.", abort: true })
      .refine((n) => n <= MAX_QUANTITY, { error: `Quantity cannot be greater than ${MAX_QUANTITY.toLocaleString("en")}.`, abort: true })
      .refine((n) => Math.abs(Math.round(n * 1e5) - n * 1e5) < 1e-6, "Quantity can have at most 5 decimals."),
  );

/** Quantity alone (tests and callers that parse one field): English, or `.forLocale(locale)`. */
export const quantitySchema = localizedSchema(quantityField);

/** An ISO date (yyyy-mm-dd) within a sane range; blank → undefined. */
export const optionalDateSchema = (label: string) =>
  z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z
      .string({ error: `${label} must be a date.` })
      // abort: "31-12-2026" gets one message, not "valid date" twice plus "between …".
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label} must be a valid date.`, abort: true })
      .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
        error: `${label} must be a valid date.`,
        abort: true,
      })
      .refine((s) => s >= DATE_MIN && s <= DATE_MAX, `${label} must be between ${DATE_MIN} and ${DATE_MAX}.`)
      .optional(),
  );

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

export const CREATABLE_STATUSES = ["SIMULATED", "PLANNED", "FIRM_PLANNED"] as const;
export const SOURCE_TYPES = ["ITEM", "FAMILY", "SALES_HEADER"] as const;

const statusSchema = z.enum(CREATABLE_STATUSES, { error: "Status must be Simulated, Planned or Firm Planned." });
const sourceTypeSchema = z.enum(SOURCE_TYPES, { error: "Source Type must be Item, Family or Sales Header." });
const sourceNoSchema = text(20, "Source No.").refine((s) => s.length > 0, "Source No. must have a value.");

export const createProductionOrderSchema = localizedSchema((locale) => z.object({
  status: z.preprocess((v) => (v === undefined || v === "" ? "FIRM_PLANNED" : v), statusSchema),
  no: text(20, "No."),
  sourceType: sourceTypeSchema,
  sourceNo: sourceNoSchema,
  variantCode: text(10, "Variant Code"),
  // Sales Header orders may leave it blank: their lines come from the sales lines.
  quantity: z.preprocess((v) => (v === "" ? undefined : v), quantityField(locale).optional()),
  dueDate: optionalDateSchema("Due Date"),
  locationCode: text(10, "Location Code"),
  refresh: checkbox.optional().default(false),
}));
export type CreateProductionOrderInput = z.infer<typeof createProductionOrderSchema>;

export const updateProductionOrderSchema = localizedSchema((locale) => z.object({
  id: orderIdSchema,
  version: orderVersionSchema,
  description: text(100, "Description"),
  description2: text(50, "Description 2"),
  sourceType: sourceTypeSchema,
  sourceNo: sourceNoSchema,
  variantCode: text(10, "Variant Code"),
  quantity: quantityField(locale),
  dueDate: optionalDateSchema("Due Date"),
  locationCode: text(10, "Location Code"),
}));
export type UpdateProductionOrderInput = z.infer<typeof updateProductionOrderSchema>;

export const orderRefSchema = z.object({
  id: orderIdSchema,
  version: orderVersionSchema.optional(),
});

const anyStatusSchema = z.enum(["SIMULATED", "PLANNED", "FIRM_PLANNED", "RELEASED", "FINISHED"], {
  error: "Status must be Simulated, Planned, Firm Planned, Released or Finished.",
});

export const sourceLookupSchema = z.object({
  sourceType: sourceTypeSchema,
  query: text(50, "Search"),
  status: z.preprocess((v) => (v === undefined || v === "" ? "FIRM_PLANNED" : v), anyStatusSchema),
});

/**
 * The preview reads exactly what create reads: a half-typed Quantity or Due Date is reported
 * beside its field rather than silently previewed as blank (which showed dates the order would
 * not get).
 */
export const previewProductionOrderSchema = createProductionOrderSchema;
