// Covers PO-3 (Creation/Last Date Modified = today, Due Date blank → today, Starting/Ending
// Time from setup, Ending Date = Due Date − (Safety Lead Time + Inbound Whse. Handling Time)
// working days of the location calendar, Starting Date = Ending Date), PO-4 (Item source:
// copies Description, Description 2, Routing No. — the stockkeeping unit's first — and Unit
// Cost; blocked/unknown item refused; Production Blocked = Output is not checked here),
// PO-7 (variant: description copied, blocked/unknown refused, its SKU's routing overrides),
// PO-8 (Cost Amount = round(Quantity × Unit Cost, 2)), PO-11 (nothing written on a refusal).
// Expected dates are counted by hand on the demo calendar (Mon–Fri; 2026-12-25/26 and
// 2027-01-01 are holidays), never with the function under test.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createProductionOrder } from "@/lib/services/production-orders/create-production-order";
import { makeItem, makeItemVariant, makeStockkeepingUnit, upsertManufacturingSetup } from "../../factories";
import { actorFor, at, createInput, expectDomainError, isoOf, todayIso, writeState } from "./helpers";

const create = async (over: Parameters<typeof createInput>[0]) => {
  const created = await createProductionOrder(db, createInput(over), await actorFor("planner"));
  return db.productionOrder.findUniqueOrThrow({ where: { id: created.id } });
};

