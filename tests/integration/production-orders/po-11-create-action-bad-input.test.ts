// Covers PO-11 through the public endpoint createProductionOrderAction (signed in as a planner):
// bad input in every field comes back as ok:false with the message beside the field it concerns,
// and writes nothing — no order, no audit entry, no number drawn from any series. Also PO-2
// (Status/Source Type values), PO-4 (unknown/blocked item), PO-6 (quote vs order), PO-7
// (variant), NS-11 (manual No.), X-1 (signed out), and the success path's redirect (PO-3, NS-6).
import "../../support/next-mocks";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createProductionOrderAction } from "@/lib/actions/production-orders";
import { db } from "@/lib/db";
import { createProductionOrder } from "@/lib/services/production-orders/create-production-order";
import { signInAs, signOut } from "../../support/session";
import { actorFor, createInput, formOf, redirectUrlOf, setLastNoUsed, writeState } from "./helpers";

const VALID = { status: "FIRM_PLANNED", sourceType: "ITEM", sourceNo: "1000", quantity: "5", dueDate: "2026-12-14", locationCode: "BLUE" };
const LONG = (c: string) => c.repeat(10_000);
const MANUAL =
  "You may not enter numbers manually. If you want to enter numbers manually, please activate Manual Nos. in No. Series SIM-PROD.";

type Case = [string, Record<string, string | undefined>, string, string];

