import { z } from "zod";
import { codeField, decimalField, MAX_DECIMAL, optionalCode, textField } from "@/lib/validation/master-data/fields";
import { REORDERING_POLICIES, REORDERING_POLICY_CAPTIONS } from "@/lib/domain/planning/parameter-rules";
import type { ReorderingPolicy } from "@/lib/domain/planning/types";
import {
  PLANNING_PARAMETER_FIELDS,
  planningParameterNames,
  type PlanningParameterFieldDef,
  type PlanningParameterName,
} from "@/lib/domain/planning/parameter-fields";
import { issueOf, msg, zodMessage, type CaptionKey, type MessageKey } from "@/lib/i18n/domain-message";

// The CSV import (admin): one row schema per kind, keyed by Business Central's column captions.
// A cell arrives as text; captions and option values are matched case-insensitively, and BC's
// option captions ("Prod. Order", "Make-to-Order", "Fixed Quantity") are what the file holds.

export const IMPORT_KINDS = [
  "items",
  "itemUnitsOfMeasure",
  "itemVariants",
  "stockkeepingUnits",
  "inventory",
  "productionBoms",
  "bomLines",
  "routings",
  "routingLines",
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

const option = <T extends string>(invalid: MessageKey, values: Record<string, T>, blank?: T) =>
  z
    .string()
    .nullish()
    .transform((v, ctx) => {
      const text = (v ?? "").trim().toLowerCase();
      if (text === "" && blank !== undefined) return blank;
      const hit = Object.entries(values).find(([k]) => k.toLowerCase() === text);
      if (hit) return hit[1];
      ctx.addIssue({ code: "custom", ...issueOf(msg(invalid)) });
      return z.NEVER;
    });

const yesNo = (caption: CaptionKey) =>
  z
    .string()
    .nullish()
    .transform((v, ctx) => {
      const text = (v ?? "").trim().toLowerCase();
      if (["", "no", "false", "0"].includes(text)) return false;
      if (["yes", "true", "1"].includes(text)) return true;
      ctx.addIssue({ code: "custom", ...issueOf(msg("yesNo", { field: msg(caption) })) });
      return z.NEVER;
    });

/** BC's date formula for a lead time in days: "5D", "5", blank. */
const days = (caption: CaptionKey, blank: number | null) =>
  z
    .string()
    .nullish()
    .transform((v, ctx) => {
      const text = (v ?? "").trim().toUpperCase();
      if (text === "") return blank;
      const m = /^(\d{1,4})D?$/.exec(text);
      if (!m) {
        ctx.addIssue({ code: "custom", ...issueOf(msg("daysFormula", { field: msg(caption) })) });
        return z.NEVER;
      }
      return Number(m[1]);
    });

const lineNo = z
  .string()
  .nullish()
  .transform((v, ctx) => {
    const text = (v ?? "").trim();
    if (text === "") return null;
    if (!/^\d{1,9}$/.test(text) || Number(text) < 1) {
      ctx.addIssue({ code: "custom", ...issueOf(msg("importLineNoInvalid")) });
      return z.NEVER;
    }
    return Number(text);
  });

/** PL-1 Reordering Policy by BC's caption (or the stored name); blank = not planned / as the item. */
const reorderingPolicy = z
  .string()
  .nullish()
  .transform((v, ctx): ReorderingPolicy | null => {
    const text = (v ?? "").trim().toLowerCase();
    if (text === "") return null;
    const hit = REORDERING_POLICIES.find((p) => p.toLowerCase() === text || REORDERING_POLICY_CAPTIONS[p].toLowerCase() === text);
    if (hit) return hit;
    ctx.addIssue({ code: "custom", ...issueOf(msg("reorderingPolicyInvalid")) });
    return z.NEVER;
  });

/** A quantity whose blank cell is null (a SKU's "as the item", the item's "setup default"). */
const optionalDecimal = (caption: CaptionKey) => decimalField("en", caption, { blank: "" }).transform((v) => (v === "" ? null : v));

/** Yes/No whose blank cell is null (a SKU's Include Inventory: as the item). */
const optionalYesNo = (caption: CaptionKey) =>
  z
    .string()
    .nullish()
    .transform((v, ctx) => {
      const text = (v ?? "").trim().toLowerCase();
      if (text === "") return null;
      if (["no", "false", "0"].includes(text)) return false;
      if (["yes", "true", "1"].includes(text)) return true;
      ctx.addIssue({ code: "custom", ...issueOf(msg("yesNo", { field: msg(caption) })) });
      return z.NEVER;
    });

const quantity = (sku: boolean, caption: CaptionKey) => (sku ? optionalDecimal(caption) : decimalField("en", caption));

const planningColumns = (sku: boolean) => ({
  reorderingPolicy,
  safetyStockQuantity: quantity(sku, "partSafetyStockQuantity"),
  reorderPoint: quantity(sku, "partReorderPoint"),
  reorderQuantity: quantity(sku, "partReorderQuantity"),
  maximumInventory: quantity(sku, "partMaximumInventory"),
  overflowLevel: quantity(sku, "partOverflowLevel"),
  timeBucketDays: days("partTimeBucket", null),
  lotAccumulationPeriodDays: days("partLotAccumulationPeriod", null),
  reschedulingPeriodDays: days("partReschedulingPeriod", null),
  dampenerPeriodDays: days("partDampenerPeriod", null),
  dampenerQuantity: optionalDecimal("partDampenerQuantity"),
  includeInventory: sku ? optionalYesNo("partIncludeInventory") : yesNo("partIncludeInventory"),
  minimumOrderQuantity: quantity(sku, "partMinimumOrderQuantity"),
  maximumOrderQuantity: quantity(sku, "partMaximumOrderQuantity"),
  orderMultiple: quantity(sku, "partOrderMultiple"),
});

/** PL-1 columns of the items and stockkeeping-unit files, by BC's captions (as the export writes them). */
const PLANNING_IMPORT_COLUMNS = Object.fromEntries(PLANNING_PARAMETER_FIELDS.map((f) => [f.caption, f.name])) as Record<
  PlanningParameterFieldDef["caption"],
  PlanningParameterName
>;
const PLANNING_DECIMAL_KEYS = planningParameterNames("quantity");

export const itemRowSchema = z.object({
  no: codeField("partNo", 20),
  description: textField("partDescription", 100),
  description2: textField("partDescription2", 50),
  baseUnitOfMeasure: codeField("partBaseUnitOfMeasure", 10),
  replenishmentSystem: option(
    "replenishmentInvalid",
    { Purchase: "PURCHASE", "Prod. Order": "PROD_ORDER", PROD_ORDER: "PROD_ORDER" } as const,
    "PURCHASE",
  ),
  manufacturingPolicy: option(
    "manufacturingPolicyInvalid",
    {
      "Make-to-Stock": "MAKE_TO_STOCK",
      "Make-to-Order": "MAKE_TO_ORDER",
      MAKE_TO_STOCK: "MAKE_TO_STOCK",
      MAKE_TO_ORDER: "MAKE_TO_ORDER",
    } as const,
    "MAKE_TO_STOCK",
  ),
  productionBomNo: optionalCode("partProductionBomNo", 20),
  routingNo: optionalCode("partRoutingNo", 20),
  scrapPercent: decimalField("en", "partScrapPercent", { max: 100 }),
  leadTimeDays: days("partLeadTimeCalculation", 0).transform((v) => v ?? 0),
  safetyLeadTimeDays: days("partSafetyLeadTime", null),
  unitCost: decimalField("en", "partUnitCost"),
  blocked: yesNo("partBlocked"),
  productionBlocked: z
    .string()
    .nullish()
    .transform((v, ctx) => {
      const text = (v ?? "").trim().toLowerCase();
      if (text === "") return "NONE" as const;
      if (text === "output") return "OUTPUT" as const;
      ctx.addIssue({ code: "custom", ...issueOf(msg("productionBlockedInvalid")) });
      return z.NEVER;
    }),
  roundingPrecision: decimalField("en", "partRoundingPrecision", { min: 0.00001, max: 1000, blank: "0.00001" }),
  ...planningColumns(false),
});
export type ItemRow = z.infer<typeof itemRowSchema>;

export const bomLineRowSchema = z.object({
  bomNo: codeField("partProductionBomNo", 20),
  versionCode: optionalCode("partVersionCode", 20),
  lineNo,
  type: option(
    "bomLineTypeInvalid",
    { Item: "ITEM", "Production BOM": "PRODUCTION_BOM", PRODUCTION_BOM: "PRODUCTION_BOM" } as const,
    "ITEM",
  ),
  no: codeField("partNo", 20),
  quantityPer: decimalField("en", "partQuantityPer"),
  unitOfMeasureCode: optionalCode("partUnitOfMeasureCode", 10),
  scrapPercent: decimalField("en", "partScrapPercent", { max: 100 }),
  routingLinkCode: textField("partRoutingLinkCode", 10).transform((s) => s.toUpperCase()),
  calculationFormula: option(
    "calculationFormulaFixed",
    { "Fixed Quantity": "FIXED_QUANTITY", FIXED_QUANTITY: "FIXED_QUANTITY" } as Record<string, "NONE" | "FIXED_QUANTITY">,
    "NONE",
  ),
});
export type BomLineRow = z.infer<typeof bomLineRowSchema>;

export const routingLineRowSchema = z.object({
  routingNo: codeField("partRoutingNo", 20),
  versionCode: optionalCode("partVersionCode", 20),
  operationNo: codeField("partOperationNo", 10),
  type: option(
    "routingLineTypeInvalid",
    {
      "Work Center": "WORK_CENTER",
      "Machine Center": "MACHINE_CENTER",
      WORK_CENTER: "WORK_CENTER",
      MACHINE_CENTER: "MACHINE_CENTER",
    } as const,
    "WORK_CENTER",
  ),
  no: codeField("partNo", 20),
  description: textField("partDescription", 100),
  setupTime: decimalField("en", "partSetupTime"),
  runTime: decimalField("en", "partRunTime"),
  waitTime: decimalField("en", "partWaitTime"),
  moveTime: decimalField("en", "partMoveTime"),
  routingLinkCode: textField("partRoutingLinkCode", 10).transform((s) => s.toUpperCase()),
});
export type RoutingLineRow = z.infer<typeof routingLineRowSchema>;

/** BC's Status captions; the changes allowed are the editor's (lib/domain/bom/status-rules.ts). */
const status = z
  .string()
  .nullish()
  .transform((v, ctx) => {
    const text = (v ?? "")
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, " ");
    const hit = (["NEW", "CERTIFIED", "UNDER_DEVELOPMENT", "CLOSED"] as const).find((s) => s.toLowerCase().replace("_", " ") === text);
    if (hit) return hit;
    ctx.addIssue({ code: "custom", ...issueOf(msg("bomStatusInvalid")) });
    return z.NEVER;
  });

