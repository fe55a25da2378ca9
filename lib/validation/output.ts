import { z } from "zod";
import { orderIdSchema, orderVersionSchema } from "@/lib/validation/order-key";
import { MAX_QUANTITY } from "@/lib/validation/production-order";
import { localizedSchema, parseDecimalText, type NumberLocale } from "@/lib/validation/decimal-text";

// The boundary of the Output dialog (BC's Production Journal reduced to output): the order and
// version it was opened on, the line, and the Output Quantity in the user's notation
// (negative corrects earlier output). Whether the order may take output is the service's rule.

const outputQuantitySchema = (locale: NumberLocale) => z.preprocess(
  // Whatever arrives (form text, a JSON number, anything else) is read as decimal text: an
  // exponent, hex or an object is "must be a number", never a 500 further down.
  (v) => (v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? undefined : parseDecimalText(String(v), locale) ?? "NaN"),
  z
    .string({ error: "Output Quantity must have a value." })
    .refine((s) => s !== "NaN" && Number.isFinite(Number(s)), { error: "Output Quantity must be a number.", abort: true })
    .refine((s) => Number(s) !== 0, { error: "Output Quantity must not be 0.", abort: true })
    .refine((s) => Math.abs(Number(s)) <= MAX_QUANTITY, { error: `Output Quantity cannot be greater than ${MAX_QUANTITY.toLocaleString("en")}.`, abort: true })
    .refine((s) => !/\.\d{6,}$/.test(s), "Output Quantity can have at most 5 decimals."),
);

export const recordOutputSchema = localizedSchema((locale) => z.object({
  id: orderIdSchema,
  version: orderVersionSchema,
  lineNo: z.coerce.number({ error: "The order line is unknown." }).int("The order line is unknown.").positive("The order line is unknown.").max(2_147_483_647, "The order line is unknown."),
  outputQuantity: outputQuantitySchema(locale),
}));
export type RecordOutputInput = z.infer<typeof recordOutputSchema>;
