import type { BomLineType, BomStatus, CalculationFormula } from "@/lib/generated/prisma/client";
import { d, type Tx } from "./demo-setup";

// Production BOMs, three levels deep under the bicycles (1000 → 1100 → 1150 → 1151), with:
// phantom BOMs BRAKE-KIT and LIGHT-KIT (no item owns them), UoM conversion (spokes in BOX of 12,
// brake pads in SET of 4), line Scrap %, a Fixed Quantity line, two versions on 1300 and one
// BOM under development that no item uses.

type Line = {
  no: string;
  qty: number;
  type?: BomLineType;
  uom?: string;
  scrap?: number;
  link?: string;
  formula?: CalculationFormula;
};
type Bom = {
  no: string;
  description: string;
  status?: BomStatus;
  lines: Line[];
  versions?: { code: string; starting: string; lines: Line[] }[];
};

const phantom = (no: string): Line => ({ no, qty: 1, type: "PRODUCTION_BOM" });

const CHAIN_V1: Line[] = [
  { no: "1310", qty: 1, scrap: 2 },
  { no: "1320", qty: 1 },
  { no: "1330", qty: 1 },
];
const CHAIN_V2: Line[] = [
  { no: "1315", qty: 1 },
  { no: "1320", qty: 1 },
  { no: "1330", qty: 1 },
  { no: "1340", qty: 2 },
];

const BOMS: Bom[] = [
  {
    no: "1000",
    description: "Bicycle",
    lines: [
      { no: "1100", qty: 1, link: "WHEELS" },
      { no: "1200", qty: 1, link: "WHEELS" },
      { no: "1300", qty: 1 },
      { no: "1900", qty: 1 },
      { no: "1800", qty: 1 },
      { no: "1850", qty: 1 },
      { no: "1600", qty: 1 },
      { no: "1400", qty: 1 },
      { no: "1450", qty: 1 },
      phantom("BRAKE-KIT"),
    ],
  },
  {
    no: "1001",
    description: "Touring Bicycle",
    lines: [
      { no: "1100", qty: 1 },
      { no: "1200", qty: 1 },
      { no: "1300", qty: 1 },
      { no: "1950", qty: 1, link: "FRAME" },
      { no: "1800", qty: 1 },
      { no: "1850", qty: 1 },
      { no: "1400", qty: 1 },
      { no: "1450", qty: 1 },
      phantom("BRAKE-KIT"),
      phantom("LIGHT-KIT"),
    ],
  },
  {
    no: "1100",
    description: "Front Wheel",
    lines: [
      { no: "1110", qty: 1 },
      { no: "1120", qty: 3, uom: "BOX", scrap: 5 },
      { no: "1150", qty: 1 },
      { no: "1160", qty: 1 },
      { no: "1170", qty: 1 },
    ],
  },
  {
    no: "1200",
    description: "Back Wheel",
    lines: [
      { no: "1110", qty: 1 },
      { no: "1120", qty: 36, uom: "PCS" },
      { no: "1250", qty: 1 },
      { no: "1160", qty: 1 },
      { no: "1170", qty: 1 },
    ],
  },
  {
    no: "1150",
    description: "Front Hub",
    lines: [
      { no: "1151", qty: 1 },
      { no: "1155", qty: 2 },
    ],
  },
  {
    no: "1250",
    description: "Back Hub",
    lines: [
      { no: "1251", qty: 1 },
      { no: "1255", qty: 2 },
    ],
  },
  {
    no: "1300",
    description: "Chain Assy",
    lines: CHAIN_V1,
    versions: [
      { code: "V1", starting: "2026-01-01", lines: CHAIN_V1 },
      { code: "V2", starting: "2027-01-01", lines: CHAIN_V2 },
    ],
  },
  {
    no: "1950",
    description: "Touring Frame",
    lines: [
      { no: "1960", qty: 1 },
      { no: "1980", qty: 0.5 },
      { no: "1970", qty: 1, formula: "FIXED_QUANTITY" },
    ],
  },
  {
    no: "BRAKE-KIT",
    description: "Brake kit (phantom)",
    lines: [
      { no: "1710", qty: 1 },
      { no: "1720", qty: 1 },
      { no: "1730", qty: 1, uom: "SET" },
    ],
  },
  {
    no: "LIGHT-KIT",
    description: "Lighting kit (phantom)",
    lines: [
      { no: "1500", qty: 1 },
      { no: "1510", qty: 2 },
    ],
  },
  {
    no: "EBIKE-DRIVE",
    description: "E-bike drivetrain",
    status: "UNDER_DEVELOPMENT",
    lines: [
      { no: "2000", qty: 1 },
      { no: "2010", qty: 1 },
      { no: "1300", qty: 1 },
    ],
  },
];

export const DEMO_BOM_NOS = BOMS.map((b) => b.no);

const lineRows = (bomNo: string, versionCode: string | null, lines: Line[]) =>
  lines.map((l, i) => ({
    bomNo,
    versionCode,
    lineNo: (i + 1) * 10000,
    type: l.type ?? "ITEM",
    no: l.no,
    quantityPer: l.qty,
    unitOfMeasureCode: l.uom ?? (l.type === "PRODUCTION_BOM" ? null : "PCS"),
    scrapPercent: l.scrap ?? 0,
    routingLinkCode: l.link ?? "",
    calculationFormula: l.formula ?? "NONE",
  }));

export async function seedBoms(tx: Tx) {
  await tx.productionBom.createMany({
    data: BOMS.map((b) => ({
      no: b.no,
      description: b.description,
      unitOfMeasureCode: "PCS",
      status: b.status ?? "CERTIFIED",
    })),
  });
  await tx.productionBomVersion.createMany({
    data: BOMS.flatMap((b) =>
      (b.versions ?? []).map((v) => ({
        bomNo: b.no,
        versionCode: v.code,
        description: `${b.description} ${v.code}`,
        startingDate: d(v.starting),
        status: "CERTIFIED" as const,
        unitOfMeasureCode: "PCS",
      })),
    ),
  });
  await tx.productionBomLine.createMany({
    data: BOMS.flatMap((b) => [...lineRows(b.no, null, b.lines), ...(b.versions ?? []).flatMap((v) => lineRows(b.no, v.code, v.lines))]),
  });
}
