import { z } from "zod";
import {
  checkboxField, codeField, numberField, optionalCodeField, parseRows, refuseDuplicates, textField, versionField,
} from "@/lib/validation/master-data/shared-fields";
import { msg } from "@/lib/i18n/domain-message";

// Family: items produced together on one routing. Lines name an item (which must exist: the
// service checks) and a quantity > 0.

export const familyLineSchema = z.object({
  itemNo: codeField("partItemNo"),
  quantity: numberField("partQuantity", { min: 0, minExclusive: true, max: 1_000_000_000 }),
});
export type FamilyLineInput = z.infer<typeof familyLineSchema>;

const fields = {
  no: codeField("partNo"),
  description: textField("partDescription", 100),
  routingNo: optionalCodeField("partRoutingNo"),
  blocked: checkboxField,
  lines: z.unknown().optional(),
};

function withLines<T extends { lines?: unknown }>(v: T, ctx: z.RefinementCtx) {
  const lines = parseRows(v.lines, "lines", familyLineSchema, ctx);
  refuseDuplicates(lines, (l) => l.itemNo, "lines", "itemNo", (no) => msg("familyLineDuplicate", { no }), ctx);
  return { ...v, lines };
}

export const createFamilySchema = z.strictObject(fields).transform(withLines);
export type CreateFamilyInput = z.infer<typeof createFamilySchema>;

export const updateFamilySchema = z.strictObject({ ...fields, version: versionField }).transform(withLines);
export type UpdateFamilyInput = z.infer<typeof updateFamilySchema>;

export const deleteFamilySchema = z.strictObject({ no: codeField("partNo"), version: versionField });
export type DeleteFamilyInput = z.infer<typeof deleteFamilySchema>;
