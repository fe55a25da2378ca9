import { z } from "zod";
import { localizedSchema, type NumberLocale } from "@/lib/validation/decimal-text";
import {
  checkboxField,
  codeField,
  numberField,
  optionalCodeField,
  optionalDaysField,
  parseRows,
  refuseDuplicates,
  textField,
  versionField,
} from "@/lib/validation/master-data/shared-fields";
import { itemPlanningFields, refusePlanningCombinations, skuPlanningFields } from "@/lib/validation/master-data/planning-parameters";
import { issueOf, msg, zodMessage } from "@/lib/i18n/domain-message";

// Item card with its sub-grids: units of measure, variants, stockkeeping units (Routing No. and
// lead-time overrides) and inventory per location. Whatever needs the database (units, BOMs,
// routings and locations exist) is the service's job; the base unit's row (Qty. 1) is kept by it.

const itemUnitRow = (locale: NumberLocale) =>
  z.object({
    code: codeField("partCode", 10),
    qtyPerUnitOfMeasure: numberField(locale, "partQtyPerUnitOfMeasure", { min: 0, minExclusive: true, max: 1_000_000 }),
  });

export const itemVariantSchema = z.object({
  code: codeField("partCode", 10),
  description: textField("partDescription", 100),
  blocked: checkboxField,
});

const stockkeepingUnitRow = (locale: NumberLocale) =>
  z.object({
    locationCode: codeField("partLocationCode", 10),
    variantCode: optionalCodeField("partVariantCode", 10).transform((v) => v ?? ""),
    routingNo: optionalCodeField("partRoutingNo"),
    leadTimeDays: optionalDaysField(locale, "partLeadTimeCalculation"),
    safetyLeadTimeDays: optionalDaysField(locale, "partSafetyLeadTime"),
    ...skuPlanningFields(locale),
  });

const inventoryRow = (locale: NumberLocale) =>
  z.object({
    locationCode: codeField("partLocationCode", 10),
    variantCode: optionalCodeField("partVariantCode", 10).transform((v) => v ?? ""),
    quantity: numberField(locale, "partQuantity", { min: 0, max: 1_000_000_000 }),
  });

export type ItemUnitInput = z.infer<ReturnType<typeof itemUnitRow>>;
export type ItemVariantInput = z.infer<typeof itemVariantSchema>;
export type StockkeepingUnitInput = z.infer<ReturnType<typeof stockkeepingUnitRow>>;
export type InventoryInput = z.infer<ReturnType<typeof inventoryRow>>;

const fieldsFor = (locale: NumberLocale) => ({
  no: codeField("partNo"),
  description: textField("partDescription", 100),
  description2: textField("partDescription2", 50),
  baseUnitOfMeasure: codeField("partBaseUnitOfMeasure", 10),
  replenishmentSystem: z.enum(["PURCHASE", "PROD_ORDER"], zodMessage("replenishmentInvalid")).default("PURCHASE"),
  manufacturingPolicy: z.enum(["MAKE_TO_STOCK", "MAKE_TO_ORDER"], zodMessage("manufacturingPolicyInvalid")).default("MAKE_TO_STOCK"),
  productionBomNo: optionalCodeField("partProductionBomNo"),
  routingNo: optionalCodeField("partRoutingNo"),
  scrapPercent: numberField(locale, "partScrapPercent", { min: 0, max: 100, fallback: 0 }),
  leadTimeDays: numberField(locale, "partLeadTimeCalculation", { min: 0, max: 3650, integer: true, fallback: 0 }),
  safetyLeadTimeDays: optionalDaysField(locale, "partSafetyLeadTime"),
  unitCost: numberField(locale, "partUnitCost", { min: 0, max: 1_000_000_000, fallback: 0 }),
  blocked: checkboxField,
  productionBlocked: z.enum(["NONE", "OUTPUT"], zodMessage("productionBlockedInvalid")).default("NONE"),
  roundingPrecision: numberField(locale, "partRoundingPrecision", { min: 0, minExclusive: true, max: 1, fallback: 0.00001 }),
  ...itemPlanningFields(locale),
  units: z.unknown().optional(),
  variants: z.unknown().optional(),
  stockkeepingUnits: z.unknown().optional(),
  inventory: z.unknown().optional(),
});

/** The grids, read in `locale`'s notation like the card's own fields. */
const withGrids = (locale: NumberLocale) => {
  const rows = { units: itemUnitRow(locale), stockkeepingUnits: stockkeepingUnitRow(locale), inventory: inventoryRow(locale) };
  return <
    T extends { units?: unknown; variants?: unknown; stockkeepingUnits?: unknown; inventory?: unknown } & Parameters<
      typeof refusePlanningCombinations
    >[0],
  >(
    v: T,
    ctx: z.RefinementCtx,
  ) => {
    const units = parseRows(v.units, "units", rows.units, ctx);
    const variants = parseRows(v.variants, "variants", itemVariantSchema, ctx);
    const stockkeepingUnits = parseRows(v.stockkeepingUnits, "stockkeepingUnits", rows.stockkeepingUnits, ctx);
    const inventory = parseRows(v.inventory, "inventory", rows.inventory, ctx);
    refuseDuplicates(
      units,
      (u) => u.code,
      "units",
      "code",
      (c) => msg("unitDuplicate", { code: c }),
      ctx,
    );
    refuseDuplicates(
      variants,
      (r) => r.code,
      "variants",
      "code",
      (c) => msg("variantDuplicate", { code: c }),
      ctx,
    );
    const slot = (r: { locationCode: string; variantCode: string }) => `${r.locationCode}/${r.variantCode}`;
    const slotMessage = (k: string) => msg("locationVariantDuplicate", { key: k });
    refuseDuplicates(stockkeepingUnits, slot, "stockkeepingUnits", "locationCode", slotMessage, ctx);
    refuseDuplicates(inventory, slot, "inventory", "locationCode", slotMessage, ctx);
    // A stockkeeping unit or balance may only name a variant of this item.
    const codes = new Set(variants.filter(Boolean).map((r) => r.code));
    for (const [grid, rows] of [
      ["stockkeepingUnits", stockkeepingUnits],
      ["inventory", inventory],
    ] as const) {
      rows.forEach((r, i) => {
        if (r?.variantCode && !codes.has(r.variantCode)) {
          ctx.addIssue({
            code: "custom",
            path: [`${grid}.${i}.variantCode`],
            ...issueOf(msg("variantNotOfItem", { code: r.variantCode })),
          });
        }
      });
    }
    refusePlanningCombinations(v, stockkeepingUnits, ctx);
    return { ...v, units, variants, stockkeepingUnits, inventory };
  };
};

export const createItemSchema = localizedSchema((locale) => z.strictObject(fieldsFor(locale)).transform(withGrids(locale)));
export type CreateItemInput = z.infer<typeof createItemSchema>;

export const updateItemSchema = localizedSchema((locale) =>
  z.strictObject({ ...fieldsFor(locale), version: versionField }).transform(withGrids(locale)),
);
export type UpdateItemInput = z.infer<typeof updateItemSchema>;

export const deleteItemSchema = z.strictObject({ no: codeField("partNo"), version: versionField });
export type DeleteItemInput = z.infer<typeof deleteItemSchema>;
