import { z } from "zod";
import {
  checkboxField, codeField, numberField, optionalCodeField, parseRows, refuseDuplicates, textField, versionField,
} from "@/lib/validation/master-data/shared-fields";

// Family: items produced together on one routing. Lines name an item (which must exist: the
// service checks) and a quantity > 0.

export const familyLineSchema = z.object({
  itemNo: codeField("Item No."),
  quantity: numberField("Quantity", { min: 0, minExclusive: true, max: 1_000_000_000 }),
});
export type FamilyLineInput = z.infer<typeof familyLineSchema>;

const fields = {
  no: codeField("No."),
  description: textField("Description", 100),
  routingNo: optionalCodeField("Routing No."),
  blocked: checkboxField,
  lines: z.unknown().optional(),
};

function withLines<T extends { lines?: unknown }>(v: T, ctx: z.RefinementCtx) {
  const lines = parseRows(v.lines, "lines", familyLineSchema, ctx);
  refuseDuplicates(lines, (l) => l.itemNo, "lines", "itemNo", (no) => `Item ${no} is already a line of this family.`, ctx);
  return { ...v, lines };
}

export const createFamilySchema = z.strictObject(fields).transform(withLines);
export type CreateFamilyInput = z.infer<typeof createFamilySchema>;

export const updateFamilySchema = z.strictObject({ ...fields, version: versionField }).transform(withLines);
export type UpdateFamilyInput = z.infer<typeof updateFamilySchema>;

export const deleteFamilySchema = z.strictObject({ no: codeField("No."), version: versionField });
export type DeleteFamilyInput = z.infer<typeof deleteFamilySchema>;
