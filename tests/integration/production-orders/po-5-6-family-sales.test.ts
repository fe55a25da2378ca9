// Covers PO-5 (Family source: Description + Routing No. copied, Unit Cost 0, Ending = Due
// Date), PO-6 (Sales Header source: a sales order, a sales QUOTE only for a Simulated order;
// Description = Ship-to Name, Location Code = the order's, Due Date = Ending Date = Shipment
// Date), PO-7 (Variant Code only with Source Type Item), PO-8 (Cost Amount 0 for non-Item
// sources), PO-11 (refusals write nothing).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createProductionOrder } from "@/lib/services/production-orders/create-production-order";
import { makeFamily, makeSalesOrder, makeSalesQuote } from "../../factories";
import { actorFor, at, createInput, expectDomainError, isoOf, todayIso, writeState } from "./helpers";

const create = async (over: Parameters<typeof createInput>[0]) => {
  const created = await createProductionOrder(db, createInput(over), await actorFor("planner"));
  return db.productionOrder.findUniqueOrThrow({ where: { id: created.id } });
};

describe("PO-5 create from a Family", () => {
  it("copies Description and Routing No.; Unit Cost and Cost Amount 0; Ending = Due Date even at a location with lead times", async () => {
    // GIVEN demo family WHEELS (routing FAM-WHEELS) and location RED (inbound 2 days)
    // WHEN a Firm Planned order of 10 at RED due Monday 2026-12-14 is created
    const order = await create({ sourceType: "FAMILY", sourceNo: "WHEELS", quantity: 10, locationCode: "RED", dueDate: "2026-12-14" });
    // THEN the family's data, no cost, and no lead-time offset
    expect(order).toMatchObject({
      sourceType: "FAMILY",
      sourceNo: "WHEELS",
      description: "Wheels family",
      description2: "",
      routingNo: "FAM-WHEELS",
      locationCode: "RED",
      variantCode: "",
    });
    expect(String(order.quantity)).toBe("10");
    expect(String(order.unitCost)).toBe("0");
    expect(String(order.costAmount)).toBe("0");
    expect(isoOf(order.dueDate)).toBe("2026-12-14");
    expect(order.startingDateTime).toEqual(at("2026-12-14", "08:00"));
    expect(order.endingDateTime).toEqual(at("2026-12-14", "16:00"));
    expect(isoOf(order.creationDate)).toBe(todayIso());
  });

  it("a family without routing gives a blank Routing No.; a blocked family is refused", async () => {
    // GIVEN a family without routing and a blocked one
    const plain = await makeFamily(db, { description: "Plain family" });
    const blocked = await makeFamily(db, { blocked: true });
    // WHEN orders are created from each
    const order = await create({ sourceType: "FAMILY", sourceNo: plain.no, quantity: 2 });
    const before = await writeState();
    await expectDomainError(
      createProductionOrder(db, createInput({ sourceType: "FAMILY", sourceNo: blocked.no }), await actorFor()),
      "SOURCE_BLOCKED",
      `Family ${blocked.no} is blocked.`,
      "sourceNo",
    );
    // THEN the first has no routing; the second wrote nothing
    expect(order).toMatchObject({ description: "Plain family", routingNo: null });
    expect(await writeState()).toEqual(before);
  });

  it("an unknown family is refused on Source No.", async () => {
    const before = await writeState();
    await expectDomainError(
      createProductionOrder(db, createInput({ sourceType: "FAMILY", sourceNo: "NOFAM" }), await actorFor()),
      "SOURCE_NOT_FOUND",
      "Family NOFAM does not exist.",
      "sourceNo",
    );
    expect(await writeState()).toEqual(before);
  });

  it("PO-7 a Variant Code with a Family source is refused on Variant Code", async () => {
    const before = await writeState();
    await expectDomainError(
      createProductionOrder(db, createInput({ sourceType: "FAMILY", sourceNo: "WHEELS", variantCode: "BLUE" }), await actorFor()),
      "VARIANT_NOT_ALLOWED",
      "Variant Code can only be used when Source Type is Item.",
      "variantCode",
    );
    expect(await writeState()).toEqual(before);
  });
});