const CASES: Case[] = [
  // Quantity
  ["missing Quantity", { quantity: undefined }, "quantity", "Quantity must have a value."],
  ["blank Quantity", { quantity: "" }, "quantity", "Quantity must have a value."],
  ["zero Quantity", { quantity: "0" }, "quantity", "Quantity must be greater than 0."],
  ["negative Quantity", { quantity: "-5" }, "quantity", "Quantity must be greater than 0."],
  ["Quantity abc", { quantity: "abc" }, "quantity", "Quantity must be a number."],
  ["Quantity 1e400", { quantity: "1e400" }, "quantity", "Quantity must be a number."],
  ["Quantity NaN", { quantity: "NaN" }, "quantity", "Quantity must be a number."],
  ["Quantity Infinity", { quantity: "Infinity" }, "quantity", "Quantity must be a number."],
  ["Quantity -Infinity", { quantity: "-Infinity" }, "quantity", "Quantity must be a number."],
  ["huge Quantity 1,000,000,000,000", { quantity: "1,000,000,000,000" }, "quantity", "Quantity cannot be greater than 999,999,999."],
  ["Quantity 0x10 (hex)", { quantity: "0x10" }, "quantity", "Quantity must be a number."],
  ["Quantity 1e3 (exponent)", { quantity: "1e3" }, "quantity", "Quantity must be a number."],
  ["Quantity 1e12 (exponent)", { quantity: "1e12" }, "quantity", "Quantity must be a number."],
  ["Quantity with 6 decimals", { quantity: "1.123456" }, "quantity", "Quantity can have at most 5 decimals."],
  ["Quantity of 10,000 digits", { quantity: LONG("9") }, "quantity", "Quantity must be a number."],
  // Source No.
  ["unknown Source No.", { sourceNo: "NOPE" }, "sourceNo", "Item NOPE does not exist."],
  ["blocked item 1003", { sourceNo: "1003" }, "sourceNo", "Item 1003 is blocked."],
  ["blank Source No.", { sourceNo: "" }, "sourceNo", "Source No. must have a value."],
  ["missing Source No.", { sourceNo: undefined }, "sourceNo", "Source No. must have a value."],
  ["10,000-character Source No.", { sourceNo: LONG("X") }, "sourceNo", "Source No. cannot be longer than 20 characters."],
  ["SQL in Source No.", { sourceNo: "1000' OR '1'='1" }, "sourceNo", "Item 1000' OR '1'='1 does not exist."],
  ["HTML in Source No.", { sourceNo: "<img src=x>" }, "sourceNo", "Item <img src=x> does not exist."],
  [
    "a sales order for a Simulated order",
    { status: "SIMULATED", sourceType: "SALES_HEADER", sourceNo: "SO-1001" },
    "sourceNo",
    "Sales quote SO-1001 does not exist.",
  ],
  [
    "a quote for a Firm Planned order",
    { sourceType: "SALES_HEADER", sourceNo: "SQ-1001" },
    "sourceNo",
    "Sales order SQ-1001 does not exist.",
  ],
  // Variant Code
  [
    "a variant with a Family source",
    { sourceType: "FAMILY", sourceNo: "WHEELS", variantCode: "BLUE" },
    "variantCode",
    "Variant Code can only be used when Source Type is Item.",
  ],
  [
    "a variant with a Sales Header source",
    { sourceType: "SALES_HEADER", sourceNo: "SO-1001", variantCode: "BLUE" },
    "variantCode",
    "Variant Code can only be used when Source Type is Item.",
  ],
  ["a blocked variant", { sourceNo: "1001", variantCode: "GREEN" }, "variantCode", "Variant GREEN of item 1001 is blocked."],
  ["HTML in Variant Code", { sourceNo: "1001", variantCode: "<b>x</b>" }, "variantCode", "Variant <b>x</b> does not exist for item 1001."],
  ["10,000-character Variant Code", { variantCode: LONG("V") }, "variantCode", "Variant Code cannot be longer than 10 characters."],
  // Due Date
  ["Due Date 2026-02-30", { dueDate: "2026-02-30" }, "dueDate", "Due Date must be a valid date."],
  ["Due Date 31-12-2026", { dueDate: "31-12-2026" }, "dueDate", "Due Date must be a valid date."],
  ["Due Date 2026-13-01", { dueDate: "2026-13-01" }, "dueDate", "Due Date must be a valid date."],
  ["far-away Due Date 9999-01-01", { dueDate: "9999-01-01" }, "dueDate", "Due Date must be between 2000-01-01 and 2099-12-31."],
  ["Due Date 1999-12-31", { dueDate: "1999-12-31" }, "dueDate", "Due Date must be between 2000-01-01 and 2099-12-31."],
  ["10,000-character Due Date", { dueDate: LONG("2") }, "dueDate", "Due Date must be a valid date."],
  // Status and Source Type
  ["Status RELEASED", { status: "RELEASED" }, "status", "Status must be Simulated, Planned or Firm Planned."],
  ["Status FINISHED", { status: "FINISHED" }, "status", "Status must be Simulated, Planned or Firm Planned."],
  ["unknown Status", { status: "BOGUS" }, "status", "Status must be Simulated, Planned or Firm Planned."],
  ["unknown Source Type", { sourceType: "VENDOR" }, "sourceType", "Source Type must be Item, Family or Sales Header."],
  ["missing Source Type", { sourceType: undefined }, "sourceType", "Source Type must be Item, Family or Sales Header."],
  // No.
  ["a manual No. without Manual Nos. (SIM-PROD)", { status: "SIMULATED", no: "S-MINE" }, "no", MANUAL],
  ["SQL as a manual No. without Manual Nos.", { status: "SIMULATED", no: "x'); DROP TABLE--" }, "no", MANUAL],
  ["a duplicate manual No.", { no: "DUP-1" }, "no", "Production order DUP-1 already exists with this status."],
  ["10,000-character No.", { no: LONG("N") }, "no", "No. cannot be longer than 20 characters."],
  // Location Code
  ["unknown Location Code", { locationCode: "NOWHERE" }, "locationCode", "Location NOWHERE does not exist."],
  ["SQL in Location Code", { locationCode: "';--" }, "locationCode", "Location ';-- does not exist."],
  ["10,000-character Location Code", { locationCode: LONG("L") }, "locationCode", "Location Code cannot be longer than 10 characters."],
];

beforeAll(async () => {
  await createProductionOrder(db, createInput({ no: "DUP-1" }), await actorFor());
  // Draw once from each Sequence series so their PostgreSQL sequences exist and are watched.
  await createProductionOrder(db, createInput({ status: "SIMULATED" }), await actorFor());
  await createProductionOrder(db, createInput({ status: "PLANNED" }), await actorFor());
});

