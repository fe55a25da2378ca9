import { planningParameterProblems, resolvedParameters, type PlanningParameterField } from "@/lib/domain/planning/parameter-rules";
import type { ReorderingPolicy } from "@/lib/domain/planning/types";
import type { ImportRow, RowError } from "@/lib/services/master-data/csv/read-rows";
import type { Tx } from "@/lib/services/tx";
import { Prisma } from "@/lib/generated/prisma/client";

// PL-1 after the write, inside the import's transaction: a file may name only some planning
// columns, so the combinations (lib/domain/planning/parameter-rules.ts) are checked on the
// records as written — the file's columns with the stored ones — in one query. A problem rolls
// the whole import back, reported at the row and column of the field it stands beside.

const CAPTIONS: Record<PlanningParameterField, string> = {
  reorderingPolicy: "Reordering Policy",
  reorderPoint: "Reorder Point",
  reorderQuantity: "Reorder Quantity",
  maximumInventory: "Maximum Inventory",
  minimumOrderQuantity: "Minimum Order Quantity",
  maximumOrderQuantity: "Maximum Order Quantity",
};

type Values = {
  reorderingPolicy: ReorderingPolicy | null;
  reorderPoint: string;
  reorderQuantity: string;
  maximumInventory: string;
  minimumOrderQuantity: string;
  maximumOrderQuantity: string;
};
type Stored = { itemNo: string; variantCode: string; locationCode: string; item: Values; sku: Partial<Values> | null };

/** The checked parameters of the row `alias` as one JSON object (decimals as their digits). */
const values = (alias: string) =>
  Prisma.raw(`jsonb_build_object('reorderingPolicy', ${alias}."reorderingPolicy", 'reorderPoint', trim_scale(${alias}."reorderPoint")::text,
    'reorderQuantity', trim_scale(${alias}."reorderQuantity")::text, 'maximumInventory', trim_scale(${alias}."maximumInventory")::text,
    'minimumOrderQuantity', trim_scale(${alias}."minimumOrderQuantity")::text, 'maximumOrderQuantity', trim_scale(${alias}."maximumOrderQuantity")::text)`);

/** The imported items' (or stockkeeping units') planning combinations that the card would refuse. */
export async function planningCombinationErrors(
  tx: Tx,
  kind: "items" | "stockkeepingUnits",
  rows: ImportRow<"items" | "stockkeepingUnits">[],
): Promise<RowError[]> {
  const keyOf = (itemNo: string, variantCode = "", locationCode = "") => `${itemNo}\t${variantCode}\t${locationCode}`;
  const rowOf = new Map<string, number>();
  const itemNos = new Set<string>();
  for (const { row, data } of rows) {
    const d = data as { no?: string; itemNo?: string; variantCode?: string; locationCode?: string };
    const itemNo = d.no ?? d.itemNo!;
    itemNos.add(itemNo);
    rowOf.set(kind === "items" ? keyOf(itemNo) : keyOf(itemNo, d.variantCode ?? "", d.locationCode ?? ""), row);
  }
  const stored =
    kind === "items"
      ? await tx.$queryRaw<Stored[]>`
          SELECT i.no AS "itemNo", '' AS "variantCode", '' AS "locationCode", ${values("i")} AS item, NULL::jsonb AS sku
          FROM "Item" i WHERE i.no = ANY(${[...itemNos]}::text[])`
      : await tx.$queryRaw<Stored[]>`
          SELECT s."itemNo", s."variantCode", s."locationCode", ${values("i")} AS item, jsonb_strip_nulls(${values("s")}) AS sku
          FROM "StockkeepingUnit" s JOIN "Item" i ON i.no = s."itemNo" WHERE s."itemNo" = ANY(${[...itemNos]}::text[])`;
  const errors: RowError[] = [];
  for (const r of stored) {
    const row = rowOf.get(kind === "items" ? keyOf(r.itemNo) : keyOf(r.itemNo, r.variantCode, r.locationCode));
    if (row === undefined) continue;
    for (const p of planningParameterProblems(r.sku ? resolvedParameters(r.item, r.sku) : r.item))
      errors.push({ row, column: CAPTIONS[p.field], message: p.message });
  }
  return errors.sort((a, b) => a.row - b.row);
}
