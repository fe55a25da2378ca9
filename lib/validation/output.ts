import { z } from "zod";
import { orderIdSchema, orderVersionSchema } from "@/lib/validation/order-key";
import { MAX_QUANTITY } from "@/lib/validation/production-order";
import { localizedSchema, parseDecimalText, type NumberLocale } from "@/lib/validation/decimal-text";
import { msg, zodMessage } from "@/lib/i18n/domain-message";

const lineUnknown = () => zodMessage("outputLineUnknown");

// The boundary of the Output dialog (BC's Production Journal reduced to output): the order and
// version it was opened on, the line, and the Output Quantity in the user's notation
// (negative corrects earlier output). Whether the order may take output is the service's rule.

const outputQuantitySchema = (locale: NumberLocale) =>
  z.preprocess(
    // Whatever arrives (form text, a JSON number, anything else) is read as decimal text: an
    // exponent, hex or an object is "must be a number", never a 500 further down.
    (v) =>
      v === undefined || v === null || (typeof v === "string" && v.trim() === "")
        ? undefined
        : (parseDecimalText(String(v), locale) ?? "NaN"),
    z
      .string(zodMessage("valueRequired", { field: msg("partOutputQuantity") }))
      .refine((s) => s !== "NaN" && Number.isFinite(Number(s)), {
        ...zodMessage("numberInvalid", { field: msg("partOutputQuantity") }),
        abort: true,
      })
      .refine((s) => Number(s) !== 0, { ...zodMessage("outputZero"), abort: true })
      .refine((s) => Math.abs(Number(s)) <= MAX_QUANTITY, {
        ...zodMessage("notGreaterThan", { field: msg("partOutputQuantity"), max: MAX_QUANTITY.toLocaleString(locale) }),
        abort: true,
      })
      .refine((s) => !/\.\d{6,}$/.test(s), zodMessage("decimals", { field: msg("partOutputQuantity"), decimals: 5 })),
  );

export const recordOutputSchema = localizedSchema((locale) =>
  z.object({
    id: orderIdSchema,
    version: orderVersionSchema,
    lineNo: z.coerce.number(lineUnknown()).int(lineUnknown()).positive(lineUnknown()).max(2_147_483_647, lineUnknown()),
    outputQuantity: outputQuantitySchema(locale),
  }),
);
export type RecordOutputInput = z.infer<typeof recordOutputSchema>;
