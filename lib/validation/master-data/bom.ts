import { z } from "zod";
import { localizedSchema, type NumberLocale } from "@/lib/validation/decimal-text";
import {
  codeField,
  dateField,
  decimalField,
  optionalCode,
  parseLinesField,
  textField,
  versionField,
} from "@/lib/validation/master-data/fields";

// The production BOM editor: header, version and lines (spec "Master data"). Lines come from
// the grid as JSON; line numbers are not posted: the service numbers them 10000, 20000, … in
// the order the grid shows them.

export const BOM_STATUS_VALUES = ["NEW", "CERTIFIED", "UNDER_DEVELOPMENT", "CLOSED"] as const;

const formula = z
  .enum(["NONE", "FIXED_QUANTITY", ""], "Calculation Formula must be blank or Fixed Quantity.")
  .nullish()
  .transform((v) => (v === "FIXED_QUANTITY" ? "FIXED_QUANTITY" : "NONE") as "NONE" | "FIXED_QUANTITY");

const bomLineRow = (locale: NumberLocale) => z
  .object({
    type: z.enum(["ITEM", "PRODUCTION_BOM"], "Type must be Item or Production BOM.").default("ITEM"),
    no: codeField("No.", 20),
    description: textField("Description", 100),
    quantityPer: decimalField(locale, "Quantity per"),
    unitOfMeasureCode: optionalCode("Unit of Measure Code", 10),
    scrapPercent: decimalField(locale, "Scrap %", { max: 100 }),
    routingLinkCode: textField("Routing Link Code", 10).transform((s) => s.toUpperCase()),
    startingDate: dateField("Starting Date"),
    endingDate: dateField("Ending Date"),
    calculationFormula: formula,
  })
  .superRefine((l, ctx) => {
    if (l.startingDate && l.endingDate && l.startingDate > l.endingDate) {
      ctx.addIssue({ code: "custom", path: ["endingDate"], message: "Ending Date must be on or after Starting Date." });
    }
  });
export type BomLineInput = z.infer<ReturnType<typeof bomLineRow>>;
/** The lines, read in `locale`'s notation: one row schema per locale. */
const bomLines = { en: bomLineRow("en"), nl: bomLineRow("nl") };

const bomNo = codeField("No.", 20);
const uom = codeField("Unit of Measure Code", 10);

const header = {
  no: bomNo,
  description: textField("Description", 100),
  unitOfMeasureCode: uom,
  lines: z.unknown().optional(),
};

export const createBomSchema = localizedSchema((locale) => z
  .strictObject(header)
  .transform((v, ctx) => ({ ...v, lines: parseLinesField(bomLines[locale], v.lines, ctx) })));
export type CreateBomInput = z.infer<typeof createBomSchema>;

export const updateBomSchema = localizedSchema((locale) => z
  .strictObject({ ...header, version: versionField })
  .transform((v, ctx) => ({ ...v, lines: parseLinesField(bomLines[locale], v.lines, ctx) })));
export type UpdateBomInput = z.infer<typeof updateBomSchema>;

const versionHeader = {
  bomNo,
  versionCode: codeField("Version Code", 20),
  description: textField("Description", 100),
  startingDate: dateField("Starting Date"),
  unitOfMeasureCode: uom,
  lines: z.unknown().optional(),
};

export const saveBomVersionSchema = localizedSchema((locale) => z
  .strictObject({ ...versionHeader, version: versionField.optional() })
  .transform((v, ctx) => ({ ...v, lines: parseLinesField(bomLines[locale], v.lines, ctx) })));
export type SaveBomVersionInput = z.infer<typeof saveBomVersionSchema>;

/** Version Code blank = the header itself. */
const versionCodeOrHeader = optionalCode("Version Code", 20);

export const changeBomStatusSchema = z.strictObject({
  no: bomNo,
  versionCode: versionCodeOrHeader,
  status: z.enum(BOM_STATUS_VALUES, "Status must be New, Certified, Under Development or Closed."),
  version: versionField,
});
export type ChangeBomStatusInput = z.infer<typeof changeBomStatusSchema>;

export const deleteBomSchema = z.strictObject({ no: bomNo, versionCode: versionCodeOrHeader, version: versionField });
export type DeleteBomInput = z.infer<typeof deleteBomSchema>;

/**
 * Copy BOM / Copy Version (BC's "Production BOM-Copy"): the lines of `fromNo` (its header, or
 * version `fromVersionCode`) replace those of `no` (its header, or version `versionCode`).
 * `version` is the target's, as the page read it.
 */
export const copyBomSchema = z.strictObject({
  no: bomNo,
  versionCode: versionCodeOrHeader,
  fromNo: codeField("Production BOM No.", 20),
  fromVersionCode: optionalCode("Version Code", 20),
  version: versionField,
});
export type CopyBomInput = z.infer<typeof copyBomSchema>;