export const productionBomRowSchema = z.object({
  no: codeField("partNo", 20),
  description: textField("partDescription", 100),
  unitOfMeasureCode: codeField("partUnitOfMeasureCode", 10),
  status,
});
export type ProductionBomRow = z.infer<typeof productionBomRowSchema>;

export const routingRowSchema = z.object({
  no: codeField("partNo", 20),
  description: textField("partDescription", 100),
  status,
});
export type RoutingRow = z.infer<typeof routingRowSchema>;

// The item card's tables, keyed by Item No. (+ Code, or Variant Code + Location Code).
const variantCode = optionalCode("partVariantCode", 10).transform((v) => v ?? "");

export const itemUnitRowSchema = z.object({
  itemNo: codeField("partItemNo", 20),
  code: codeField("partCode", 10),
  qtyPerUnitOfMeasure: decimalField("en", "partQtyPerUnitOfMeasure", { min: 0.00001, blank: "1" }),
});
export type ItemUnitRow = z.infer<typeof itemUnitRowSchema>;

export const itemVariantRowSchema = z.object({
  itemNo: codeField("partItemNo", 20),
  code: codeField("partCode", 10),
  description: textField("partDescription", 100),
  blocked: yesNo("partBlocked"),
});
export type ItemVariantRow = z.infer<typeof itemVariantRowSchema>;

