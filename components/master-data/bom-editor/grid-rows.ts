// Rows of the editable lines grid, shared by server pages (initial rows) and the client editors:
// plain module on purpose, a "use client" module's functions cannot run on the server.

export type GridRow = { key: string } & Record<string, string>;

// Random part: rows made on the server and in the browser must never share a React key.
let counter = 0;
const tag = Math.random().toString(36).slice(2, 8);
export const newRowKey = () => `row-${tag}-${++counter}`;

const BLANK_BOM_ROW: Record<string, string> = {
  type: "ITEM",
  no: "",
  description: "",
  quantityPer: "1",
  unitOfMeasureCode: "",
  scrapPercent: "0",
  routingLinkCode: "",
  startingDate: "",
  endingDate: "",
  calculationFormula: "NONE",
};
const BLANK_ROUTING_ROW: Record<string, string> = {
  type: "WORK_CENTER",
  no: "",
  description: "",
  setupTime: "0",
  runTime: "0",
  waitTime: "0",
  moveTime: "0",
  routingLinkCode: "",
  sendAheadQuantity: "0",
};

/**
 * A row nothing was typed in: BC's empty new row at the end of a subpage, which is not inserted
 * until a field gets a value. The Operation No. a routing row proposes by itself does not count.
 */
export function isBlankRow(row: GridRow): boolean {
  const blank = "operationNo" in row ? BLANK_ROUTING_ROW : BLANK_BOM_ROW;
  return Object.entries(blank).every(([k, v]) => (row[k] ?? "") === v);
}

/** The JSON posted in the hidden `lines` field: the rows without their React keys, blank rows left out. */
export function rowsJson(rows: GridRow[]): string {
  return JSON.stringify(rows.filter((r) => !isBlankRow(r)).map(({ key: _key, ...rest }) => rest));
}

/**
 * The server reports `lines.<i>.<field>` by the index of the posted line; blank rows were not
 * posted, so the grid's index of each error is found again by skipping them.
 */
export function gridFieldErrors(fieldErrors: Record<string, string[]>, rows: GridRow[]): Record<string, string[]> {
  const gridIndex = rows.flatMap((r, i) => (isBlankRow(r) ? [] : [i]));
  const out: Record<string, string[]> = {};
  for (const [key, errors] of Object.entries(fieldErrors)) {
    const m = /^lines\.(\d+)\.(.+)$/.exec(key);
    out[m && gridIndex[Number(m[1])] !== undefined ? `lines.${gridIndex[Number(m[1])]}.${m[2]}` : key] = errors;
  }
  return out;
}

export function emptyBomRow(): GridRow {
  return { key: newRowKey(), ...BLANK_BOM_ROW };
}

export function emptyRoutingRow(operationNo = ""): GridRow {
  return { key: newRowKey(), operationNo, ...BLANK_ROUTING_ROW };
}
