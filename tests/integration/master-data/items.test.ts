import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { createItemAction, deleteItemAction, updateItemAction } from "@/lib/actions/master-data/items";
import { db } from "@/lib/db";
import {
  makeFamily,
  makeItem,
  makeLocation,
  makeProductionBom,
  makeRouting,
  makeSalesOrder,
  makeUnitOfMeasure,
  uniqueCode,
} from "../../factories";
import { signInAs, signOut } from "../../support/session";
import { auditOf, expectOnlyAdmins, form, makeOrder, snapshot } from "./md-forms-support";

// Master data: the item card (issue 7) — validation at the boundary, X-2 versions, delete rules.

const itemForm = (fields: Record<string, unknown> = {}) =>
  form({
    no: uniqueCode("IT"),
    description: "Test item",
    baseUnitOfMeasure: "PCS",
    units: [],
    variants: [],
    stockkeepingUnits: [],
    inventory: [],
    ...fields,
  } as Parameters<typeof form>[0]);

beforeAll(async () => {
  await signInAs("admin");
});

describe("MD-ITEM-1 creating an item with its grids", () => {
  it("GIVEN a base unit, an extra unit, a variant, a SKU and a balance WHEN saved THEN all rows are stored and the base unit row has Qty. 1", async () => {
    // GIVEN units PCS and a fresh BOX unit, location BLUE and routing 1000
    const box = await makeUnitOfMeasure(db);
    const no = uniqueCode("IT");
    // WHEN the admin creates the item (the grid leaves the base unit out)
    const result = await createItemAction(
      null,
      itemForm({
        no: no.toLowerCase(),
        scrapPercent: "2,5",
        replenishmentSystem: "PROD_ORDER",
        safetyLeadTimeDays: "",
        units: [{ code: box.code, qtyPerUnitOfMeasure: "12" }],
        variants: [{ code: "blue", description: "Blue", blocked: false }],
        stockkeepingUnits: [{ locationCode: "BLUE", variantCode: "BLUE", routingNo: "", leadTimeDays: "3", safetyLeadTimeDays: "" }],
        inventory: [{ locationCode: "RED", variantCode: "", quantity: "7.5" }],
      }),
    );
    // THEN the item and its rows read back as entered, upper-cased, and the create is audited
    expect(result).toMatchObject({ ok: true, data: { no } });
    const item = await db.item.findUniqueOrThrow({
      where: { no },
      include: { unitsOfMeasure: { orderBy: { code: "asc" } }, variants: true, stockkeepingUnits: true, inventory: true },
    });
    expect(item).toMatchObject({ baseUnitOfMeasure: "PCS", replenishmentSystem: "PROD_ORDER", safetyLeadTimeDays: null, version: 1 });
    expect(Number(item.scrapPercent)).toBe(2.5);
    expect(item.unitsOfMeasure.map((u) => [u.code, Number(u.qtyPerUnitOfMeasure)]).sort()).toEqual(
      [
        [box.code, 12],
        ["PCS", 1],
      ].sort(),
    );
    expect(item.variants.map((v) => v.code)).toEqual(["BLUE"]);
    expect(item.stockkeepingUnits).toMatchObject([{ locationCode: "BLUE", variantCode: "BLUE", leadTimeDays: 3, routingNo: null }]);
    expect(item.inventory.map((b) => [b.locationCode, Number(b.quantity)])).toEqual([["RED", 7.5]]);
    expect((await auditOf("Item", no)).map((a) => a.action)).toEqual(["item.create"]);
  });

  it.each([
    ["the Base Unit of Measure does not exist", { baseUnitOfMeasure: "NOPE" }, "baseUnitOfMeasure", "Unit of Measure NOPE does not exist."],
    ["Scrap % above 100", { scrapPercent: "101" }, "scrapPercent", "Scrap % must be between 0 and 100."],
    ["Scrap % below 0", { scrapPercent: "-1" }, "scrapPercent", "Scrap % must be between 0 and 100."],
    ["a No. with a space", { no: "BAD NO" }, "no", "No. may only contain letters, digits, '.', '_' and '-'."],
    ["a No. of 21 characters", { no: "X".repeat(21) }, "no", "No. cannot be longer than 20 characters."],
    ["a blank No.", { no: "" }, "no", "No. must have a value."],
    ["a Production BOM No. that does not exist", { productionBomNo: "NO-BOM" }, "productionBomNo", "Production BOM NO-BOM does not exist."],
    ["a Routing No. that does not exist", { routingNo: "NO-RTG" }, "routingNo", "Routing NO-RTG does not exist."],
    [
      "a unit row with an unknown code",
      { units: [{ code: "ZZZ", qtyPerUnitOfMeasure: 2 }] },
      "units.0.code",
      "Unit of Measure ZZZ does not exist.",
    ],
    [
      "the base unit row with Qty. 2",
      { units: [{ code: "PCS", qtyPerUnitOfMeasure: 2 }] },
      "units.0.qtyPerUnitOfMeasure",
      "The base unit of measure PCS must have Qty. per Unit of Measure 1.",
    ],
    [
      "a unit with Qty. 0",
      { units: [{ code: "PCS", qtyPerUnitOfMeasure: 0 }] },
      "units.0.qtyPerUnitOfMeasure",
      "Qty. per Unit of Measure must be greater than 0 and at most 1000000.",
    ],
    [
      "a SKU at an unknown location",
      { stockkeepingUnits: [{ locationCode: "NOWHERE", variantCode: "" }] },
      "stockkeepingUnits.0.locationCode",
      "Location NOWHERE does not exist.",
    ],
    [
      "a SKU with an unknown routing",
      { stockkeepingUnits: [{ locationCode: "BLUE", routingNo: "NO-RTG" }] },
      "stockkeepingUnits.0.routingNo",
      "Routing NO-RTG does not exist.",
    ],
    [
      "a SKU for a variant the item lacks",
      { stockkeepingUnits: [{ locationCode: "BLUE", variantCode: "PINK" }] },
      "stockkeepingUnits.0.variantCode",
      "Variant PINK is not a variant of this item.",
    ],
    [
      "negative inventory",
      { inventory: [{ locationCode: "BLUE", quantity: "-3" }] },
      "inventory.0.quantity",
      "Quantity must be between 0 and 1000000000.",
    ],
    ["the same variant twice", { variants: [{ code: "A" }, { code: "a" }] }, "variants.1.code", "The variant A is already in the list."],
    ["Rounding Precision 0", { roundingPrecision: "0" }, "roundingPrecision", "Rounding Precision must be greater than 0 and at most 1."],
    ["Lead Time Calculation of 1.5 days", { leadTimeDays: "1.5" }, "leadTimeDays", "Lead Time Calculation must be a whole number."],
  ] as const)(
    "GIVEN %s WHEN the item is saved THEN it is refused beside the field and nothing is written",
    async (_case, fields, field, message) => {
      // GIVEN the database as it is
      const before = await snapshot();
      // WHEN the admin saves the item with the mistake
      const result = await createItemAction(null, itemForm(fields));
      // THEN the field carries the message and no row changed
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.fieldErrors[field]).toEqual([message]);
      expect(await snapshot()).toEqual(before);
    },
  );

  it("GIVEN item 1000 exists WHEN another item 1000 is created THEN it is refused on No.", async () => {
    // GIVEN / WHEN
    const before = await snapshot();
    const result = await createItemAction(null, itemForm({ no: "1000" }));
    // THEN
    expect(result).toMatchObject({ ok: false, code: "EXISTS", fieldErrors: { no: ["Item 1000 already exists."] } });
    expect(await snapshot()).toEqual(before);
  });
});