describe("PO-3/PO-4 create from an Item", () => {
  it("copies Description, Description 2, Routing No. and Unit Cost; Cost Amount, dates and times as the spec says", async () => {
    // GIVEN an item with both descriptions, a routing and a unit cost; the demo setup (08:00–16:00)
    const item = await makeItem(db, {
      description: "Carbon frame",
      description2: "Size L",
      routingNo: "1000",
      unitCost: "1.005",
      replenishmentSystem: "PROD_ORDER",
    });
    const planner = await actorFor("planner");

    // WHEN a planner creates a Firm Planned order of 3 without location, due Monday 2026-12-14
    const order = await create({ sourceNo: item.no, quantity: 3, dueDate: "2026-12-14" });

    // THEN the row read back has the item's data, 3 × 1.005 = 3.015 → 3.02, and the dates
    expect(order).toMatchObject({
      status: "FIRM_PLANNED",
      sourceType: "ITEM",
      sourceNo: item.no,
      variantCode: "",
      description: "Carbon frame",
      description2: "Size L",
      routingNo: "1000",
      locationCode: null,
      noSeries: "FPL-PROD",
      assignedUserId: planner.id,
    });
    expect(String(order.quantity)).toBe("3");
    expect(String(order.unitCost)).toBe("1.005");
    expect(String(order.costAmount)).toBe("3.02");
    expect(isoOf(order.creationDate)).toBe(todayIso());
    expect(isoOf(order.lastDateModified)).toBe(todayIso());
    expect(isoOf(order.dueDate)).toBe("2026-12-14");
    // No location: every day works; Safety Lead Time blank → setup default 1 day → Sunday 13th.
    expect(order.startingDateTime).toEqual(at("2026-12-13", "08:00"));
    expect(order.endingDateTime).toEqual(at("2026-12-13", "16:00"));
  });

  it.each([
    ["2.675 × 1 = 2.675 rounds half up", "2.675", 1, "2.68"],
    ["0.145 × 7 = 1.015 rounds half up", "0.145", 7, "1.02"],
    ["12.34567 × 3.33333 = 41.1521921811", "12.34567", 3.33333, "41.15"],
    ["0.00001 × 999999999 = 9999.99999", "0.00001", 999_999_999, "10000"],
  ])("PO-8 Cost Amount: %s", async (_case, unitCost, quantity, expected) => {
    // GIVEN an item with this Unit Cost
    const item = await makeItem(db, { unitCost });
    // WHEN an order of this quantity is created
    const order = await create({ sourceNo: item.no, quantity });
    // THEN Cost Amount is the product rounded to 2 decimals, half away from zero
    expect(String(order.costAmount)).toBe(expected);
  });

  it("Due Date blank → today; no location → Ending Date = today − 1 calendar day (setup safety lead time)", async () => {
    // GIVEN item 1000 (Safety Lead Time blank) and no location
    // WHEN created without a Due Date
    const order = await create({ sourceNo: "1000", dueDate: undefined });
    // THEN Due Date is today and Starting = Ending = yesterday
    const yesterday = new Date(Date.parse(`${todayIso()}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect(isoOf(order.dueDate)).toBe(todayIso());
    expect(order.startingDateTime).toEqual(at(yesterday, "08:00"));
    expect(order.endingDateTime).toEqual(at(yesterday, "16:00"));
  });

  it.each([
    // [case, item, location, due, expected ending]
    ["1100 at RED: setup safety 1 + inbound 2 from Monday → Wednesday", "1100", "RED", "2026-12-14", "2026-12-09"],
    ["1000 at RED: the SKU's safety 2 + inbound 2 from Monday → Tuesday", "1000", "RED", "2026-12-14", "2026-12-08"],
    ["1000 at BLUE: setup safety 1 + inbound 1 from Monday → Thursday", "1000", "BLUE", "2026-12-14", "2026-12-10"],
    ["1100 at RED over the weekend and Christmas (25th Fri, 26th Sat) → Tuesday 22nd", "1100", "RED", "2026-12-28", "2026-12-22"],
    ["1200 (item safety 2) at BLUE over New Year (Fri 1 Jan) → Tuesday 29 Dec", "1200", "BLUE", "2027-01-04", "2026-12-29"],
  ])("PO-3 Ending Date in working days: %s", async (_case, sourceNo, locationCode, dueDate, ending) => {
    // GIVEN the demo item and location
    // WHEN an order is created with this Due Date
    const order = await create({ sourceNo, locationCode, dueDate });
    // THEN Due Date is kept and Starting Date = Ending Date at the setup's normal times
    expect(isoOf(order.dueDate)).toBe(dueDate);
    expect(order.locationCode).toBe(locationCode);
    expect(order.startingDateTime).toEqual(at(ending, "08:00"));
    expect(order.endingDateTime).toEqual(at(ending, "16:00"));
  });

  describe("with other Normal Starting/Ending Times in setup", () => {
    afterEach(async () => {
      await upsertManufacturingSetup(db, { normalStartingTime: 480, normalEndingTime: 960 });
    });

    it("PO-3 Starting/Ending Time come from Manufacturing Setup", async () => {
      // GIVEN setup 07:30–15:45
      await upsertManufacturingSetup(db, { normalStartingTime: 450, normalEndingTime: 945 });
      // WHEN an order for 1000 at BLUE due Monday 2026-12-14 is created
      const order = await create({ sourceNo: "1000", locationCode: "BLUE", dueDate: "2026-12-14" });
      // THEN the times are the setup's on the Ending Date (Thursday 10th)
      expect(order.startingDateTime).toEqual(at("2026-12-10", "07:30"));
      expect(order.endingDateTime).toEqual(at("2026-12-10", "15:45"));
    });
  });

  it("PO-4 the stockkeeping unit's Routing No. overrides the item's: 1100 at RED → 1100-RED, at BLUE → 1100", async () => {
    // GIVEN demo item 1100 (routing 1100) with an SKU at RED (routing 1100-RED) and one at BLUE without routing
    // WHEN one order is created per location
    const red = await create({ sourceNo: "1100", locationCode: "RED", dueDate: "2026-12-14" });
    const blue = await create({ sourceNo: "1100", locationCode: "BLUE", dueDate: "2026-12-14" });
    // THEN each has its routing; description and unit cost from the item
    expect(red).toMatchObject({ routingNo: "1100-RED", description: "Front Wheel" });
    expect(blue).toMatchObject({ routingNo: "1100", description: "Front Wheel" });
    expect(String(red.unitCost)).toBe("45");
  });

  it("PO-4 Production Blocked = Output does not stop creating (it is checked on release, ST-2)", async () => {
    // GIVEN demo item 1002 (Production Blocked = Output) / WHEN an order is created / THEN it exists
    const order = await create({ sourceNo: "1002" });
    expect(order).toMatchObject({ sourceNo: "1002", description: "Racing Bicycle" });
  });

  it.each([
    ["a blocked item (1003)", { sourceNo: "1003" }, "SOURCE_BLOCKED", "Item 1003 is blocked.", "sourceNo"],
    ["an unknown item", { sourceNo: "NOPE" }, "SOURCE_NOT_FOUND", "Item NOPE does not exist.", "sourceNo"],
    ["an unknown location", { locationCode: "NOWHERE" }, "LOCATION_NOT_FOUND", "Location NOWHERE does not exist.", "locationCode"],
  ])("PO-4/PO-11 %s is refused beside its field and nothing is written", async (_case, over, code, message, field) => {
    // GIVEN the database as it is
    const before = await writeState();
    // WHEN the order is created / THEN the error, and no row, audit entry or number
    await expectDomainError(createProductionOrder(db, createInput(over), await actorFor()), code, message, field);
    expect(await writeState()).toEqual(before);
  });
});

describe("PO-7 Variant Code", () => {
  it("copies the variant's description and keeps the item's Description 2", async () => {
    // GIVEN demo item 1001 (Description 2 "Built to order") and its variant BLUE
    // WHEN an order for 1001 / BLUE is created
    const order = await create({ sourceNo: "1001", variantCode: "BLUE" });
    // THEN the variant is stored and its description copied
    expect(order).toMatchObject({
      variantCode: "BLUE",
      description: "Touring Bicycle, blue",
      description2: "Built to order",
      routingNo: "1001",
    });
  });

  it("works for an item whose description is longer than Description 2 can hold", async () => {
    // GIVEN an item with a 100-character description and a variant
    const item = await makeItem(db, { description: "D".repeat(100) });
    const variant = await makeItemVariant(db, { itemNo: item.no, description: "Long one, green" });
    // WHEN an order for the variant is created
    const order = await create({ sourceNo: item.no, variantCode: variant.code });
    // THEN it is stored with the variant's description (not a database error)
    expect(order).toMatchObject({ variantCode: variant.code, description: "Long one, green" });
  });

  it("the variant's stockkeeping unit routing overrides the item's", async () => {
    // GIVEN an SKU for 1001 / BLUE at BLUE with routing 1000 (the item's routing is 1001)
    await makeStockkeepingUnit(db, { itemNo: "1001", variantCode: "BLUE", locationCode: "BLUE", routingNo: "1000" });
    // WHEN orders for 1001 / BLUE at BLUE and 1001 / RED at BLUE are created
    const blue = await create({ sourceNo: "1001", variantCode: "BLUE", locationCode: "BLUE" });
    const red = await create({ sourceNo: "1001", variantCode: "RED", locationCode: "BLUE" });
    // THEN only the BLUE variant takes the SKU's routing
    expect(blue.routingNo).toBe("1000");
    expect(red.routingNo).toBe("1001");
  });

  it.each([
    ["blocked variant GREEN", "GREEN", "VARIANT_BLOCKED", "Variant GREEN of item 1001 is blocked."],
    ["unknown variant PINK", "PINK", "VARIANT_NOT_FOUND", "Variant PINK does not exist for item 1001."],
  ])("%s is refused on Variant Code and nothing is written", async (_case, variantCode, code, message) => {
    // GIVEN the database as it is
    const before = await writeState();
    // WHEN an order for 1001 with that variant is created / THEN refused, nothing written
    await expectDomainError(
      createProductionOrder(db, createInput({ sourceNo: "1001", variantCode }), await actorFor()),
      code,
      message,
      "variantCode",
    );
    expect(await writeState()).toEqual(before);
  });
});
