import "../../support/next-mocks";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/export/[...path]/route";
import { updateManufacturingSetupAction } from "@/lib/actions/manufacturing-setup";
import { importCsvAction } from "@/lib/actions/master-data/import";
import { createItemAction, updateItemAction } from "@/lib/actions/master-data/items";
import { db } from "@/lib/db";
import { parseCsv } from "@/lib/domain/csv/parse";
import { makeItem, uniqueCode } from "../../factories";
import { signInAs } from "../../support/session";
import { editorForm } from "./bom-routing-support";
import { form, snapshot } from "./md-forms-support";

// PL-1: the planning parameters on the item card, its stockkeeping units, the Manufacturing
// Setup card and the items/SKU CSV files — stored as entered, refused beside the field.

const itemForm = (fields: Record<string, unknown> = {}) =>
  form({
    no: uniqueCode("PLP"),
    description: "Planned item",
    baseUnitOfMeasure: "PCS",
    includeInventory: true,
    units: [],
    variants: [],
    stockkeepingUnits: [],
    inventory: [],
    ...fields,
  } as Parameters<typeof form>[0]);

beforeAll(async () => {
  await signInAs("admin");
});

describe("PL-1 planning parameters on the item card", () => {
  it("GIVEN every planning field and a SKU override WHEN the item is created THEN the rows read back as entered, blanks as null", async () => {
    // GIVEN / WHEN
    const no = uniqueCode("PLP");
    const result = await createItemAction(
      null,
      itemForm({
        no,
        reorderingPolicy: "MAXIMUM_QTY",
        safetyStockQuantity: "5",
        reorderPoint: "10",
        reorderQuantity: "0",
        maximumInventory: "40,5",
        overflowLevel: "45",
        timeBucketDays: "7",
        lotAccumulationPeriodDays: "",
        reschedulingPeriodDays: "14",
        dampenerPeriodDays: "",
        dampenerQuantity: "2",
        minimumOrderQuantity: "6",
        maximumOrderQuantity: "24",
        orderMultiple: "6",
        stockkeepingUnits: [{ locationCode: "RED", reorderingPolicy: "LOT_FOR_LOT", safetyStockQuantity: "3", includeInventory: "false" }],
      }),
    );
    // THEN
    expect(result).toMatchObject({ ok: true, data: { no } });
    const item = await db.item.findUniqueOrThrow({ where: { no }, include: { stockkeepingUnits: true } });
    expect({
      policy: item.reorderingPolicy,
      safety: Number(item.safetyStockQuantity),
      point: Number(item.reorderPoint),
      max: Number(item.maximumInventory),
      overflow: Number(item.overflowLevel),
      bucket: item.timeBucketDays,
      lot: item.lotAccumulationPeriodDays,
      resched: item.reschedulingPeriodDays,
      dampenerPeriod: item.dampenerPeriodDays,
      dampenerQty: Number(item.dampenerQuantity),
      include: item.includeInventory,
      min: Number(item.minimumOrderQuantity),
      maxOrder: Number(item.maximumOrderQuantity),
      multiple: Number(item.orderMultiple),
    }).toEqual({
      policy: "MAXIMUM_QTY",
      safety: 5,
      point: 10,
      max: 40.5,
      overflow: 45,
      bucket: 7,
      lot: null,
      resched: 14,
      dampenerPeriod: null,
      dampenerQty: 2,
      include: true,
      min: 6,
      maxOrder: 24,
      multiple: 6,
    });
    expect(item.stockkeepingUnits).toMatchObject([
      { locationCode: "RED", reorderingPolicy: "LOT_FOR_LOT", includeInventory: false, reorderPoint: null, maximumInventory: null },
    ]);
    expect(Number(item.stockkeepingUnits[0].safetyStockQuantity)).toBe(3);
  });

  it.each([
    [
      "Maximum Inventory not above Reorder Point for Maximum Qty.",
      { reorderingPolicy: "MAXIMUM_QTY", reorderPoint: "10", maximumInventory: "10" },
      "maximumInventory",
      "Maximum Inventory must be greater than Reorder Point (10) when Reordering Policy is Maximum Qty.",
    ],
    [
      "Fixed Reorder Qty. without a Reorder Quantity",
      { reorderingPolicy: "FIXED_REORDER_QTY", reorderPoint: "10" },
      "reorderQuantity",
      "Reorder Quantity must be greater than 0 when Reordering Policy is Fixed Reorder Qty.",
    ],
    [
      "a Maximum Order Quantity below the Minimum",
      { minimumOrderQuantity: "10", maximumOrderQuantity: "5" },
      "maximumOrderQuantity",
      "Maximum Order Quantity must be at least Minimum Order Quantity (10), or 0 for no maximum.",
    ],
    [
      "a negative Safety Stock Quantity",
      { safetyStockQuantity: "-1" },
      "safetyStockQuantity",
      "Safety Stock Quantity must be between 0 and 1000000000.",
    ],
    ["a negative Order Multiple", { orderMultiple: "-6" }, "orderMultiple", "Order Multiple must be between 0 and 1000000000."],
    ["a Time Bucket of 1.5 days", { timeBucketDays: "1.5" }, "timeBucketDays", "Time Bucket must be a whole number."],
    [
      "an unknown Reordering Policy",
      { reorderingPolicy: "JUST_IN_TIME" },
      "reorderingPolicy",
      "Reordering Policy must be blank, Fixed Reorder Qty., Maximum Qty., Order or Lot-for-Lot.",
    ],
    [
      "a SKU whose own Maximum Inventory is below the item's Reorder Point",
      {
        reorderingPolicy: "MAXIMUM_QTY",
        reorderPoint: "10",
        maximumInventory: "50",
        stockkeepingUnits: [{ locationCode: "BLUE", maximumInventory: "8" }],
      },
      "stockkeepingUnits.0.maximumInventory",
      "Maximum Inventory must be greater than Reorder Point (10) when Reordering Policy is Maximum Qty.",
    ],
    [
      "a SKU with a negative Reorder Point",
      { stockkeepingUnits: [{ locationCode: "BLUE", reorderPoint: "-2" }] },
      "stockkeepingUnits.0.reorderPoint",
      "Reorder Point must be between 0 and 1000000000.",
    ],
  ] as const)(
    "GIVEN %s WHEN the item is saved THEN it is refused beside the field and nothing is written",
    async (_case, fields, field, message) => {
      // GIVEN the database as it is
      const before = await snapshot();
      // WHEN
      const result = await createItemAction(null, itemForm(fields));
      // THEN
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.fieldErrors[field]).toEqual([message]);
      expect(await snapshot()).toEqual(before);
    },
  );

  it("GIVEN a planned item WHEN its Reordering Policy is cleared on the card THEN it is no longer planned (blank = null)", async () => {
    // GIVEN
    const item = await makeItem(db, { reorderingPolicy: "LOT_FOR_LOT" });
    // WHEN
    const result = await updateItemAction(null, itemForm({ no: item.no, version: String(item.version), reorderingPolicy: "" }));
    // THEN
    expect(result).toMatchObject({ ok: true });
    expect((await db.item.findUniqueOrThrow({ where: { no: item.no } })).reorderingPolicy).toBeNull();
  });
});