describe("MD-ITEM-2 / X-2 editing an item carries the version it read", () => {
  it("GIVEN an item at version 1 WHEN saved THEN the change and a new variant are stored, version 2, audited with before/after", async () => {
    // GIVEN
    const item = await makeItem(db, { description: "Old" });
    // WHEN
    const result = await updateItemAction(
      null,
      itemForm({ no: item.no, version: 1, description: "New", variants: [{ code: "V1", description: "One" }] }),
    );
    // THEN
    expect(result).toMatchObject({ ok: true, data: { no: item.no, version: 2 } });
    const row = await db.item.findUniqueOrThrow({ where: { no: item.no }, include: { variants: true, unitsOfMeasure: true } });
    expect(row).toMatchObject({ description: "New", version: 2 });
    expect(row.variants.map((v) => v.code)).toEqual(["V1"]);
    expect(row.unitsOfMeasure.map((u) => u.code)).toEqual(["PCS"]);
    const audit = (await auditOf("Item", item.no)).at(-1)!;
    expect(audit.action).toBe("item.update");
    expect(audit.changes).toMatchObject({ description: ["Old", "New"], variants: [[], ["V1"]] });
  });

  it("GIVEN someone saved the item first WHEN the stale form is saved THEN it is refused with the entity's wording and nothing changes", async () => {
    // GIVEN an item edited once (version 2)
    const item = await makeItem(db);
    expect((await updateItemAction(null, itemForm({ no: item.no, version: 1, description: "First" }))).ok).toBe(true);
    const before = await snapshot();
    // WHEN the form read at version 1 is saved
    const stale = await updateItemAction(null, itemForm({ no: item.no, version: 1, description: "Second" }));
    // THEN
    expect(stale).toMatchObject({ ok: false, code: "STALE", message: `Item ${item.no} was changed by someone else. Reload it.` });
    expect(await snapshot()).toEqual(before);
  });

  it("GIVEN a variant on a sales line WHEN the variant is removed from the card THEN it is refused naming the sales order", async () => {
    // GIVEN item with variant RED used by a sales order line
    const item = await makeItem(db);
    await db.itemVariant.create({ data: { itemNo: item.no, code: "RED" } });
    const so = await makeSalesOrder(db, { lines: [{ no: item.no, variantCode: "RED" }] });
    const before = await snapshot();
    // WHEN the variants grid is saved empty
    const result = await updateItemAction(null, itemForm({ no: item.no, version: 1, variants: [] }));
    // THEN
    expect(result).toMatchObject({
      ok: false,
      code: "IN_USE",
      fieldErrors: { variants: [`Variant RED of item ${item.no} cannot be removed because Sales Order ${so.no} refers to it.`] },
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe("MD-ITEM-3 deleting an item", () => {
  it("GIVEN a BOM line, a Firm Planned order, a family line and a sales order refer to the item WHEN deleted THEN it is refused naming each", async () => {
    // GIVEN
    const item = await makeItem(db);
    const bom = await makeProductionBom(db, { lines: [{ no: item.no, lineNo: 20000 }] });
    const order = await makeOrder({
      status: "FIRM_PLANNED",
      no: uniqueCode("FP"),
      sourceType: "ITEM",
      sourceNo: "1000",
      lineItemNo: item.no,
    });
    const family = await makeFamily(db, { lines: [{ itemNo: item.no }] });
    const so = await makeSalesOrder(db, { lines: [{ no: item.no }] });
    const before = await snapshot();
    // WHEN
    const result = await deleteItemAction(null, { no: item.no, version: 1 });
    // THEN the message names every referrer and nothing is deleted
    expect(result).toMatchObject({
      ok: false,
      code: "IN_USE",
      message: `Item ${item.no} cannot be deleted because Production BOM ${bom.no} line 20000, Firm Planned production order ${order.no}, Family ${family.no} and Sales Order ${so.no} refer to it.`,
    });
    expect(await snapshot()).toEqual(before);
  });

  it("GIVEN an item only a Finished order was made from WHEN deleted THEN the source alone does not block it", async () => {
    // GIVEN a finished order with the item as source but no lines
    const item = await makeItem(db);
    await makeOrder({ status: "FINISHED", no: uniqueCode("FI"), sourceType: "ITEM", sourceNo: item.no });
    // WHEN / THEN
    expect(await deleteItemAction(null, { no: item.no, version: 1 })).toMatchObject({ ok: true });
  });

  it("GIVEN an unreferenced item with units, variants, SKUs and inventory WHEN deleted THEN all its rows are gone and the delete is audited", async () => {
    // GIVEN
    const item = await makeItem(db, { extraUnits: [{ code: "PCS", qtyPerUnitOfMeasure: 1 }] });
    await db.itemVariant.create({ data: { itemNo: item.no, code: "X" } });
    const loc = await makeLocation(db);
    await db.stockkeepingUnit.create({ data: { itemNo: item.no, locationCode: loc.code } });
    await db.inventoryBalance.create({ data: { itemNo: item.no, locationCode: loc.code, quantity: 4 } });
    // WHEN
    const result = await deleteItemAction(null, { no: item.no, version: 1 });
    // THEN
    expect(result).toMatchObject({ ok: true, data: { no: item.no } });
    expect(await db.item.count({ where: { no: item.no } })).toBe(0);
    expect(await db.itemUnitOfMeasure.count({ where: { itemNo: item.no } })).toBe(0);
    expect(await db.stockkeepingUnit.count({ where: { itemNo: item.no } })).toBe(0);
    expect((await auditOf("Item", item.no)).map((a) => a.action)).toEqual(["item.delete"]);
  });

  it("GIVEN a stale version WHEN deleted THEN it is refused and the item stays", async () => {
    // GIVEN
    const item = await makeItem(db);
    // WHEN / THEN
    expect(await deleteItemAction(null, { no: item.no, version: 7 })).toMatchObject({ ok: false, code: "STALE" });
    expect(await db.item.count({ where: { no: item.no } })).toBe(1);
  });

  it("GIVEN a routing and BOM that exist WHEN the item points at them THEN it is saved", async () => {
    // GIVEN
    const routing = await makeRouting(db);
    const bom = await makeProductionBom(db, { lines: [] });
    // WHEN
    const no = uniqueCode("IT");
    const result = await createItemAction(null, itemForm({ no, routingNo: routing.no, productionBomNo: bom.no }));
    // THEN
    expect(result.ok).toBe(true);
    expect(await db.item.findUniqueOrThrow({ where: { no } })).toMatchObject({ routingNo: routing.no, productionBomNo: bom.no });
  });
});

describe("X-1 only admins maintain items", () => {
  it("GIVEN a planner, a supervisor or no session WHEN they create, edit or delete an item THEN each call is refused and nothing is written", async () => {
    // GIVEN an unreferenced item
    const item = await makeItem(db);
    // WHEN / THEN (checked per role inside)
    await expectOnlyAdmins(
      () => [
        createItemAction(null, itemForm()),
        updateItemAction(null, itemForm({ no: item.no, version: 1, description: "Hacked" })),
        deleteItemAction(null, { no: item.no, version: 1 }),
      ],
      { signInAs, signOut },
    );
    expect(await db.item.findUniqueOrThrow({ where: { no: item.no } })).toMatchObject({ version: 1, description: item.description });
  });
});
