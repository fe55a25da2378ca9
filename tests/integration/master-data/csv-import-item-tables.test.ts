import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { importCsvAction } from "@/lib/actions/master-data/import";
import { db } from "@/lib/db";
import { makeItem, makeItemVariant, makeLocation, makeRouting, makeStockkeepingUnit } from "../../factories";
import { ensureUnitOfMeasure } from "../../factories/units";
import { signInAs } from "../../support/session";
import { editorForm } from "./bom-routing-support";

// Issue #21 item 3: an admin setting up a company by import needs the item card's tables too:
// units of measure, variants, stockkeeping units and inventory. Like every import, a file writes
// only the columns it names; new rows take the defaults.

const run = (kind: string, lines: string[]) => importCsvAction(null, editorForm({ kind, text: lines.join("\r\n") + "\r\n" }));

beforeAll(async () => {
  await signInAs("admin");
});

describe("CSV import of item units of measure, variants, stockkeeping units and inventory", () => {
  it("GIVEN an item WHEN units of measure are imported THEN added or updated; the base unit must stay 1 and the unit must exist", async () => {
    // GIVEN
    await ensureUnitOfMeasure(db, "BOX");
    await ensureUnitOfMeasure(db, "PALLET");
    const item = await makeItem(db, { extraUnits: [{ code: "BOX", qtyPerUnitOfMeasure: 10 }] });
    // WHEN
    const ok = await run("itemUnitsOfMeasure", ["Item No.,Code,Qty. per Unit of Measure", `${item.no},BOX,12`, `${item.no},PALLET,480`]);
    const refused = await run("itemUnitsOfMeasure", ["Item No.,Code,Qty. per Unit of Measure", `${item.no},PCS,2`, `${item.no},NOPE,1`]);
    // THEN
    expect(ok).toMatchObject({ ok: true, data: { written: 2, errors: [] } });
    expect(refused).toMatchObject({
      ok: true,
      data: {
        written: 0,
        errors: [
          { row: 2, column: "Qty. per Unit of Measure", message: "Qty. per Unit of Measure must be 1 for the base unit of measure." },
          { row: 3, column: "Code", message: "Unit of Measure NOPE does not exist." },
        ],
      },
    });
    const units = await db.itemUnitOfMeasure.findMany({ where: { itemNo: item.no }, orderBy: { code: "asc" } });
    expect(units.map((u) => [u.code, String(u.qtyPerUnitOfMeasure)])).toEqual([
      ["BOX", "12"],
      ["PALLET", "480"],
      ["PCS", "1"],
    ]);
  });

  it("GIVEN a variant WHEN a file names only Blocked THEN its description stays; a new variant gets the defaults", async () => {
    const variant = await makeItemVariant(db, { description: "Red frame" });
    const result = await run("itemVariants", [
      "Item No.,Code,Blocked",
      `${variant.itemNo},${variant.code},Yes`,
      `${variant.itemNo},BLUE,No`,
    ]);
    expect(result).toMatchObject({ ok: true, data: { written: 2, errors: [] } });
    const rows = await db.itemVariant.findMany({ where: { itemNo: variant.itemNo }, orderBy: { code: "asc" } });
    expect(rows.map((v) => [v.code, v.description, v.blocked])).toEqual(
      [
        ["BLUE", "", false],
        [variant.code, "Red frame", true],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });

  it("GIVEN a stockkeeping unit WHEN a file names only its lead time THEN its routing stays; unknown location and variant are refused", async () => {
    // GIVEN
    const routing = await makeRouting(db);
    const sku = await makeStockkeepingUnit(db, { routingNo: routing.no, safetyLeadTimeDays: 2 });
    // WHEN
    const ok = await run("stockkeepingUnits", ["Item No.,Location Code,Lead Time Calculation", `${sku.itemNo},${sku.locationCode},4D`]);
    const refused = await run("stockkeepingUnits", [
      "Item No.,Variant Code,Location Code",
      `${sku.itemNo},NOPE,${sku.locationCode}`,
      `${sku.itemNo},,NOWHERE`,
    ]);
    // THEN
    expect(ok).toMatchObject({ ok: true, data: { written: 1, errors: [] } });
    expect(
      await db.stockkeepingUnit.findUniqueOrThrow({
        where: { itemNo_variantCode_locationCode: { itemNo: sku.itemNo, variantCode: "", locationCode: sku.locationCode } },
      }),
    ).toMatchObject({ routingNo: routing.no, leadTimeDays: 4, safetyLeadTimeDays: 2 });
    expect(refused).toMatchObject({
      ok: true,
      data: {
        written: 0,
        errors: [
          { row: 2, column: "Variant Code", message: `Variant NOPE does not exist for item ${sku.itemNo}.` },
          { row: 3, column: "Location Code", message: "Location NOWHERE does not exist." },
        ],
      },
    });
  });

  it("GIVEN an item WHEN inventory is imported THEN the quantity on hand per location is set", async () => {
    const item = await makeItem(db);
    const location = await makeLocation(db);
    expect(await run("inventory", ["Item No.,Location Code,Quantity", `${item.no},${location.code},12.5`])).toMatchObject({
      ok: true,
      data: { written: 1 },
    });
    expect(await run("inventory", ["Item No.,Location Code,Quantity", `${item.no},${location.code},7`])).toMatchObject({
      ok: true,
      data: { written: 1 },
    });
    const rows = await db.inventoryBalance.findMany({ where: { itemNo: item.no } });
    expect(rows.map((r) => [r.locationCode, r.variantCode, String(r.quantity)])).toEqual([[location.code, "", "7"]]);
  });
});
