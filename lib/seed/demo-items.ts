import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "./demo-setup";

// CRONUS-like bicycle items. Produced items own a BOM (and usually a routing) of the same No.
// Low-Level Code = the deepest BOM level an item appears on (bicycles 0).

type ItemRow = Prisma.ItemCreateManyInput;

const purchased = (no: string, description: string, unitCost: number, lowLevelCode: number, extra: Partial<ItemRow> = {}): ItemRow => ({
  no,
  description,
  baseUnitOfMeasure: "PCS",
  replenishmentSystem: "PURCHASE",
  unitCost,
  lowLevelCode,
  leadTimeDays: 3,
  ...extra,
});

const produced = (no: string, description: string, unitCost: number, lowLevelCode: number, extra: Partial<ItemRow> = {}): ItemRow => ({
  no,
  description,
  baseUnitOfMeasure: "PCS",
  replenishmentSystem: "PROD_ORDER",
  productionBomNo: no,
  routingNo: no,
  unitCost,
  lowLevelCode,
  leadTimeDays: 1,
  ...extra,
});

// PL-1 planning parameters: every Reordering Policy, safety stock, order modifiers, a dampener,
// and a make-to-order chain (1001 Touring Bicycle → 1950 Touring Frame → 1960 Frame Tube Set,
// all Order). Items left blank are not planned (handlebars, saddles, e-bike parts …).
const LOT_FOR_LOT = { reorderingPolicy: "LOT_FOR_LOT" } as const;
const ORDER = { reorderingPolicy: "ORDER" } as const;

const ITEMS: ItemRow[] = [
  // Bicycles: Lot-for-Lot over a week, rescheduled within two weeks (demo-orders.ts has orders
  // that a first plan reschedules, resizes and cancels).
  produced("1000", "Bicycle", 350, 0, { ...LOT_FOR_LOT, lotAccumulationPeriodDays: 7, reschedulingPeriodDays: 14 }),
  produced("1001", "Touring Bicycle", 520, 0, { manufacturingPolicy: "MAKE_TO_ORDER", description2: "Built to order", ...ORDER }),
  produced("1002", "Racing Bicycle", 610, 0, { productionBomNo: "1000", routingNo: "1000", productionBlocked: "OUTPUT" }),
  produced("1003", "City Bicycle", 300, 0, { productionBomNo: "1000", routingNo: "1000", blocked: true }),
  produced("1100", "Front Wheel", 45, 1, {
    scrapPercent: 2,
    reorderingPolicy: "FIXED_REORDER_QTY",
    reorderPoint: 10,
    reorderQuantity: 25,
    safetyStockQuantity: 5,
  }),
  produced("1200", "Back Wheel", 55, 1, {
    safetyLeadTimeDays: 2,
    reorderingPolicy: "MAXIMUM_QTY",
    reorderPoint: 10,
    maximumInventory: 40,
    orderMultiple: 5,
  }),
  produced("1300", "Chain Assy", 25, 1, { ...LOT_FOR_LOT, reschedulingPeriodDays: 30, minimumOrderQuantity: 5 }),
  produced("1950", "Touring Frame", 120, 1, { manufacturingPolicy: "MAKE_TO_ORDER", scrapPercent: 5, ...ORDER }),
  produced("1150", "Front Hub", 18, 2, { routingNo: "HUB", ...LOT_FOR_LOT }),
  produced("1250", "Back Hub", 22, 2, { routingNo: "HUB", ...LOT_FOR_LOT, dampenerQuantity: 2, dampenerPeriodDays: 2 }),
  purchased("1900", "Frame", 90, 1, { leadTimeDays: 5, reorderingPolicy: "MAXIMUM_QTY", reorderPoint: 10, maximumInventory: 60 }),
  purchased("1800", "Handlebars", 14, 1),
  purchased("1850", "Saddle", 12, 1),
  purchased("1600", "Bell", 2.5, 1),
  purchased("1400", "Mudguard front", 6, 1),
  purchased("1450", "Mudguard back", 6.5, 1),
  purchased("1500", "Lamp", 8, 1),
  purchased("1510", "Reflector", 0.8, 1),
  purchased("1710", "Hand rear wheel Brake", 9, 1),
  purchased("1720", "Hand front wheel Brake", 9, 1),
  purchased("1730", "Brake Pad", 1.2, 1),
  purchased("1110", "Rim", 11, 2, { ...LOT_FOR_LOT, maximumOrderQuantity: 100 }),
  purchased("1120", "Spoke", 0.15, 2, {
    leadTimeDays: 7,
    reorderingPolicy: "FIXED_REORDER_QTY",
    reorderPoint: 600,
    reorderQuantity: 1200,
    orderMultiple: 12,
  }),
  purchased("1160", "Tire", 7.5, 2, LOT_FOR_LOT),
  purchased("1170", "Tube", 3, 2, LOT_FOR_LOT),
  purchased("1310", "Chain", 6, 2),
  purchased("1315", "Chain, reinforced", 7.5, 2),
  purchased("1320", "Chain Wheel Front", 5, 2),
  purchased("1330", "Chain Wheel Back", 4, 2),
  purchased("1340", "Chain Guard", 1.5, 2),
  purchased("1960", "Frame Tube Set", 40, 2, ORDER),
  purchased("1970", "Primer", 9, 2),
  purchased("1980", "Paint, blue", 16, 2),
  purchased("1151", "Axle Front Wheel", 3.5, 3),
  purchased("1155", "Socket Front", 1.1, 3),
  purchased("1251", "Axle Back Wheel", 4, 3),
  purchased("1255", "Socket Back", 1.3, 3),
  purchased("2000", "Electric Motor", 180, 0),
  purchased("2010", "Battery Pack", 220, 0),
];

