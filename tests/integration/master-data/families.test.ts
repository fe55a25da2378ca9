import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { createFamilyAction, deleteFamilyAction, updateFamilyAction } from "@/lib/actions/master-data/families";
import { db } from "@/lib/db";
import { makeFamily, makeItem, makeRouting, uniqueCode } from "../../factories";
import { signInAs, signOut } from "../../support/session";
import { auditOf, expectOnlyAdmins, form, makeOrder, snapshot } from "./md-forms-support";

// Master data: families with their lines — lines' items must exist, quantities > 0.

const famForm = (fields: Record<string, unknown> = {}) =>
  form({ no: uniqueCode("FAM"), description: "Test", routingNo: "", lines: [{ itemNo: "1100", quantity: "1" }], ...fields } as Parameters<
    typeof form
  >[0]);

beforeAll(async () => {
  await signInAs("admin");
});

describe("MD-FAM-1 creating and editing a family", () => {
  it("GIVEN two existing items and a routing WHEN saved THEN header and lines read back and the create is audited", async () => {
    const routing = await makeRouting(db);
    const no = uniqueCode("FAM");
    expect(
      await createFamilyAction(
        null,
        famForm({
          no,
          routingNo: routing.no,
          lines: [
            { itemNo: "1100", quantity: "2" },
            { itemNo: "1200", quantity: "0.5" },
          ],
        }),
      ),
    ).toMatchObject({ ok: true });
    const fam = await db.family.findUniqueOrThrow({ where: { no }, include: { lines: { orderBy: { lineNo: "asc" } } } });
    expect(fam.routingNo).toBe(routing.no);
    expect(fam.lines.map((l) => [l.lineNo, l.itemNo, Number(l.quantity)])).toEqual([
      [10000, "1100", 2],
      [20000, "1200", 0.5],
    ]);
    expect((await auditOf("Family", no)).map((a) => a.action)).toEqual(["family.create"]);
  });

  it.each([
    ["a line item that does not exist", { lines: [{ itemNo: "NOITEM", quantity: "1" }] }, "lines.0.itemNo", "Item NOITEM does not exist."],
    [
      "a quantity of 0",
      { lines: [{ itemNo: "1100", quantity: "0" }] },
      "lines.0.quantity",
      "Quantity must be greater than 0 and at most 1000000000.",
    ],
    [
      "the same item twice",
      {
        lines: [
          { itemNo: "1100", quantity: "1" },
          { itemNo: "1100", quantity: "2" },
        ],
      },
      "lines.1.itemNo",
      "Item 1100 is already a line of this family.",
    ],
    ["a routing that does not exist", { routingNo: "NORTG" }, "routingNo", "Routing NORTG does not exist."],
    ["an existing No.", { no: "WHEELS" }, "no", "Family WHEELS already exists."],
  ] as const)("GIVEN %s WHEN saved THEN refused beside the field and nothing is written", async (_c, fields, field, message) => {
    const before = await snapshot();
    const result = await createFamilyAction(null, famForm(fields));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors[field]).toEqual([message]);
    expect(await snapshot()).toEqual(before);
  });

  it("GIVEN a family WHEN its lines are replaced THEN the rows follow; a stale save is refused", async () => {
    const fam = await makeFamily(db);
    const item = await makeItem(db);
    expect(await updateFamilyAction(null, famForm({ no: fam.no, version: 1, lines: [{ itemNo: item.no, quantity: "3" }] }))).toMatchObject({
      ok: true,
      data: { version: 2 },
    });
    expect((await db.familyLine.findMany({ where: { familyNo: fam.no } })).map((l) => l.itemNo)).toEqual([item.no]);
    const before = await snapshot();
    expect(await updateFamilyAction(null, famForm({ no: fam.no, version: 1 }))).toMatchObject({
      ok: false,
      code: "STALE",
      message: `Family ${fam.no} was changed by someone else. Reload it.`,
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe("MD-FAM-2 deleting a family", () => {
  it("GIVEN a Firm Planned order made from the family WHEN deleted THEN refused naming the order", async () => {
    const fam = await makeFamily(db);
    const order = await makeOrder({ status: "FIRM_PLANNED", no: uniqueCode("F"), sourceType: "FAMILY", sourceNo: fam.no });
    const before = await snapshot();
    expect(await deleteFamilyAction(null, { no: fam.no, version: 1 })).toMatchObject({
      ok: false,
      code: "IN_USE",
      message: `Family ${fam.no} cannot be deleted because Firm Planned production order ${order.no} refers to it.`,
    });
    expect(await snapshot()).toEqual(before);
  });

  it("GIVEN only a Finished order was made from the family WHEN deleted THEN it is deleted with its lines and audited", async () => {
    const fam = await makeFamily(db);
    await makeOrder({ status: "FINISHED", no: uniqueCode("F"), sourceType: "FAMILY", sourceNo: fam.no });
    expect(await deleteFamilyAction(null, { no: fam.no, version: 1 })).toMatchObject({ ok: true });
    expect(await db.familyLine.count({ where: { familyNo: fam.no } })).toBe(0);
    expect((await auditOf("Family", fam.no)).map((a) => a.action)).toEqual(["family.delete"]);
  });
});

describe("X-1 only admins maintain families", () => {
  it("GIVEN a planner, a supervisor or no session WHEN they create, edit or delete THEN each call is refused", async () => {
    const fam = await makeFamily(db);
    await expectOnlyAdmins(
      () => [
        createFamilyAction(null, famForm()),
        updateFamilyAction(null, famForm({ no: fam.no, version: 1 })),
        deleteFamilyAction(null, { no: fam.no, version: 1 }),
      ],
      { signInAs, signOut },
    );
  });
});
