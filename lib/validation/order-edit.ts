import { z } from "zod";
import { orderIdSchema, orderVersionSchema } from "@/lib/validation/order-key";
import { codeField, decimalField, optionalCode } from "@/lib/validation/master-data/fields";
import { optionalDateSchema, quantityField } from "@/lib/validation/production-order";
import { localizedSchema, type NumberLocale } from "@/lib/validation/decimal-text";

// The boundary of the card's subpage edits (issue 23 item 1): every change carries the order's
// id and the version it read and the row it changes. Decimals leave as canonical text
// ("1.5") so the exact value reaches PostgreSQL and expected-quantity.ts.

const rowIdSchema = z.coerce.number({ error: "The line is unknown. Reload the page." })
  .int("The line is unknown. Reload the page.").positive("The line is unknown. Reload the page.")
  .max(2_147_483_647, "The line is unknown. Reload the page.");

const orderKey = { id: orderIdSchema, version: orderVersionSchema };

/** A decimal of a numeric(…, scale) column: more decimals would be rounded silently, so they are refused. */
const scaledDecimal = (locale: NumberLocale, caption: string, scale: number, opts: { max?: number } = {}) =>
  decimalField(locale, caption, { min: 0, max: opts.max ?? 1e12 }).refine(
    (s) => (s.split(".")[1]?.length ?? 0) <= scale,
    `${caption} can have at most ${scale} decimals.`,
  );

const formulaSchema = z.enum(["NONE", "FIXED_QUANTITY"], { error: "Calculation Formula must be blank or Fixed Quantity." });

const componentFields = (locale: NumberLocale) => ({
  itemNo: codeField("Item No.", 20),
  quantityPer: scaledDecimal(locale, "Quantity per", 15, { max: 1e9 }),
  unitOfMeasureCode: optionalCode("Unit of Measure Code", 10),
  scrapPercent: scaledDecimal(locale, "Scrap %", 5, { max: 100 }),
  calculationFormula: formulaSchema.default("NONE"),
  locationCode: optionalCode("Location Code", 10),
});

export const changeComponentSchema = localizedSchema((locale) => z.object({ ...orderKey, componentId: rowIdSchema, ...componentFields(locale) }));
export type ChangeComponentInput = z.infer<typeof changeComponentSchema>;

export const addComponentSchema = localizedSchema((locale) => z.object({ ...orderKey, orderLineId: rowIdSchema, ...componentFields(locale) }));
export type AddComponentInput = z.infer<typeof addComponentSchema>;

export const deleteComponentSchema = z.object({ ...orderKey, componentId: rowIdSchema });
export type DeleteComponentInput = z.infer<typeof deleteComponentSchema>;

const routingTypeSchema = z.enum(["WORK_CENTER", "MACHINE_CENTER"], { error: "Type must be Work Center or Machine Center." });
/** A week of minutes per unit is already absurd; the scheduler's horizon refuses what does not fit. */
const MAX_MINUTES = 1e7;

const routingFields = (locale: NumberLocale) => ({
  type: routingTypeSchema,
  no: codeField("No.", 20),
  setupTime: scaledDecimal(locale, "Setup Time", 5, { max: MAX_MINUTES }),
  runTime: scaledDecimal(locale, "Run Time", 5, { max: MAX_MINUTES }),
  waitTime: scaledDecimal(locale, "Wait Time", 5, { max: MAX_MINUTES }),
  moveTime: scaledDecimal(locale, "Move Time", 5, { max: MAX_MINUTES }),
  sendAheadQuantity: scaledDecimal(locale, "Send-Ahead Quantity", 5, { max: 999_999_999 }),
});

export const changeRoutingLineSchema = localizedSchema((locale) => z.object({ ...orderKey, routingLineId: rowIdSchema, ...routingFields(locale) }));
export type ChangeRoutingLineInput = z.infer<typeof changeRoutingLineSchema>;

export const addRoutingLineSchema = localizedSchema((locale) => z.object({
  ...orderKey, orderLineId: rowIdSchema, ...routingFields(locale),
  operationNo: z.string({ error: "Operation No. must have a value." }).trim().min(1, "Operation No. must have a value.")
    .max(10, "Operation No. cannot be longer than 10 characters.")
    .regex(/^[A-Za-z0-9._-]+$/, "Operation No. may only contain letters, digits, '.', '_' and '-'."),
}));
export type AddRoutingLineInput = z.infer<typeof addRoutingLineSchema>;

export const deleteRoutingLineSchema = z.object({ ...orderKey, routingLineId: rowIdSchema });
export type DeleteRoutingLineInput = z.infer<typeof deleteRoutingLineSchema>;

export const changeOrderLineSchema = localizedSchema((locale) => z.object({
  ...orderKey,
  orderLineId: rowIdSchema,
  quantity: quantityField(locale),
  dueDate: optionalDateSchema("Due Date").refine((d) => d !== undefined, "Due Date must have a value."),
  locationCode: optionalCode("Location Code", 10),
}));
export type ChangeOrderLineInput = z.infer<typeof changeOrderLineSchema>;
