// Shared by the master-data editor tests: forms as the editors post them, orders that use a BOM
// or routing, and a fingerprint of the BOM/routing tables to prove a refusal wrote nothing.
import { db } from "@/lib/db";
import type { ProdOrderStatus } from "@/lib/generated/prisma/enums";
import { toDate, uniqueCode } from "../../factories";

/** A form as the browser posts it: strings only, the lines grid as JSON in `lines`. */
export function editorForm(fields: Record<string, string | number | undefined>, lines?: Record<string, unknown>[]) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) form.set(k, String(v));
  if (lines) form.set("lines", JSON.stringify(lines));
  return form;
}

export const bomLine = (no: string, over: Record<string, unknown> = {}) => ({
  type: "ITEM",
  no,
  description: "",
  quantityPer: "1",
  unitOfMeasureCode: "",
  scrapPercent: "0",
  routingLinkCode: "",
  startingDate: "",
  endingDate: "",
  calculationFormula: "",
  ...over,
});

export const routingLine = (operationNo: string, no: string, over: Record<string, unknown> = {}) => ({
  operationNo,
  type: "WORK_CENTER",
  no,
  description: `Op ${operationNo}`,
  setupTime: "0",
  runTime: "1",
  waitTime: "0",
  moveTime: "0",
  routingLinkCode: "",
  sendAheadQuantity: "0",
  ...over,
});

const TABLES = [
  "ProductionBom",
  "ProductionBomVersion",
  "ProductionBomLine",
  "Routing",
  "RoutingVersion",
  "RoutingLine",
  "Item",
  "ItemUnitOfMeasure",
  "AuditEntry",
] as const;

/** Row counts plus a fingerprint of the rows, so a changed value also shows up. */
export async function masterDataSnapshot() {
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    const [r] = await db.$queryRawUnsafe<{ n: number; h: string | null }[]>(
      `SELECT count(*)::int AS n, md5(string_agg(t::text, ',' ORDER BY t::text)) AS h FROM "${table}" t`,
    );
    out[table] = `${r.n}:${r.h}`;
  }
  return out;
}

/** An order with one line for `itemNo` that records the BOM and routing it was refreshed with. */
export async function makeOrderUsing(opts: {
  itemNo: string;
  status?: ProdOrderStatus;
  bomNo?: string;
  routingNo?: string;
  headerRoutingNo?: string;
}) {
  return db.productionOrder.create({
    data: {
      status: opts.status ?? "RELEASED",
      no: uniqueCode("MD"),
      sourceType: "ITEM",
      sourceNo: opts.itemNo,
      quantity: 1,
      routingNo: opts.headerRoutingNo ?? null,
      creationDate: toDate("2026-12-01"),
      lines: {
        create: {
          lineNo: 10000,
          itemNo: opts.itemNo,
          quantity: 1,
          unitOfMeasureCode: "PCS",
          productionBomNo: opts.bomNo ?? null,
          routingNo: opts.routingNo ?? null,
        },
      },
    },
  });
}