export const DEMO_ITEM_NOS = ITEMS.map((i) => i.no);

// Spokes are bought in boxes of 12, brake pads in sets of 4, chains also come in boxes of 10.
const EXTRA_UNITS = [
  { itemNo: "1120", code: "BOX", qtyPerUnitOfMeasure: 12 },
  { itemNo: "1730", code: "SET", qtyPerUnitOfMeasure: 4 },
  { itemNo: "1310", code: "BOX", qtyPerUnitOfMeasure: 10 },
];

// [item, variant, BLUE on hand, RED on hand]
const INVENTORY: [string, string, number, number][] = [
  ["1100", "", 10, 0],
  ["1200", "", 8, 2],
  ["1300", "", 0, 5],
  ["1001", "BLUE", 2, 0],
  ["1900", "", 40, 15],
  ["1800", "", 60, 20],
  ["1850", "", 60, 20],
  ["1600", "", 100, 40],
  ["1400", "", 50, 10],
  ["1450", "", 50, 10],
  ["1500", "", 30, 0],
  ["1510", "", 200, 50],
  ["1710", "", 45, 20],
  ["1720", "", 45, 20],
  ["1730", "", 120, 40],
  ["1110", "", 80, 30],
  ["1120", "", 2400, 600],
  ["1160", "", 90, 30],
  ["1170", "", 90, 30],
  ["1310", "", 50, 25],
  ["1320", "", 40, 0],
  ["1330", "", 40, 0],
  ["1960", "", 12, 0],
  ["1970", "", 10, 5],
  ["1980", "", 20, 5],
  ["1151", "", 35, 0],
  ["1155", "", 70, 0],
  ["1251", "", 35, 0],
  ["1255", "", 70, 0],
];

export async function seedItems(tx: Tx) {
  await tx.item.createMany({ data: ITEMS });
  await tx.itemUnitOfMeasure.createMany({
    data: [...ITEMS.map((i) => ({ itemNo: i.no, code: i.baseUnitOfMeasure, qtyPerUnitOfMeasure: 1 })), ...EXTRA_UNITS],
  });
  await tx.itemVariant.createMany({
    data: [
      { itemNo: "1001", code: "BLUE", description: "Touring Bicycle, blue" },
      { itemNo: "1001", code: "RED", description: "Touring Bicycle, red" },
      { itemNo: "1001", code: "GREEN", description: "Touring Bicycle, green (discontinued)", blocked: true },
    ],
  });
  await tx.stockkeepingUnit.createMany({
    data: [
      { itemNo: "1100", variantCode: "", locationCode: "BLUE", leadTimeDays: 1 },
      // The Red Warehouse keeps fewer front wheels (PL-1 overrides; blank fields = the item's).
      {
        itemNo: "1100",
        variantCode: "",
        locationCode: "RED",
        routingNo: "1100-RED",
        reorderPoint: 4,
        reorderQuantity: 10,
        safetyStockQuantity: 2,
      },
      { itemNo: "1000", variantCode: "", locationCode: "RED", safetyLeadTimeDays: 2 },
      { itemNo: "1001", variantCode: "RED", locationCode: "RED", leadTimeDays: 3 },
    ],
  });
  await tx.inventoryBalance.createMany({
    data: INVENTORY.flatMap(([itemNo, variantCode, blue, red]) => [
      ...(blue > 0 ? [{ itemNo, variantCode, locationCode: "BLUE", quantity: blue }] : []),
      ...(red > 0 ? [{ itemNo, variantCode, locationCode: "RED", quantity: red }] : []),
    ]),
  });
}