describe("PO-6 create from a Sales Header", () => {
  it("a sales order: Description = Ship-to Name, the order's Location Code, Due = Ending = Shipment Date", async () => {
    // GIVEN a sales order whose Ship-to Name differs from its Sell-to Name, at RED, shipping Tuesday 2026-12-15
    const so = await makeSalesOrder(db, {
      sellToName: "Sell-to Ltd",
      shipToName: "Ship-to Warehouse",
      locationCode: "RED",
      shipmentDate: "2026-12-15",
    });
    // WHEN a Firm Planned order is created from it with another location and due date typed in
    const order = await create({
      sourceType: "SALES_HEADER",
      sourceNo: so.no,
      quantity: undefined,
      locationCode: "BLUE",
      dueDate: "2026-12-01",
    });
    // THEN the sales order wins: its ship-to name, location and shipment date; no cost
    expect(order).toMatchObject({
      sourceType: "SALES_HEADER",
      sourceNo: so.no,
      description: "Ship-to Warehouse",
      description2: "",
      routingNo: null,
      locationCode: "RED",
    });
    expect(isoOf(order.dueDate)).toBe("2026-12-15");
    expect(order.startingDateTime).toEqual(at("2026-12-15", "08:00"));
    expect(order.endingDateTime).toEqual(at("2026-12-15", "16:00"));
    expect(String(order.costAmount)).toBe("0");
    expect(String(order.unitCost)).toBe("0");
  });

  it("demo SO-1002 without a quantity: the header shows what its produced lines still need (5−2 + 6)", async () => {
    // GIVEN SO-1002 (Trey Research, RED, 2026-12-15): 1001 qty 5 reserved 2, 1200 qty 6, purchased 1310, a G/L line
    // WHEN created without Quantity
    const order = await create({ sourceType: "SALES_HEADER", sourceNo: "SO-1002", quantity: undefined });
    // THEN quantity 9 and the order's data
    expect(order).toMatchObject({ description: "Trey Research", locationCode: "RED" });
    expect(String(order.quantity)).toBe("9");
    expect(isoOf(order.dueDate)).toBe("2026-12-15");
  });

  it("a Simulated order reads a sales QUOTE (SQ-1001)", async () => {
    // GIVEN demo quote SQ-1001 (Adatum Corporation, BLUE, shipping 2027-01-19)
    // WHEN a Simulated order is created from it
    const order = await create({ status: "SIMULATED", sourceType: "SALES_HEADER", sourceNo: "SQ-1001", quantity: undefined });
    // THEN it carries the quote's data
    expect(order).toMatchObject({ status: "SIMULATED", description: "Adatum Corporation", locationCode: "BLUE", noSeries: "SIM-PROD" });
    expect(isoOf(order.dueDate)).toBe("2027-01-19");
    expect(order.endingDateTime).toEqual(at("2027-01-19", "16:00"));
  });

  it.each([
    ["a sales ORDER number for a Simulated order", "SIMULATED", "SO-1001", "Sales quote SO-1001 does not exist."],
    ["a sales QUOTE number for a Firm Planned order", "FIRM_PLANNED", "SQ-1001", "Sales order SQ-1001 does not exist."],
    ["a quote for a Planned order", "PLANNED", "SQ-1001", "Sales order SQ-1001 does not exist."],
    ["an unknown sales order", "FIRM_PLANNED", "SO-9999", "Sales order SO-9999 does not exist."],
  ] as const)("refuses %s on Source No. and writes nothing", async (_case, status, sourceNo, message) => {
    // GIVEN the database as it is
    const before = await writeState();
    // WHEN / THEN
    await expectDomainError(
      createProductionOrder(db, createInput({ status, sourceType: "SALES_HEADER", sourceNo }), await actorFor()),
      "SOURCE_NOT_FOUND",
      message,
      "sourceNo",
    );
    expect(await writeState()).toEqual(before);
  });

  it("a sales document without Shipment Date is refused on Source No.", async () => {
    // GIVEN a quote without shipment date (the factory's null is kept by the DB)
    const quote = await makeSalesQuote(db);
    await db.salesHeader.update({ where: { documentType_no: { documentType: "QUOTE", no: quote.no } }, data: { shipmentDate: null } });
    const before = await writeState();
    // WHEN a Simulated order is created from it / THEN refused
    await expectDomainError(
      createProductionOrder(db, createInput({ status: "SIMULATED", sourceType: "SALES_HEADER", sourceNo: quote.no }), await actorFor()),
      "SHIPMENT_DATE_MISSING",
      `Shipment Date must have a value in sales document ${quote.no}.`,
      "sourceNo",
    );
    expect(await writeState()).toEqual(before);
  });
});
