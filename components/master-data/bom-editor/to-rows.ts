import type { GridRow } from "@/components/master-data/bom-editor/grid-rows";

// Stored lines → grid rows (plain strings, so they can cross to the client editor).

type Decimalish = { toString(): string };
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export function bomRowsOf(
  lines: {
    id: number;
    type: string;
    no: string;
    description: string;
    quantityPer: Decimalish;
    unitOfMeasureCode: string | null;
    scrapPercent: Decimalish;
    routingLinkCode: string;
    startingDate: Date | null;
    endingDate: Date | null;
    calculationFormula: string;
  }[],
): GridRow[] {
  return lines.map((l) => ({
    key: `line-${l.id}`,
    type: l.type,
    no: l.no,
    description: l.description,
    quantityPer: l.quantityPer.toString(),
    unitOfMeasureCode: l.unitOfMeasureCode ?? "",
    scrapPercent: l.scrapPercent.toString(),
    routingLinkCode: l.routingLinkCode,
    startingDate: day(l.startingDate),
    endingDate: day(l.endingDate),
    calculationFormula: l.calculationFormula,
  }));
}

export function routingRowsOf(
  lines: {
    id: number;
    operationNo: string;
    type: string;
    no: string;
    description: string;
    setupTime: Decimalish;
    runTime: Decimalish;
    waitTime: Decimalish;
    moveTime: Decimalish;
    routingLinkCode: string;
    sendAheadQuantity: Decimalish;
  }[],
): GridRow[] {
  return lines.map((l) => ({
    key: `line-${l.id}`,
    operationNo: l.operationNo,
    type: l.type,
    no: l.no,
    description: l.description,
    setupTime: l.setupTime.toString(),
    runTime: l.runTime.toString(),
    waitTime: l.waitTime.toString(),
    moveTime: l.moveTime.toString(),
    routingLinkCode: l.routingLinkCode,
    sendAheadQuantity: l.sendAheadQuantity.toString(),
  }));
}

export const isoDayOf = day;