export const stockkeepingUnitRowSchema = z.object({
  itemNo: codeField("partItemNo", 20),
  variantCode,
  locationCode: codeField("partLocationCode", 10),
  routingNo: optionalCode("partRoutingNo", 20),
  leadTimeDays: days("partLeadTimeCalculation", null),
  safetyLeadTimeDays: days("partSafetyLeadTime", null),
  ...planningColumns(true),
});
export type StockkeepingUnitRow = z.infer<typeof stockkeepingUnitRowSchema>;

export const inventoryRowSchema = z.object({
  itemNo: codeField("partItemNo", 20),
  variantCode,
  locationCode: codeField("partLocationCode", 10),
  quantity: decimalField("en", "partQuantity", { min: -MAX_DECIMAL }),
});
export type InventoryRow = z.infer<typeof inventoryRowSchema>;

/** Column captions (the header row) → row keys, in the documented order. */
export const IMPORT_COLUMNS = {
  items: {
    "No.": "no",
    Description: "description",
    "Description 2": "description2",
    "Base Unit of Measure": "baseUnitOfMeasure",
    "Replenishment System": "replenishmentSystem",
    "Manufacturing Policy": "manufacturingPolicy",
    "Production BOM No.": "productionBomNo",
    "Routing No.": "routingNo",
    "Scrap %": "scrapPercent",
    "Lead Time Calculation": "leadTimeDays",
    "Safety Lead Time": "safetyLeadTimeDays",
    "Unit Cost": "unitCost",
    Blocked: "blocked",
    "Production Blocked": "productionBlocked",
    "Rounding Precision": "roundingPrecision",
    ...PLANNING_IMPORT_COLUMNS,
  },
  itemUnitsOfMeasure: { "Item No.": "itemNo", Code: "code", "Qty. per Unit of Measure": "qtyPerUnitOfMeasure" },
  itemVariants: { "Item No.": "itemNo", Code: "code", Description: "description", Blocked: "blocked" },
  stockkeepingUnits: {
    "Item No.": "itemNo",
    "Variant Code": "variantCode",
    "Location Code": "locationCode",
    "Routing No.": "routingNo",
    "Lead Time Calculation": "leadTimeDays",
    "Safety Lead Time": "safetyLeadTimeDays",
    ...PLANNING_IMPORT_COLUMNS,
  },
  inventory: { "Item No.": "itemNo", "Variant Code": "variantCode", "Location Code": "locationCode", Quantity: "quantity" },
  productionBoms: { "No.": "no", Description: "description", "Unit of Measure Code": "unitOfMeasureCode", Status: "status" },
  routings: { "No.": "no", Description: "description", Status: "status" },
  bomLines: {
    "Production BOM No.": "bomNo",
    "Version Code": "versionCode",
    "Line No.": "lineNo",
    Type: "type",
    "No.": "no",
    "Quantity per": "quantityPer",
    "Unit of Measure Code": "unitOfMeasureCode",
    "Scrap %": "scrapPercent",
    "Routing Link Code": "routingLinkCode",
    "Calculation Formula": "calculationFormula",
  },
  routingLines: {
    "Routing No.": "routingNo",
    "Version Code": "versionCode",
    "Operation No.": "operationNo",
    Type: "type",
    "No.": "no",
    Description: "description",
    "Setup Time": "setupTime",
    "Run Time": "runTime",
    "Wait Time": "waitTime",
    "Move Time": "moveTime",
    "Routing Link Code": "routingLinkCode",
  },
} as const satisfies Record<ImportKind, Record<string, string>>;

