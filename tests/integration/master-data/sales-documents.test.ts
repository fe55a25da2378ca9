import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { createSalesDocumentAction, deleteSalesDocumentAction, updateSalesDocumentAction } from "@/lib/actions/master-data/sales-documents";
import { db } from "@/lib/db";
import { makeSalesOrder, makeSalesQuote, uniqueCode } from "../../factories";
import { signInAs, signOut } from "../../support/session";
import { auditOf, expectOnlyAdmins, form, makeOrder, snapshot } from "./md-forms-support";

// Master data: sales orders and quotes with lines — Item lines name existing items, locations exist.

const line = (fields: Record<string, unknown> = {}) => ({
  type: "ITEM",
  no: "1000",
  quantity: "2",
  locationCode: "",
  shipmentDate: "",
  ...fields,
});
const docForm = (fields: Record<string, unknown> = {}) =>
  form({
    documentType: "ORDER",
    no: uniqueCode("SO"),
    sellToName: "Customer",
    locationCode: "BLUE",
    shipmentDate: "2026-12-20",
    lines: [line()],
    ...fields,
  } as Parameters<typeof form>[0]);

beforeAll(async () => {
  await signInAs("admin");
});

describe("MD-SALES-1 creating and editing sales documents", () => {
  it("GIVEN an order with an item line and a comment WHEN saved THEN lines are numbered 10000, 20000 and Outstanding defaults to Quantity", async () => {
    const no = uniqueCode("SO");
    const result = await createSalesDocumentAction(
      null,
      docForm({
        no,
        lines: [
          line({ variantCode: "blue", no: "1001" }),
          line({ type: "COMMENT", no: "", quantity: "", description: "Deliver at gate 3" }),
        ],
      }),
    );
    expect(result).toMatchObject({ ok: true });
    const lines = await db.salesLine.findMany({ where: { documentType: "ORDER", documentNo: no }, orderBy: { lineNo: "asc" } });
    expect(lines.map((l) => [l.lineNo, l.type, l.itemNo, l.variantCode, Number(l.outstandingQuantity)])).toEqual([
      [10000, "ITEM", "1001", "BLUE", 2],
      [20000, "COMMENT", null, "", 0],
    ]);
    expect((await auditOf("SalesHeader", `ORDER/${no}`)).map((a) => a.action)).toEqual(["salesDocument.create"]);
  });

  it("GIVEN a quote with the same No. as an order WHEN saved THEN it is a separate document", async () => {
    const so = await makeSalesOrder(db);
    expect(await createSalesDocumentAction(null, docForm({ documentType: "QUOTE", no: so.no }))).toMatchObject({
      ok: true,
      data: { documentType: "QUOTE" },
    });
  });

  it.each([
    ["an Item line whose item does not exist", { lines: [line({ no: "NOITEM" })] }, "lines.0.no", "Item NOITEM does not exist."],
    ["a blocked item", { lines: [line({ no: "1003" })] }, "lines.0.no", "Item 1003 is blocked."],
    [
      "a variant the item lacks",
      { lines: [line({ variantCode: "PINK" })] },
      "lines.0.variantCode",
      "Variant PINK does not exist for item 1000.",
    ],
    [
      "a line location that does not exist",
      { lines: [line({ locationCode: "NOWHERE" })] },
      "lines.0.locationCode",
      "Location NOWHERE does not exist.",
    ],
    ["a header location that does not exist", { locationCode: "NOWHERE" }, "locationCode", "Location NOWHERE does not exist."],
    ["a negative quantity", { lines: [line({ quantity: "-1" })] }, "lines.0.quantity", "Quantity must be between 0 and 1000000000."],
    [
      "Outstanding above Quantity",
      { lines: [line({ outstandingQuantity: "5" })] },
      "lines.0.outstandingQuantity",
      "Outstanding Quantity must be between 0 and 2.",
    ],
    [
      "Reserved above Outstanding",
      { lines: [line({ reservedQuantity: "3" })] },
      "lines.0.reservedQuantity",
      "Reserved Quantity cannot be greater than Outstanding Quantity.",
    ],
    ["an Item line without No.", { lines: [line({ no: "" })] }, "lines.0.no", "No. must have a value."],
    ["a shipment date that is not a date", { shipmentDate: "2026-13-01" }, "shipmentDate", "Shipment Date must be a date."],
    ["an unknown document type", { documentType: "INVOICE" }, "documentType", "Document Type must be Order or Quote."],
    ["an existing order No.", { no: "SO-1001" }, "no", "Sales Order SO-1001 already exists."],
  ] as const)("GIVEN %s WHEN saved THEN refused beside the field and nothing is written", async (_c, fields, field, message) => {
    const before = await snapshot();
    const result = await createSalesDocumentAction(null, docForm(fields));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors[field]).toEqual([message]);
    expect(await snapshot()).toEqual(before);
  });

  it("GIVEN an order with two lines WHEN the first is removed and one added THEN Line No. 20000 is kept and the new one gets 30000; stale saves are refused", async () => {
    const so = await makeSalesOrder(db, { lines: [{ no: "1000" }, { no: "1100" }] });
    const result = await updateSalesDocumentAction(
      null,
      docForm({ no: so.no, version: 1, lines: [line({ lineNo: 20000, no: "1100" }), line({ no: "1200" })] }),
    );
    expect(result).toMatchObject({ ok: true, data: { version: 2 } });
    const lines = await db.salesLine.findMany({ where: { documentType: "ORDER", documentNo: so.no }, orderBy: { lineNo: "asc" } });
    expect(lines.map((l) => [l.lineNo, l.no])).toEqual([
      [20000, "1100"],
      [30000, "1200"],
    ]);
    const before = await snapshot();
    expect(await updateSalesDocumentAction(null, docForm({ no: so.no, version: 1 }))).toMatchObject({
      ok: false,
      code: "STALE",
      message: `Sales Order ${so.no} was changed by someone else. Reload it.`,
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe("MD-SALES-2 deleting sales documents", () => {
  it("GIVEN an open production order with Source Type Sales Header WHEN the order is deleted THEN refused naming the production order", async () => {
    const so = await makeSalesOrder(db, { lines: [{ no: "1000" }] });
    const order = await makeOrder({ status: "RELEASED", no: uniqueCode("R"), sourceType: "SALES_HEADER", sourceNo: so.no });
    const before = await snapshot();
    expect(await deleteSalesDocumentAction(null, { documentType: "ORDER", no: so.no, version: 1 })).toMatchObject({
      ok: false,
      code: "IN_USE",
      message: `Sales Order ${so.no} cannot be deleted because Released production order ${order.no} refers to it.`,
    });
    expect(await snapshot()).toEqual(before);
  });

  it("GIVEN an unreferenced quote WHEN deleted THEN it and its lines are gone and audited", async () => {
    const sq = await makeSalesQuote(db, { lines: [{ no: "1000" }] });
    expect(await deleteSalesDocumentAction(null, { documentType: "QUOTE", no: sq.no, version: 1 })).toMatchObject({ ok: true });
    expect(await db.salesLine.count({ where: { documentType: "QUOTE", documentNo: sq.no } })).toBe(0);
    expect((await auditOf("SalesHeader", `QUOTE/${sq.no}`)).map((a) => a.action)).toEqual(["salesDocument.delete"]);
  });
});

describe("X-1 only admins maintain sales documents", () => {
  it("GIVEN a planner, a supervisor or no session WHEN they create, edit or delete THEN each call is refused", async () => {
    const so = await makeSalesOrder(db);
    await expectOnlyAdmins(
      () => [
        createSalesDocumentAction(null, docForm()),
        updateSalesDocumentAction(null, docForm({ no: so.no, version: 1 })),
        deleteSalesDocumentAction(null, { documentType: "ORDER", no: so.no, version: 1 }),
      ],
      { signInAs, signOut },
    );
  });
});
