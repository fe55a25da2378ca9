import type { Tx } from "@/lib/services/tx";
import { unitsWithBase } from "@/lib/services/master-data/items/item-references";
import type { CreateItemInput } from "@/lib/validation/master-data/items";

// The item card's grids are saved as the admin left them: the rows are replaced in one go.

export async function replaceItemRows(tx: Tx, input: CreateItemInput) {
  const itemNo = input.no;
  await tx.itemUnitOfMeasure.deleteMany({ where: { itemNo } });
  await tx.itemUnitOfMeasure.createMany({ data: unitsWithBase(input).map((u) => ({ itemNo, ...u })) });
  await tx.itemVariant.deleteMany({ where: { itemNo } });
  await tx.itemVariant.createMany({ data: input.variants.map((v) => ({ itemNo, ...v })) });
  await tx.stockkeepingUnit.deleteMany({ where: { itemNo } });
  await tx.stockkeepingUnit.createMany({ data: input.stockkeepingUnits.map((s) => ({ itemNo, ...s })) });
  await tx.inventoryBalance.deleteMany({ where: { itemNo } });
  await tx.inventoryBalance.createMany({ data: input.inventory.map((b) => ({ itemNo, ...b })) });
}

export function itemHeader(input: CreateItemInput) {
  return {
    description: input.description,
    description2: input.description2,
    baseUnitOfMeasure: input.baseUnitOfMeasure,
    replenishmentSystem: input.replenishmentSystem,
    manufacturingPolicy: input.manufacturingPolicy,
    productionBomNo: input.productionBomNo,
    routingNo: input.routingNo,
    scrapPercent: input.scrapPercent,
    leadTimeDays: input.leadTimeDays,
    safetyLeadTimeDays: input.safetyLeadTimeDays,
    unitCost: input.unitCost,
    blocked: input.blocked,
    productionBlocked: input.productionBlocked,
    roundingPrecision: input.roundingPrecision,
    reorderingPolicy: input.reorderingPolicy,
    safetyStockQuantity: input.safetyStockQuantity,
    reorderPoint: input.reorderPoint,
    reorderQuantity: input.reorderQuantity,
    maximumInventory: input.maximumInventory,
    overflowLevel: input.overflowLevel,
    timeBucketDays: input.timeBucketDays,
    lotAccumulationPeriodDays: input.lotAccumulationPeriodDays,
    reschedulingPeriodDays: input.reschedulingPeriodDays,
    dampenerPeriodDays: input.dampenerPeriodDays,
    dampenerQuantity: input.dampenerQuantity,
    includeInventory: input.includeInventory,
    minimumOrderQuantity: input.minimumOrderQuantity,
    maximumOrderQuantity: input.maximumOrderQuantity,
    orderMultiple: input.orderMultiple,
  };
}

const SKU_KEY = new Set(["itemNo", "locationCode", "variantCode"]);
/** A SKU's set fields as `name=value`, in a fixed order (numbers and Decimals alike as their digits). */
function skuOverrides(s: object): string {
  return Object.entries(s)
    .filter(([k, v]) => !SKU_KEY.has(k) && v !== null && v !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${Number.isNaN(Number(v)) ? String(v) : Number(v)}`)
    .join(" ");
}

/** The grids as an audit entry lists them. */
export function auditGrids(rows: {
  units: { code: string; qtyPerUnitOfMeasure: unknown }[];
  variants: { code: string }[];
  stockkeepingUnits: { locationCode: string; variantCode: string }[];
  inventory: { locationCode: string; variantCode: string; quantity: unknown }[];
}) {
  return {
    units: rows.units.map((u) => `${u.code} ${String(u.qtyPerUnitOfMeasure)}`).sort(),
    variants: rows.variants.map((v) => v.code).sort(),
    // A SKU's overrides (lead times, planning parameters) count too: changing one is a change of the grid.
    stockkeepingUnits: rows.stockkeepingUnits.map((s) => `${s.locationCode}/${s.variantCode} ${skuOverrides(s)}`.trim()).sort(),
    inventory: rows.inventory.map((b) => `${b.locationCode}/${b.variantCode} ${Number(b.quantity)}`).sort(),
  };
}
