import { z } from "zod";
import type { NumberLocale } from "@/lib/validation/decimal-text";
import { parseNumber, optionalDaysField } from "@/lib/validation/master-data/shared-fields";
import {
  planningParameterProblems,
  REORDERING_POLICIES,
  resolvedParameters,
  type PlanningParameterValues,
} from "@/lib/domain/planning/parameter-rules";
import { issueOf, zodMessage, type CaptionKey } from "@/lib/i18n/domain-message";
import {
  PLANNING_PARAMETER_FIELDS,
  partCaptionKey,
  type PlanningParameterFieldDef,
  type PlanningParameterName,
  type PlanningParameterNameOf,
} from "@/lib/domain/planning/parameter-fields";

// PL-1 planning parameters on the item card and its stockkeeping units. The item's quantities
// default to 0 and its periods to blank; every field of a stockkeeping unit may stay blank (null),
// which means "as the item". The combinations are checked by lib/domain/planning/parameter-rules.ts.

const MAX_QUANTITY = 1_000_000_000;

/** "" = blank (not planned, or for a SKU: as the item). */
export const reorderingPolicyField = z
  .union([z.enum(REORDERING_POLICIES), z.literal("")], zodMessage("reorderingPolicyInvalid"))
  .nullish()
  .transform((v) => (v ? v : null));

const quantity = (locale: NumberLocale, caption: CaptionKey) =>
  z
    .unknown()
    .optional()
    .transform((v, ctx) => parseNumber(locale, v, caption, { min: 0, max: MAX_QUANTITY, fallback: 0 }, ctx));

/** A quantity that may stay blank (null). */
const optionalQuantity = (locale: NumberLocale, caption: CaptionKey) =>
  z
    .unknown()
    .optional()
    .transform((v, ctx) =>
      v === undefined || v === null || (typeof v === "string" && v.trim() === "")
        ? null
        : parseNumber(locale, v, caption, { min: 0, max: MAX_QUANTITY }, ctx),
    );

/** Yes/No that may stay blank (a SKU's Include Inventory): "" = as the item. */
const optionalYesNo = z
  .union([z.boolean(), z.enum(["true", "false", ""])])
  .nullish()
  .transform((v) => (v === true || v === "true" ? true : v === false || v === "false" ? false : null));

type QuantityDef = Extract<PlanningParameterFieldDef, { kind: "quantity" }>;
/** The quantities that are 0 unless set (Dampener Quantity's blank is Manufacturing Setup's). */
type DecimalKey = Exclude<QuantityDef, { blankIsSetupDefault: true }>["name"];
type DayKey = PlanningParameterNameOf<"days">;
const fieldsOf = <K extends PlanningParameterName>(keep: (f: PlanningParameterFieldDef) => boolean) =>
  PLANNING_PARAMETER_FIELDS.filter(keep).map((f) => [f.name as K, partCaptionKey(f)] as const);
const DECIMAL_FIELDS = fieldsOf<DecimalKey>((f) => f.kind === "quantity" && !("blankIsSetupDefault" in f));
const DAY_FIELDS = fieldsOf<DayKey>((f) => f.kind === "days");

/** The item card's planning fields (its Planning FastTab). */
export const itemPlanningFields = (locale: NumberLocale) => ({
  reorderingPolicy: reorderingPolicyField,
  ...(Object.fromEntries(DECIMAL_FIELDS.map(([k, caption]) => [k, quantity(locale, caption)])) as Record<
    DecimalKey,
    ReturnType<typeof quantity>
  >),
  ...(Object.fromEntries(DAY_FIELDS.map(([k, caption]) => [k, optionalDaysField(locale, caption)])) as Record<
    DayKey,
    ReturnType<typeof optionalDaysField>
  >),
  dampenerQuantity: optionalQuantity(locale, "partDampenerQuantity"),
  includeInventory: z
    .union([z.boolean(), z.enum(["on", "true", "false", "off", ""])])
    .optional()
    .transform((v) => v === true || v === "on" || v === "true"),
});

/** A stockkeeping unit's planning overrides: every one may stay blank (= the item's). */
export const skuPlanningFields = (locale: NumberLocale) => ({
  reorderingPolicy: reorderingPolicyField,
  ...(Object.fromEntries(DECIMAL_FIELDS.map(([k, caption]) => [k, optionalQuantity(locale, caption)])) as Record<
    DecimalKey,
    ReturnType<typeof optionalQuantity>
  >),
  ...(Object.fromEntries(DAY_FIELDS.map(([k, caption]) => [k, optionalDaysField(locale, caption)])) as Record<
    DayKey,
    ReturnType<typeof optionalDaysField>
  >),
  dampenerQuantity: optionalQuantity(locale, "partDampenerQuantity"),
  includeInventory: optionalYesNo,
});

/**
 * Reports the item's own combinations beside its fields, and each stockkeeping unit's (its blanks
 * taking the item's values) beside the SKU grid's cells (`stockkeepingUnits.<i>.<field>`).
 */
export function refusePlanningCombinations(
  item: PlanningParameterValues,
  skus: (Partial<Record<keyof PlanningParameterValues, unknown>> | undefined)[],
  ctx: z.RefinementCtx,
) {
  for (const p of planningParameterProblems(item)) ctx.addIssue({ code: "custom", path: [p.field], ...issueOf(p.message) });
  skus.forEach((sku, i) => {
    if (!sku) return;
    for (const p of planningParameterProblems(resolvedParameters(item, sku))) {
      // Only the SKU's own problems: the item's are reported once, on the item.
      if (sku[p.field] === null || sku[p.field] === undefined) {
        if (planningParameterProblems(item).some((q) => q.field === p.field)) continue;
      }
      ctx.addIssue({ code: "custom", path: [`stockkeepingUnits.${i}.${p.field}`], ...issueOf(p.message) });
    }
  });
}
