import { ValidationError, type FieldMessages } from "@/lib/errors";
import { missingKeys } from "@/lib/services/master-data/record-guards";
import type { Tx } from "@/lib/services/tx";
import type { CreateFamilyInput } from "@/lib/validation/master-data/families";
import { msg } from "@/lib/i18n/domain-message";

/** The Routing No. and every line's item must exist; all mistakes are reported together. */
export async function checkFamilyReferences(tx: Tx, input: Pick<CreateFamilyInput, "routingNo" | "lines">) {
  const fieldErrors: FieldMessages = {};
  const missingItems = await missingKeys(
    input.lines.map((l) => l.itemNo),
    async (nos) => (await tx.item.findMany({ where: { no: { in: nos } }, select: { no: true } })).map((i) => i.no),
  );
  input.lines.forEach((l, i) => {
    if (missingItems.has(l.itemNo)) fieldErrors[`lines.${i}.itemNo`] = [msg("itemNotFound", { no: l.itemNo })];
  });
  if (input.routingNo && !(await tx.routing.findUnique({ where: { no: input.routingNo }, select: { no: true } }))) {
    fieldErrors.routingNo = [msg("recordNotFound", { record: msg("partRouting", { no: input.routingNo }) })];
  }
  if (Object.keys(fieldErrors).length) throw new ValidationError(fieldErrors);
}

export const familyLineRows = (no: string, lines: CreateFamilyInput["lines"]) =>
  lines.map((l, i) => ({ familyNo: no, lineNo: (i + 1) * 10000, itemNo: l.itemNo, quantity: l.quantity }));

export const auditLines = (lines: { itemNo: string; quantity: unknown }[]) => lines.map((l) => `${l.itemNo} × ${String(l.quantity)}`);
