import type { InventoryBalance, Item, ItemUnitOfMeasure, ItemVariant, Prisma, StockkeepingUnit } from "@/lib/generated/prisma/client";
import { makeLocation } from "./calendars";
import { ensureUnitOfMeasure } from "./units";
import { uniqueCode, type DbClient, type DecimalInput } from "./unique";

export type ItemOverrides = Partial<Omit<Prisma.ItemUncheckedCreateInput, "unitsOfMeasure" | "variants">> & {
  /** Units besides the base unit, e.g. [{ code: "BOX", qtyPerUnitOfMeasure: 12 }]; created if missing. */
  extraUnits?: { code: string; qtyPerUnitOfMeasure: DecimalInput }[];
};

/** An item with its base unit of measure row (Qty. per 1) and any extra units. */
export async function makeItem(db: DbClient, overrides: ItemOverrides = {}): Promise<Item & { unitsOfMeasure: ItemUnitOfMeasure[] }> {
  const { extraUnits = [], ...fields } = overrides;
  const no = fields.no ?? uniqueCode("IT");
  const base = fields.baseUnitOfMeasure ?? "PCS";
  for (const code of new Set([base, ...extraUnits.map((u) => u.code)])) await ensureUnitOfMeasure(db, code);
  return db.item.create({
    data: {
      description: `Item ${no}`,
      ...fields,
      no,
      baseUnitOfMeasure: base,
      unitsOfMeasure: {
        createMany: {
          data: [{ code: base, qtyPerUnitOfMeasure: 1 }, ...extraUnits.filter((u) => u.code !== base)],
        },
      },
    },
    include: { unitsOfMeasure: true },
  });
}

export async function makeItemVariant(db: DbClient, overrides: Partial<ItemVariant> = {}): Promise<ItemVariant> {
  const itemNo = overrides.itemNo ?? (await makeItem(db)).no;
  const code = overrides.code ?? uniqueCode("V", 10);
  return db.itemVariant.create({ data: { description: `Variant ${code}`, ...overrides, itemNo, code } });
}

export type StockkeepingUnitOverrides = Partial<Omit<StockkeepingUnit, "itemNo" | "locationCode">> & {
  itemNo?: string;
  locationCode?: string;
};

export async function makeStockkeepingUnit(db: DbClient, overrides: StockkeepingUnitOverrides = {}): Promise<StockkeepingUnit> {
  const itemNo = overrides.itemNo ?? (await makeItem(db)).no;
  const locationCode = overrides.locationCode ?? (await makeLocation(db)).code;
  return db.stockkeepingUnit.create({ data: { variantCode: "", ...overrides, itemNo, locationCode } });
}

export type InventoryOverrides = {
  itemNo?: string;
  variantCode?: string;
  locationCode?: string;
  quantity?: DecimalInput;
};

/** Sets the quantity on hand for item + variant + location (creates or replaces the balance). */
export async function makeInventory(db: DbClient, overrides: InventoryOverrides = {}): Promise<InventoryBalance> {
  const itemNo = overrides.itemNo ?? (await makeItem(db)).no;
  const locationCode = overrides.locationCode ?? (await makeLocation(db)).code;
  const variantCode = overrides.variantCode ?? "";
  const quantity = overrides.quantity ?? 100;
  return db.inventoryBalance.upsert({
    where: { itemNo_variantCode_locationCode: { itemNo, variantCode, locationCode } },
    create: { itemNo, variantCode, locationCode, quantity },
    update: { quantity },
  });
}