/**
 * Columns a file must have: the key of the record it writes. Every other column may be left out:
 * an import writes only the columns its header names (BC's configuration packages), so a record
 * that exists keeps what the file does not mention, and a new one gets the defaults.
 */
export const REQUIRED_COLUMNS: Record<ImportKind, readonly string[]> = {
  items: ["No."],
  itemUnitsOfMeasure: ["Item No.", "Code"],
  itemVariants: ["Item No.", "Code"],
  stockkeepingUnits: ["Item No.", "Location Code"],
  inventory: ["Item No.", "Location Code"],
  productionBoms: ["No."],
  routings: ["No."],
  bomLines: ["Production BOM No."],
  routingLines: ["Routing No.", "Operation No."],
};

/** Fields a NEW record must have (no default): a row that inserts without them is refused. */
export const INSERT_REQUIRED: Record<ImportKind, readonly string[]> = {
  items: ["Base Unit of Measure"],
  itemUnitsOfMeasure: [],
  itemVariants: [],
  stockkeepingUnits: [],
  inventory: [],
  productionBoms: ["Unit of Measure Code"],
  routings: [],
  bomLines: ["No."],
  routingLines: ["No."],
};

/** Row keys holding decimals: read with the user's decimal separator (lib/domain/number/decimal-notation.ts, mode "file"). */
export const DECIMAL_KEYS: Record<ImportKind, readonly string[]> = {
  items: ["scrapPercent", "unitCost", "roundingPrecision", ...PLANNING_DECIMAL_KEYS],
  itemUnitsOfMeasure: ["qtyPerUnitOfMeasure"],
  itemVariants: [],
  stockkeepingUnits: PLANNING_DECIMAL_KEYS,
  inventory: ["quantity"],
  productionBoms: [],
  routings: [],
  bomLines: ["quantityPer", "scrapPercent"],
  routingLines: ["setupTime", "runTime", "waitTime", "moveTime"],
};

export const ROW_SCHEMAS = {
  items: itemRowSchema,
  itemUnitsOfMeasure: itemUnitRowSchema,
  itemVariants: itemVariantRowSchema,
  stockkeepingUnits: stockkeepingUnitRowSchema,
  inventory: inventoryRowSchema,
  productionBoms: productionBomRowSchema,
  bomLines: bomLineRowSchema,
  routings: routingRowSchema,
  routingLines: routingLineRowSchema,
} as const;

export const MAX_IMPORT_ROWS = 5000;
/**
 * Bounds checked before any parsing or query: the text's UTF-8 size here (and in the browser,
 * before it posts), the number of rows in read-rows.ts. Next.js refuses a server action's body
 * over 1 MB before our code runs, so the file must stay below that with the form around it.
 */
export const MAX_IMPORT_BYTES = 900_000;
export const utf8Size = (s: string) => new TextEncoder().encode(s).length;

export const importCsvSchema = z.strictObject({
  kind: z.enum(IMPORT_KINDS, zodMessage("importKindInvalid")),
  text: z
    .string()
    .max(MAX_IMPORT_BYTES, zodMessage("importFileTooLarge"))
    .refine((s) => utf8Size(s) <= MAX_IMPORT_BYTES, zodMessage("importFileTooLarge"))
    .refine((s) => s.trim() !== "", zodMessage("importFileMissing")),
});
export type ImportCsvInput = z.infer<typeof importCsvSchema>;
