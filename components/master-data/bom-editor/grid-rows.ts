// Rows of the editable lines grid, shared by server pages (initial rows) and the client editors:
// plain module on purpose, a "use client" module's functions cannot run on the server.

export type GridRow = { key: string } & Record<string, string>;

// Random part: rows made on the server and in the browser must never share a React key.
let counter = 0;
const tag = Math.random().toString(36).slice(2, 8);
export const newRowKey = () => `row-${tag}-${++counter}`;

/** The JSON posted in the hidden `lines` field: the rows without their React keys. */
export function rowsJson(rows: GridRow[]): string {
  return JSON.stringify(rows.map(({ key: _key, ...rest }) => rest));
}

export function emptyBomRow(): GridRow {
  return { key: newRowKey(), type: "ITEM", no: "", description: "", quantityPer: "1", unitOfMeasureCode: "", scrapPercent: "0", routingLinkCode: "", startingDate: "", endingDate: "", calculationFormula: "NONE" };
}

export function emptyRoutingRow(operationNo = ""): GridRow {
  return { key: newRowKey(), operationNo, type: "WORK_CENTER", no: "", description: "", setupTime: "0", runTime: "0", waitTime: "0", moveTime: "0", routingLinkCode: "", sendAheadQuantity: "0" };
}
