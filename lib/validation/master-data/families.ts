import { z } from "zod";
import { localizedSchema, type NumberLocale } from "@/lib/validation/decimal-text";
import {
  checkboxField,
  codeField,
  numberField,
  optionalCodeField,
  parseRows,
  refuseDuplicates,
  textField,
  versionField,
} from "@/lib/validation/master-data/shared-fields";
import { msg } from "@/lib/i18n/domain-message";

// Family: items produced together on one routing. Lines name an item (which must exist: the
// service checks) and a quantity > 0.

const familyLineRow = (locale: NumberLocale) =>
  z.object({
    itemNo: codeField("partItemNo"),
    quantity: numberField(locale, "partQuantity", { min: 0, minExclusive: true, max: 1_000_000_000 }),
  });
export type FamilyLineInput = z.infer<ReturnType<typeof familyLineRow>>;

const fields = {
  no: codeField("partNo"),
  description: textField("partDescription", 100),
  routingNo: optionalCodeField("partRoutingNo"),
  blocked: checkboxField,
  lines: z.unknown().optional(),
};

/** The lines, read in `locale`'s notation. */
const withLines = (locale: NumberLocale) => {
  const lineRow = familyLineRow(locale);
  return <T extends { lines?: unknown }>(v: T, ctx: z.RefinementCtx) => {
    const lines = parseRows(v.lines, "lines", lineRow, ctx);
    refuseDuplicates(
      lines,
      (l) => l.itemNo,
      "lines",
      "itemNo",
      (no) => msg("familyLineDuplicate", { no }),
      ctx,
    );
    return { ...v, lines };
  };
};

export const createFamilySchema = localizedSchema((locale) => z.strictObject(fields).transform(withLines(locale)));
export type CreateFamilyInput = z.infer<typeof createFamilySchema>;

export const updateFamilySchema = localizedSchema((locale) =>
  z.strictObject({ ...fields, version: versionField }).transform(withLines(locale)),
);
export type UpdateFamilyInput = z.infer<typeof updateFamilySchema>;

export const deleteFamilySchema = z.strictObject({ no: codeField("partNo"), version: versionField });
export type DeleteFamilyInput = z.infer<typeof deleteFamilySchema>;
