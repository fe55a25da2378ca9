import { DomainError, NotFoundError } from "@/lib/errors";
import type { SqlTx } from "@/lib/services/sql-tx";
import { UNKNOWN_LINE } from "./routing-line-row";
import { msg } from "@/lib/i18n/domain-message";

// A component of the order being edited, with its line's facts (Quantity, Scrap %) that its
// Expected Quantity depends on, and the master data a component row copies (RF-3): the item's
// Description and base unit, Qty. per Unit of Measure of the unit chosen.

export type ComponentRow = {
  id: number;
  orderLineId: number;
  lineNo: number;
  componentLineNo: number;
  itemNo: string;
  description: string;
  unitOfMeasureCode: string;
  quantityPer: string;
  scrapPercent: string;
  calculationFormula: "NONE" | "FIXED_QUANTITY";
  locationCode: string | null;
  expectedQuantity: string;
  lineQuantity: string;
  lineScrapPercent: string;
};

export async function loadComponent(tx: SqlTx, orderId: number, componentId: number): Promise<ComponentRow> {
  const rows = await tx.$queryRaw<ComponentRow[]>`
    SELECT c.id, c."orderLineId", l."lineNo", c."lineNo" AS "componentLineNo", c."itemNo", c.description, c."unitOfMeasureCode",
           trim_scale(c."quantityPer")::text AS "quantityPer", trim_scale(c."scrapPercent")::text AS "scrapPercent",
           c."calculationFormula"::text AS "calculationFormula", c."locationCode", trim_scale(c."expectedQuantity")::text AS "expectedQuantity",
           trim_scale(l.quantity)::text AS "lineQuantity", trim_scale(l."scrapPercent")::text AS "lineScrapPercent"
    FROM "ProdOrderComponent" c JOIN "ProdOrderLine" l ON l.id = c."orderLineId"
    WHERE c.id = ${componentId} AND l."orderId" = ${orderId}`;
  if (rows.length === 0) throw new DomainError("LINE_UNKNOWN", UNKNOWN_LINE);
  return rows[0];
}

export type ComponentItem = { itemNo: string; description: string; unitOfMeasureCode: string; qtyPerUnitOfMeasure: string };

/** The item (must exist, not Blocked) and the unit: the one asked for (must be one of the item's), else its base unit. */
export async function resolveComponentItem(tx: SqlTx, itemNo: string, unitOfMeasureCode: string | null): Promise<ComponentItem> {
  const rows = await tx.$queryRaw<{ description: string; base: string; blocked: boolean; qtyPer: string | null; found: boolean }[]>`
    SELECT i.description, i."baseUnitOfMeasure" AS base, i.blocked, trim_scale(u."qtyPerUnitOfMeasure")::text AS "qtyPer", u.code IS NOT NULL AS found
    FROM "Item" i LEFT JOIN "ItemUnitOfMeasure" u ON u."itemNo" = i.no AND u.code = coalesce(${unitOfMeasureCode}, i."baseUnitOfMeasure")
    WHERE i.no = ${itemNo}`;
  const item = rows[0];
  if (!item) throw new NotFoundError("partItem", { no: itemNo }, "itemNo");
  if (item.blocked) throw new DomainError("ITEM_BLOCKED", msg("itemBlocked", { no: itemNo }), "itemNo");
  const code = unitOfMeasureCode ?? item.base;
  if (!item.found && code !== item.base) {
    throw new DomainError("UOM_NOT_FOUND", msg("uomNotFoundForItem", { code, no: itemNo }), "unitOfMeasureCode");
  }
  return { itemNo, description: item.description, unitOfMeasureCode: code, qtyPerUnitOfMeasure: item.qtyPer ?? "1" };
}

export async function requireLocation(tx: SqlTx, code: string | null): Promise<void> {
  if (code === null) return;
  const rows = await tx.$queryRaw<{ code: string }[]>`SELECT code FROM "Location" WHERE code = ${code}`;
  if (rows.length === 0) throw new NotFoundError("partLocation", { code }, "locationCode");
}
