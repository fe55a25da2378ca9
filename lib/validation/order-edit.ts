import { z } from "zod";
import { orderIdSchema, orderVersionSchema } from "@/lib/validation/order-key";
import { codeField, decimalField, optionalCode } from "@/lib/validation/master-data/fields";
import { optionalDateSchema, quantityField } from "@/lib/validation/production-order";
import { localizedSchema, type NumberLocale } from "@/lib/validation/decimal-text";
import { msg, zodMessage, type CaptionKey } from "@/lib/i18n/domain-message";

// The boundary of the card's subpage edits (issue 23 item 1): every change carries the order's
// id and the version it read and the row it changes. Decimals leave as canonical text
// ("1.5") so the exact value reaches PostgreSQL and expected-quantity.ts.

const lineUnknown = () => zodMessage("orderEditLineUnknown");
const rowIdSchema = z.coerce.number(lineUnknown()).int(lineUnknown()).positive(lineUnknown()).max(2_147_483_647, lineUnknown());

const orderKey = { id: orderIdSchema, version: orderVersionSchema };

/** A decimal of a numeric(…, scale) column: more decimals would be rounded silently, so they are refused. */
const scaledDecimal = (locale: NumberLocale, caption: CaptionKey, scale: number, opts: { max?: number } = {}) =>
  decimalField(locale, caption, { min: 0, max: opts.max ?? 1e12 }).refine(
    (s) => (s.split(".")[1]?.length ?? 0) <= scale,
    zodMessage("decimals", { field: msg(caption), decimals: scale }),
  );

const formulaSchema = z.enum(["NONE", "FIXED_QUANTITY"], zodMessage("calculationFormulaInvalid"));

const componentFields = (locale: NumberLocale) => ({
  itemNo: codeField("partItemNo", 20),
  quantityPer: scaledDecimal(locale, "partQuantityPer", 15, { max: 1e9 }),
  unitOfMeasureCode: optionalCode("partUnitOfMeasureCode", 10),
  scrapPercent: scaledDecimal(locale, "partScrapPercent", 5, { max: 100 }),
  calculationFormula: formulaSchema.default("NONE"),
  locationCode: optionalCode("partLocationCode", 10),
});

export const changeComponentSchema = localizedSchema((locale) =>
  z.object({ ...orderKey, componentId: rowIdSchema, ...componentFields(locale) }),
);
export type ChangeComponentInput = z.infer<typeof changeComponentSchema>;

export const addComponentSchema = localizedSchema((locale) =>
  z.object({ ...orderKey, orderLineId: rowIdSchema, ...componentFields(locale) }),
);
export type AddComponentInput = z.infer<typeof addComponentSchema>;

export const deleteComponentSchema = z.object({ ...orderKey, componentId: rowIdSchema });
export type DeleteComponentInput = z.infer<typeof deleteComponentSchema>;

const routingTypeSchema = z.enum(["WORK_CENTER", "MACHINE_CENTER"], zodMessage("routingLineTypeInvalid"));
/** A week of minutes per unit is already absurd; the scheduler's horizon refuses what does not fit. */
const MAX_MINUTES = 1e7;

const routingFields = (locale: NumberLocale) => ({
  type: routingTypeSchema,
  no: codeField("partNo", 20),
  setupTime: scaledDecimal(locale, "partSetupTime", 5, { max: MAX_MINUTES }),
  runTime: scaledDecimal(locale, "partRunTime", 5, { max: MAX_MINUTES }),
  waitTime: scaledDecimal(locale, "partWaitTime", 5, { max: MAX_MINUTES }),
  moveTime: scaledDecimal(locale, "partMoveTime", 5, { max: MAX_MINUTES }),
  sendAheadQuantity: scaledDecimal(locale, "partSendAheadQuantity", 5, { max: 999_999_999 }),
});

export const changeRoutingLineSchema = localizedSchema((locale) =>
  z.object({ ...orderKey, routingLineId: rowIdSchema, ...routingFields(locale) }),
);
export type ChangeRoutingLineInput = z.infer<typeof changeRoutingLineSchema>;

/**
 * A Starting Date-Time as the timeline and a datetime-local field send it ("2027-03-18T10:15"):
 * UTC, like every stored date-time; within the dates a user may type (2000 … 2099).
 */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,3})?)?Z?$/;
const dateTimeField = (caption: CaptionKey) =>
  z
    .string(zodMessage("dateNotDate", { field: msg(caption) }))
    .trim()
    .regex(DATE_TIME, { ...zodMessage("dateInvalid", { field: msg(caption) }), abort: true })
    .transform((s) => new Date(s.endsWith("Z") ? s : `${s}Z`))
    .refine((d) => !Number.isNaN(d.getTime()), { ...zodMessage("dateInvalid", { field: msg(caption) }), abort: true })
    .refine(
      (d) => d.toISOString() >= "2000-01-01" && d.toISOString() < "2100-01-01",
      zodMessage("dateRange", { field: msg(caption), from: "2000-01-01", to: "2099-12-31" }),
    );

/** The timeline's drag (issue 23 item 3): a new Starting Date-Time for one operation, its times kept. */
export const moveOperationSchema = z.object({
  ...orderKey,
  routingLineId: rowIdSchema,
  startingDateTime: dateTimeField("partStartingDateTime"),
});
export type MoveOperationInput = z.infer<typeof moveOperationSchema>;

export const addRoutingLineSchema = localizedSchema((locale) =>
  z.object({
    ...orderKey,
    orderLineId: rowIdSchema,
    ...routingFields(locale),
    operationNo: z
      .string(zodMessage("valueRequired", { field: msg("partOperationNo") }))
      .trim()
      .min(1, zodMessage("valueRequired", { field: msg("partOperationNo") }))
      .max(10, zodMessage("tooLong", { field: msg("partOperationNo"), max: 10 }))
      .regex(/^[A-Za-z0-9._-]+$/, zodMessage("codeChars", { field: msg("partOperationNo") })),
  }),
);
export type AddRoutingLineInput = z.infer<typeof addRoutingLineSchema>;

export const deleteRoutingLineSchema = z.object({ ...orderKey, routingLineId: rowIdSchema });
export type DeleteRoutingLineInput = z.infer<typeof deleteRoutingLineSchema>;

export const changeOrderLineSchema = localizedSchema((locale) =>
  z.object({
    ...orderKey,
    orderLineId: rowIdSchema,
    quantity: quantityField(locale),
    dueDate: optionalDateSchema("partDueDate").refine((d) => d !== undefined, zodMessage("orderEditDueDateRequired")),
    locationCode: optionalCode("partLocationCode", 10),
  }),
);
export type ChangeOrderLineInput = z.infer<typeof changeOrderLineSchema>;