beforeEach(async () => {
  await signInAs("planner");
});

describe("PO-11 createProductionOrderAction refuses bad input beside its field and writes nothing", () => {
  it.each(CASES)("%s", async (_case, over, field, message) => {
    // GIVEN the database as it is
    const before = await writeState();
    // WHEN the planner posts the form with the bad value
    const result = await createProductionOrderAction(null, formOf({ ...VALID, ...over }));
    // THEN ok:false with the message on that field
    expect(result).toMatchObject({ ok: false });
    if (!result || result.ok) throw new Error("unreachable");
    expect(result.fieldErrors[field]).toEqual([message]);
    // AND no order, no audit entry, no number used
    expect(await writeState()).toEqual(before);
  });

  it("several bad fields at once are all reported, each beside its field", async () => {
    const before = await writeState();
    const result = await createProductionOrderAction(
      null,
      formOf({ ...VALID, quantity: "-1", dueDate: "2026-02-30", status: "X", sourceType: "Y" }),
    );
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      message: "Please correct the marked fields.",
      fieldErrors: {
        quantity: ["Quantity must be greater than 0."],
        dueDate: ["Due Date must be a valid date."],
        status: ["Status must be Simulated, Planned or Firm Planned."],
        sourceType: ["Source Type must be Item, Family or Sales Header."],
      },
    });
    expect(await writeState()).toEqual(before);
  });

  it("a field posted twice (an array) is refused, not half-read", async () => {
    const before = await writeState();
    const form = formOf(VALID);
    form.append("quantity", "7");
    form.append("sourceNo", "1100");
    const result = await createProductionOrderAction(null, form);
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { quantity: ["Quantity must be a number."], sourceNo: ["Source No. must be text."] },
    });
    expect(await writeState()).toEqual(before);
  });

  it("X-1 signed out: refused and nothing written", async () => {
    signOut();
    const before = await writeState();
    const result = await createProductionOrderAction(null, formOf(VALID));
    expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED", message: "You must sign in first." });
    expect(await writeState()).toEqual(before);
  });
});

describe("createProductionOrderAction success", () => {
  it("PO-3 a valid form creates the order and redirects to its card with the new number", async () => {
    // GIVEN FPL-PROD at 120000
    await setLastNoUsed("FPL-PROD", "120000");
    // WHEN the planner posts a valid form
    const url = await redirectUrlOf(() => createProductionOrderAction(null, formOf(VALID)));
    // THEN the redirect names the new number, and the row exists
    expect(url).toBe("/production-orders/firm-planned/120001?created=1");
    expect(await db.productionOrder.findFirst({ where: { status: "FIRM_PLANNED", no: "120001" } })).toMatchObject({
      sourceNo: "1000",
      locationCode: "BLUE",
    });
  });

  it("a blank Due Date is no error: it becomes today (PO-3)", async () => {
    await setLastNoUsed("FPL-PROD", "120100");
    const url = await redirectUrlOf(() => createProductionOrderAction(null, formOf({ ...VALID, dueDate: "" })));
    expect(url).toContain("/120101?created=1");
    const row = await db.productionOrder.findFirstOrThrow({ where: { status: "FIRM_PLANNED", no: "120101" } });
    expect(row.dueDate?.toISOString().slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
  });

  it("NS-6 the redirect carries the series warning when the Warning No. is reached", async () => {
    await setLastNoUsed("FPL-PROD", "198999");
    const url = await redirectUrlOf(() => createProductionOrderAction(null, formOf(VALID)));
    expect(url).toBe("/production-orders/firm-planned/199000?created=1&warning=series");
  });

  it("text with SQL/HTML that is valid input is stored verbatim (a manual No. where Manual Nos. is on)", async () => {
    const url = await redirectUrlOf(() => createProductionOrderAction(null, formOf({ ...VALID, no: "<b>1</b>';--" })));
    expect(url).toContain(encodeURIComponent("<b>1</b>';--"));
    expect(await db.productionOrder.count({ where: { no: "<b>1</b>';--" } })).toBe(1);
  });
});
