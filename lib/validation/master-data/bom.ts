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
import { issueOf, msg, zodMessage } from "@/lib/i18n/domain-message";

// The production BOM editor: header, version and lines (spec "Master data"). Lines come from
// the grid as JSON; line numbers are not posted: the service numbers them 10000, 20000, … in
// the order the grid shows them.

export const BOM_STATUS_VALUES = ["NEW", "CERTIFIED", "UNDER_DEVELOPMENT", "CLOSED"] as const;

const formula = z
  .enum(["NONE", "FIXED_QUANTITY", ""], zodMessage("calculationFormulaInvalid"))
  .nullish()
  .transform((v) => (v === "FIXED_QUANTITY" ? "FIXED_QUANTITY" : "NONE") as "NONE" | "FIXED_QUANTITY");

const bomLineRow = (locale: NumberLocale) =>
  z
    .object({
      type: z.enum(["ITEM", "PRODUCTION_BOM"], zodMessage("bomLineTypeInvalid")).default("ITEM"),
      no: codeField("partNo", 20),
      description: textField("partDescription", 100),
      quantityPer: decimalField(locale, "partQuantityPer"),
      unitOfMeasureCode: optionalCode("partUnitOfMeasureCode", 10),
      scrapPercent: decimalField(locale, "partScrapPercent", { max: 100 }),
      routingLinkCode: textField("partRoutingLinkCode", 10).transform((s) => s.toUpperCase()),
      startingDate: dateField("partStartingDate"),
      endingDate: dateField("partEndingDate"),
      calculationFormula: formula,
    })
    .superRefine((l, ctx) => {
      if (l.startingDate && l.endingDate && l.startingDate > l.endingDate) {
        ctx.addIssue({ code: "custom", path: ["endingDate"], ...issueOf(msg("endingDateBeforeStart")) });
      }
    });
export type BomLineInput = z.infer<ReturnType<typeof bomLineRow>>;
/** The lines, read in `locale`'s notation: one row schema per locale. */
const bomLines = { en: bomLineRow("en"), nl: bomLineRow("nl") };

const bomNo = codeField("partNo", 20);
const uom = codeField("partUnitOfMeasureCode", 10);

const header = {
  no: bomNo,
  description: textField("partDescription", 100),
  unitOfMeasureCode: uom,
  lines: z.unknown().optional(),
};

export const createBomSchema = localizedSchema((locale) =>
  z.strictObject(header).transform((v, ctx) => ({ ...v, lines: parseLinesField(bomLines[locale], v.lines, ctx) })),
);
export type CreateBomInput = z.infer<typeof createBomSchema>;

export const updateBomSchema = localizedSchema((locale) =>
  z
    .strictObject({ ...header, version: versionField })
    .transform((v, ctx) => ({ ...v, lines: parseLinesField(bomLines[locale], v.lines, ctx) })),
);
export type UpdateBomInput = z.infer<typeof updateBomSchema>;

const versionHeader = {
  bomNo,
  versionCode: codeField("partVersionCode", 20),
  description: textField("partDescription", 100),
  startingDate: dateField("partStartingDate"),
  unitOfMeasureCode: uom,
  lines: z.unknown().optional(),
};

export const saveBomVersionSchema = localizedSchema((locale) =>
  z
    .strictObject({ ...versionHeader, version: versionField.optional() })
    .transform((v, ctx) => ({ ...v, lines: parseLinesField(bomLines[locale], v.lines, ctx) })),
);
export type SaveBomVersionInput = z.infer<typeof saveBomVersionSchema>;

/** Version Code blank = the header itself. */
const versionCodeOrHeader = optionalCode("partVersionCode", 20);

export const changeBomStatusSchema = z.strictObject({
  no: bomNo,
  versionCode: versionCodeOrHeader,
  status: z.enum(BOM_STATUS_VALUES, zodMessage("bomStatusInvalid")),
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
  fromNo: codeField("partProductionBomNo", 20),
  fromVersionCode: optionalCode("partVersionCode", 20),
  version: versionField,
});
export type CopyBomInput = z.infer<typeof copyBomSchema>;
