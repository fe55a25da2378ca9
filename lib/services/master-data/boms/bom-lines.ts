import type { FieldMessages } from "@/lib/errors";
import { inTurn, type Tx } from "@/lib/services/tx";
import type { BomLineInput } from "@/lib/validation/master-data/bom";
import { msg, type Message } from "@/lib/i18n/domain-message";

// Checks and writes of BOM lines shared by the header, version, certification and import paths.
// Existence checks are bulk: one query per referenced table, whatever the number of lines.

type LineRef = Pick<BomLineInput, "type" | "no" | "unitOfMeasureCode">;

export async function checkBomLines(tx: Tx, lines: LineRef[], opts: { selfNo?: string; field?: (i: number, f: string) => string } = {}) {
  const key = opts.field ?? ((i: number, f: string) => `lines.${i}.${f}`);
  const itemNos = [...new Set(lines.filter((l) => l.type === "ITEM").map((l) => l.no))];
  const bomNos = [...new Set(lines.filter((l) => l.type === "PRODUCTION_BOM").map((l) => l.no))];
  const uomCodes = [...new Set(lines.filter((l) => l.type === "PRODUCTION_BOM" && l.unitOfMeasureCode).map((l) => l.unitOfMeasureCode!))];
  const [items, boms, uoms] = await inTurn(
    () =>
      itemNos.length
        ? tx.item.findMany({
            where: { no: { in: itemNos } },
            select: { no: true, baseUnitOfMeasure: true, unitsOfMeasure: { select: { code: true } } },
          })
        : [],
    () => (bomNos.length ? tx.productionBom.findMany({ where: { no: { in: bomNos } }, select: { no: true } }) : []),
    () => (uomCodes.length ? tx.unitOfMeasure.findMany({ where: { code: { in: uomCodes } }, select: { code: true } }) : []),
  );
  const itemUnits = new Map(items.map((i) => [i.no, new Set(i.unitsOfMeasure.map((u) => u.code))]));
  const bomSet = new Set(boms.map((b) => b.no));
  const uomSet = new Set(uoms.map((u) => u.code));
  const errors: FieldMessages = {};
  lines.forEach((l, i) => {
    if (l.type === "ITEM") {
      const units = itemUnits.get(l.no);
      if (!units) errors[key(i, "no")] = [msg("itemNotFound", { no: l.no })];
      else if (l.unitOfMeasureCode && !units.has(l.unitOfMeasureCode)) {
        errors[key(i, "unitOfMeasureCode")] = [msg("uomCodeNotFoundForItem", { code: l.unitOfMeasureCode, no: l.no })];
      }
    } else {
      if (l.no !== opts.selfNo && !bomSet.has(l.no))
        errors[key(i, "no")] = [msg("recordNotFound", { record: msg("partBom", { no: l.no }) })];
      if (l.unitOfMeasureCode && !uomSet.has(l.unitOfMeasureCode)) {
        errors[key(i, "unitOfMeasureCode")] = [msg("recordNotFound", { record: msg("partUnitOfMeasure", { code: l.unitOfMeasureCode }) })];
      }
    }
  });
  return errors;
}

export async function checkUnitOfMeasure(tx: Tx, code: string, field = "unitOfMeasureCode"): Promise<FieldMessages> {
  const found = await tx.unitOfMeasure.findUnique({ where: { code }, select: { code: true } });
  return found ? {} : { [field]: [msg("recordNotFound", { record: msg("partUnitOfMeasure", { code }) })] };
}

/** Replaces the lines of the header (versionCode null) or of one version, numbered 10000, 20000, … */
export async function replaceBomLines(tx: Tx, bomNo: string, versionCode: string | null, lines: BomLineInput[]) {
  await tx.productionBomLine.deleteMany({ where: { bomNo, versionCode } });
  if (lines.length === 0) return;
  await tx.productionBomLine.createMany({
    data: lines.map((l, i) => ({ bomNo, versionCode, lineNo: (i + 1) * 10000, ...l })),
  });
}

/** A stored line in the shape the checks take (for certification). */
export function storedLineRefs(lines: { type: "ITEM" | "PRODUCTION_BOM"; no: string; unitOfMeasureCode: string | null }[]): LineRef[] {
  return lines.map((l) => ({ type: l.type, no: l.no, unitOfMeasureCode: l.unitOfMeasureCode }));
}

export function firstError(errors: FieldMessages): [string, Message] | null {
  const entry = Object.entries(errors)[0];
  return entry ? [entry[0], entry[1][0]] : null;
}