describe("PL-1 Manufacturing Setup's default dampener", () => {
  async function setupForm(over: Record<string, string>) {
    const s = await db.manufacturingSetup.findUniqueOrThrow({ where: { id: 1 } });
    const data = new FormData();
    const fields: Record<string, string> = {
      simulatedOrderNos: s.simulatedOrderNos ?? "",
      plannedOrderNos: s.plannedOrderNos ?? "",
      firmPlannedOrderNos: s.firmPlannedOrderNos ?? "",
      releasedOrderNos: s.releasedOrderNos ?? "",
      normalStartingTime: "08:00",
      normalEndingTime: "16:00",
      defaultSafetyLeadTimeDays: String(s.defaultSafetyLeadTimeDays),
      safetyLeadTimeForManSchDays: "0",
      version: String(s.version),
      ...over,
    };
    for (const [k, v] of Object.entries(fields)) data.set(k, v);
    return data;
  }

  it("GIVEN the setup card WHEN Default Dampener Period 3 and Default Dampener % 10 are saved THEN the row holds them", async () => {
    const result = await updateManufacturingSetupAction(
      null,
      await setupForm({ defaultDampenerPeriodDays: "3", defaultDampenerPercent: "10" }),
    );
    expect(result).toMatchObject({ ok: true });
    const s = await db.manufacturingSetup.findUniqueOrThrow({ where: { id: 1 } });
    expect([s.defaultDampenerPeriodDays, Number(s.defaultDampenerPercent)]).toEqual([3, 10]);
  });

  it("GIVEN a negative Default Dampener % WHEN saved THEN it is refused beside the field and the row keeps its value", async () => {
    const before = await db.manufacturingSetup.findUniqueOrThrow({ where: { id: 1 } });
    const result = await updateManufacturingSetupAction(null, await setupForm({ defaultDampenerPercent: "-5" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors.defaultDampenerPercent).toEqual(["Default Dampener % cannot be negative."]);
    expect(await db.manufacturingSetup.findUniqueOrThrow({ where: { id: 1 } })).toEqual(before);
  });
});

async function exportItems(query: string) {
  const url = new URL(`http://localhost/export/items?${query}`);
  const response = await GET(new NextRequest(url), { params: Promise.resolve({ path: ["items"] }) });
  const body = new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array(await response.arrayBuffer()));
  return { body, rows: parseCsv(body).records.map((r) => r.fields) };
}

describe("PL-1 planning parameters in the CSV files", () => {
  it("GIVEN an item with planning parameters WHEN exported, changed, and the file imported again THEN they come back", async () => {
    // GIVEN
    const item = await makeItem(db, {
      reorderingPolicy: "FIXED_REORDER_QTY",
      safetyStockQuantity: 5,
      reorderPoint: 10,
      reorderQuantity: 25,
      timeBucketDays: 7,
      dampenerQuantity: 1.5,
      includeInventory: false,
      orderMultiple: 5,
    });
    // WHEN exported (BC's captions and option captions) …
    const { body, rows } = await exportItems(`f_no=${item.no}`);
    const row = Object.fromEntries(rows[0].map((caption, i) => [caption, rows[1][i]]));
    expect(row).toMatchObject({
      "Reordering Policy": "Fixed Reorder Qty.",
      "Safety Stock Quantity": "5",
      "Reorder Point": "10",
      "Reorder Quantity": "25",
      "Time Bucket": "7D",
      "Lot Accumulation Period": "",
      "Dampener Quantity": "1.5",
      "Include Inventory": "No",
      "Order Multiple": "5",
    });
    // … changed in the database, and the file imported again
    await db.item.update({
      where: { no: item.no },
      data: { reorderingPolicy: null, safetyStockQuantity: 0, timeBucketDays: null, dampenerQuantity: null, includeInventory: true },
    });
    const result = await importCsvAction(null, editorForm({ kind: "items", text: body }));
    // THEN
    expect(result).toMatchObject({ ok: true, data: { written: 1, errors: [] } });
    const back = await db.item.findUniqueOrThrow({ where: { no: item.no } });
    expect([
      back.reorderingPolicy,
      Number(back.safetyStockQuantity),
      back.timeBucketDays,
      Number(back.dampenerQuantity),
      back.includeInventory,
    ]).toEqual(["FIXED_REORDER_QTY", 5, 7, 1.5, false]);
  });

  it("GIVEN a SKU file with planning columns WHEN imported THEN the overrides are stored and the blank cells stay blank (as the item)", async () => {
    const item = await makeItem(db, { reorderingPolicy: "LOT_FOR_LOT" });
    const text = `Item No.,Location Code,Reordering Policy,Safety Stock Quantity,Lot Accumulation Period,Include Inventory,Reorder Point\n${item.no},BLUE,Order,4,5D,Yes,\n`;
    const result = await importCsvAction(null, editorForm({ kind: "stockkeepingUnits", text }));
    expect(result).toMatchObject({ ok: true, data: { written: 1 } });
    const sku = await db.stockkeepingUnit.findUniqueOrThrow({
      where: { itemNo_variantCode_locationCode: { itemNo: item.no, variantCode: "", locationCode: "BLUE" } },
    });
    expect([
      sku.reorderingPolicy,
      Number(sku.safetyStockQuantity),
      sku.lotAccumulationPeriodDays,
      sku.includeInventory,
      sku.reorderPoint,
    ]).toEqual(["ORDER", 4, 5, true, null]);
  });

  it("GIVEN a file giving a Maximum Qty. item a Maximum Inventory at its stored Reorder Point WHEN imported THEN the row is refused at that column and nothing is written", async () => {
    // GIVEN an item whose Reorder Point (20) the file does not name
    const item = await makeItem(db, { reorderingPolicy: "MAXIMUM_QTY", reorderPoint: 20, maximumInventory: 50 });
    const before = await snapshot();
    // WHEN
    const text = `No.,Maximum Inventory,Order Multiple\n${item.no},20,-1\n`;
    const first = await importCsvAction(null, editorForm({ kind: "items", text }));
    const second = await importCsvAction(null, editorForm({ kind: "items", text: `No.,Maximum Inventory\n${item.no},20\n` }));
    // THEN the negative multiple is refused by the row check, the combination after the write
    expect(first).toMatchObject({ ok: true, data: { written: 0, errors: [{ row: 2, column: "Order Multiple" }] } });
    expect(second).toMatchObject({
      ok: true,
      data: {
        written: 0,
        errors: [
          {
            row: 2,
            column: "Maximum Inventory",
            message: "Maximum Inventory must be greater than Reorder Point (20) when Reordering Policy is Maximum Qty.",
          },
        ],
      },
    });
    expect(await snapshot()).toEqual(before);
  });
});
