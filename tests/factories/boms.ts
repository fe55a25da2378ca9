import type {
  BomLineType,
  BomStatus,
  CalculationFormula,
  ProductionBom,
  ProductionBomLine,
  ProductionBomVersion,
} from "@/lib/generated/prisma/client";
import { ensureUnitOfMeasure } from "./units";
import { toOptionalDate, uniqueCode, type DbClient, type DecimalInput } from "./unique";

export type BomLineInput = {
  /** Item No., or the BOM No. of a phantom line (type PRODUCTION_BOM). */
  no: string;
  type?: BomLineType;
  lineNo?: number;
  description?: string;
  quantityPer?: DecimalInput;
  /** Null/absent = the component's base unit. */
  unitOfMeasureCode?: string | null;
  scrapPercent?: DecimalInput;
  routingLinkCode?: string;
  startingDate?: Date | string | null;
  endingDate?: Date | string | null;
  calculationFormula?: CalculationFormula;
};

export type BomVersionInput = {
  versionCode: string;
  description?: string;
  startingDate?: Date | string | null;
  status?: BomStatus;
  unitOfMeasureCode?: string;
  lines?: BomLineInput[];
};

export type ProductionBomOverrides = {
  no?: string;
  description?: string;
  unitOfMeasureCode?: string;
  /** Default CERTIFIED: the state refresh needs. */
  status?: BomStatus;
  lines?: BomLineInput[];
  versions?: BomVersionInput[];
};

export type ProductionBomWithDetails = ProductionBom & {
  lines: ProductionBomLine[];
  versions: ProductionBomVersion[];
};

function lineRows(bomNo: string, versionCode: string | null, lines: BomLineInput[]) {
  return lines.map((l, i) => ({
    bomNo,
    versionCode,
    lineNo: l.lineNo ?? (i + 1) * 10000,
    type: l.type ?? "ITEM",
    no: l.no,
    description: l.description ?? "",
    quantityPer: l.quantityPer ?? 1,
    unitOfMeasureCode: l.unitOfMeasureCode ?? null,
    scrapPercent: l.scrapPercent ?? 0,
    routingLinkCode: l.routingLinkCode ?? "",
    startingDate: toOptionalDate(l.startingDate) ?? null,
    endingDate: toOptionalDate(l.endingDate) ?? null,
    calculationFormula: l.calculationFormula ?? "NONE",
  }));
}

/**
 * A production BOM with header lines and optional versions (each with its own lines).
 * Returns all lines (header lines have versionCode null) ordered by version and line no.
 */
export async function makeProductionBom(db: DbClient, overrides: ProductionBomOverrides = {}): Promise<ProductionBomWithDetails> {
  const no = overrides.no ?? uniqueCode("BOM");
  const uom = overrides.unitOfMeasureCode ?? "PCS";
  const status = overrides.status ?? "CERTIFIED";
  const versions = overrides.versions ?? [];
  await ensureUnitOfMeasure(db, uom);
  await db.productionBom.create({
    data: { no, description: overrides.description ?? `BOM ${no}`, unitOfMeasureCode: uom, status },
  });
  if (versions.length > 0) {
    await db.productionBomVersion.createMany({
      data: versions.map((v) => ({
        bomNo: no,
        versionCode: v.versionCode,
        description: v.description ?? `Version ${v.versionCode}`,
        startingDate: toOptionalDate(v.startingDate) ?? null,
        status: v.status ?? status,
        unitOfMeasureCode: v.unitOfMeasureCode ?? uom,
      })),
    });
  }
  const rows = [...lineRows(no, null, overrides.lines ?? []), ...versions.flatMap((v) => lineRows(no, v.versionCode, v.lines ?? []))];
  if (rows.length > 0) await db.productionBomLine.createMany({ data: rows });
  return db.productionBom.findUniqueOrThrow({
    where: { no },
    include: {
      lines: { orderBy: [{ versionCode: { sort: "asc", nulls: "first" } }, { lineNo: "asc" }] },
      versions: { orderBy: { versionCode: "asc" } },
    },
  });
}
