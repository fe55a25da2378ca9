import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import {
  changeBomStatusAction,
  createProductionBomAction,
  deleteProductionBomAction,
  saveBomVersionAction,
  updateProductionBomAction,
} from "@/lib/actions/master-data/boms";
import { db } from "@/lib/db";
import { makeItem, makeProductionBom, makeUnitOfMeasure, uniqueCode } from "../../factories";
import { signInAs } from "../../support/session";
import { bomLine, editorForm, makeOrderUsing, masterDataSnapshot } from "./bom-routing-support";

const linesOf = (bomNo: string, versionCode: string | null = null) =>
  db.productionBomLine.findMany({ where: { bomNo, versionCode }, orderBy: { lineNo: "asc" } });

beforeAll(async () => {
  await signInAs("admin");
});

describe("BOM editor: create and edit a Production BOM with its lines", () => {
  it("GIVEN two item lines WHEN an admin creates the BOM THEN it is New with lines 10000 and 20000", async () => {
    // GIVEN two items, one with a BOX unit
    const a = await makeItem(db);
    const b = await makeItem(db, { extraUnits: [{ code: "BOX", qtyPerUnitOfMeasure: 12 }] });
    const no = uniqueCode("BE");
    // WHEN created through the editor's action
    const result = await createProductionBomAction(
      null,
      editorForm({ no: no.toLowerCase(), description: "Frame", unitOfMeasureCode: "pcs" }, [
        bomLine(a.no, { quantityPer: "2", scrapPercent: "5", startingDate: "2026-01-01", endingDate: "2026-12-31" }),
        bomLine(b.no, { unitOfMeasureCode: "BOX", calculationFormula: "FIXED_QUANTITY", routingLinkCode: "rl1" }),
      ]),
    );
    // THEN the header and its lines read back as posted
    expect(result).toMatchObject({ ok: true, data: { no } });
    expect(await db.productionBom.findUniqueOrThrow({ where: { no } })).toMatchObject({
      description: "Frame",
      unitOfMeasureCode: "PCS",
      status: "NEW",
      version: 1,
    });
    const lines = await linesOf(no);
    expect(lines.map((l) => [l.lineNo, l.no, String(l.quantityPer), l.unitOfMeasureCode, l.calculationFormula, l.routingLinkCode])).toEqual(
      [
        [10000, a.no, "2", null, "NONE", ""],
        [20000, b.no, "1", "BOX", "FIXED_QUANTITY", "RL1"],
      ],
    );
    expect(await db.auditEntry.count({ where: { entityType: "ProductionBom", entityKey: no, action: "productionBom.create" } })).toBe(1);
  });

  it("GIVEN reordered and removed lines WHEN saved THEN the lines are renumbered 10000, 20000 in the new order", async () => {
    // GIVEN a New BOM with three lines
    const [a, b, c] = [await makeItem(db), await makeItem(db), await makeItem(db)];
    const bom = await makeProductionBom(db, { status: "NEW", lines: [{ no: a.no }, { no: b.no }, { no: c.no }] });
    // WHEN the admin moves C up, removes A and saves
    const result = await updateProductionBomAction(
      null,
      editorForm({ no: bom.no, description: "Reordered", unitOfMeasureCode: "PCS", version: bom.version }, [bomLine(c.no), bomLine(b.no)]),
    );
    // THEN
    expect(result).toMatchObject({ ok: true });
    expect((await linesOf(bom.no)).map((l) => [l.lineNo, l.no])).toEqual([
      [10000, c.no],
      [20000, b.no],
    ]);
  });

  it.each([
    ["a header unit of measure that does not exist", { unitOfMeasureCode: "NOPE" }, [], "unitOfMeasureCode"],
    ["an item unit of measure the item does not have", {}, [{ unitOfMeasureCode: "ZZZ" }], "lines.0.unitOfMeasureCode"],
    ["a negative Quantity per", {}, [{ quantityPer: "-1" }], "lines.0.quantityPer"],
    ["Scrap % over 100", {}, [{ scrapPercent: "101" }], "lines.0.scrapPercent"],
    ["Starting Date after Ending Date", {}, [{ startingDate: "2026-05-02", endingDate: "2026-05-01" }], "lines.0.endingDate"],
    ["an item that does not exist", {}, [{ no: "NO-SUCH-ITEM" }], "lines.0.no"],
    ["a phantom BOM that does not exist", {}, [{ type: "PRODUCTION_BOM", no: "NO-SUCH-BOM" }], "lines.0.no"],
  ] as const)(
    "GIVEN %s WHEN the BOM is created THEN it is refused beside the field and nothing is written",
    async (_rule, header, lineOver, field) => {
      // GIVEN
      const item = await makeItem(db);
      await makeUnitOfMeasure(db, { code: "ZZZ" }).catch(() => undefined);
      const before = await masterDataSnapshot();
      // WHEN
      const result = await createProductionBomAction(
        null,
        editorForm(
          { no: uniqueCode("BX"), unitOfMeasureCode: "PCS", ...header },
          lineOver.length ? lineOver.map((o) => bomLine(item.no, o)) : [bomLine(item.no)],
        ),
      );
      // THEN
      expect(result.ok).toBe(false);
      if (!result.ok) expect(Object.keys(result.fieldErrors)).toContain(field);
      expect(await masterDataSnapshot()).toEqual(before);
    },
  );

  it("GIVEN an existing No. WHEN created again THEN refused on No.", async () => {
    const result = await createProductionBomAction(null, editorForm({ no: "1000", unitOfMeasureCode: "PCS" }, []));
    expect(result).toMatchObject({ ok: false, code: "BOM_EXISTS", fieldErrors: { no: ["The Production BOM 1000 already exists."] } });
  });

  it("GIVEN a stale version WHEN saved THEN refused and the lines stay", async () => {
    const item = await makeItem(db);
    const bom = await makeProductionBom(db, { status: "NEW", lines: [{ no: item.no }] });
    const result = await updateProductionBomAction(
      null,
      editorForm({ no: bom.no, unitOfMeasureCode: "PCS", version: bom.version + 5 }, []),
    );
    expect(result).toMatchObject({ ok: false, code: "STALE" });
    expect(await linesOf(bom.no)).toHaveLength(1);
  });

  it("GIVEN a planner WHEN calling the create action THEN it is forbidden", async () => {
    await signInAs("planner");
    const result = await createProductionBomAction(null, editorForm({ no: uniqueCode("BP"), unitOfMeasureCode: "PCS" }, []));
    await signInAs("admin");
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("BOM status rules: New → Certified → Closed, Certified ↔ Under Development", () => {
  it("GIVEN a certified BOM WHEN its lines are edited THEN refused until set back to Under Development", async () => {
    // GIVEN a New BOM with one line, certified
    const [a, b] = [await makeItem(db), await makeItem(db)];
    const bom = await makeProductionBom(db, { status: "NEW", lines: [{ no: a.no }] });
    const certified = await changeBomStatusAction(null, editorForm({ no: bom.no, status: "CERTIFIED", version: bom.version }));
    expect(certified).toMatchObject({ ok: true });
    const v = (await db.productionBom.findUniqueOrThrow({ where: { no: bom.no } })).version;
    // WHEN the admin adds a line
    const refused = await updateProductionBomAction(
      null,
      editorForm({ no: bom.no, unitOfMeasureCode: "PCS", version: v }, [bomLine(a.no), bomLine(b.no)]),
    );
    // THEN refused with the status message, lines unchanged
    expect(refused).toMatchObject({
      ok: false,
      code: "NOT_EDITABLE",
      message: `Production BOM ${bom.no} is Certified: its Status must be Under Development or New to change it.`,
    });
    expect(await linesOf(bom.no)).toHaveLength(1);
    // WHEN set back to Under Development, the same save goes through
    expect(await changeBomStatusAction(null, editorForm({ no: bom.no, status: "UNDER_DEVELOPMENT", version: v }))).toMatchObject({
      ok: true,
    });
    const ok = await updateProductionBomAction(
      null,
      editorForm({ no: bom.no, unitOfMeasureCode: "PCS", version: v + 1 }, [bomLine(a.no), bomLine(b.no)]),
    );
    expect(ok).toMatchObject({ ok: true });
    expect(await linesOf(bom.no)).toHaveLength(2);
  });

  it("GIVEN a BOM without lines WHEN certified THEN refused: at least one line", async () => {
    const bom = await makeProductionBom(db, { status: "NEW" });
    const result = await changeBomStatusAction(null, editorForm({ no: bom.no, status: "CERTIFIED", version: bom.version }));
    expect(result).toMatchObject({
      ok: false,
      code: "BOM_NO_LINES",
      message: `Production BOM ${bom.no} must have at least one line to be certified.`,
    });
    expect((await db.productionBom.findUniqueOrThrow({ where: { no: bom.no } })).status).toBe("NEW");
  });

  it("GIVEN a line whose unit of measure the item no longer has WHEN certified THEN refused", async () => {
    const item = await makeItem(db, { extraUnits: [{ code: "BOX", qtyPerUnitOfMeasure: 6 }] });
    const bom = await makeProductionBom(db, { status: "UNDER_DEVELOPMENT", lines: [{ no: item.no, unitOfMeasureCode: "BOX" }] });
    await db.itemUnitOfMeasure.delete({ where: { itemNo_code: { itemNo: item.no, code: "BOX" } } });
    const result = await changeBomStatusAction(null, editorForm({ no: bom.no, status: "CERTIFIED", version: bom.version }));
    expect(result).toMatchObject({ ok: false, code: "BOM_NOT_CERTIFIABLE" });
    if (!result.ok) expect(result.message).toContain(`The Unit of Measure Code BOX does not exist for item ${item.no}.`);
  });

  it.each([
    ["NEW", "CLOSED"],
    ["CLOSED", "CERTIFIED"],
    ["UNDER_DEVELOPMENT", "NEW"],
  ] as const)("GIVEN status %s WHEN set to %s THEN refused", async (from, to) => {
    const item = await makeItem(db);
    const bom = await makeProductionBom(db, { status: from, lines: [{ no: item.no }] });
    const result = await changeBomStatusAction(null, editorForm({ no: bom.no, status: to, version: bom.version }));
    expect(result).toMatchObject({ ok: false, code: "STATUS_CHANGE" });
    expect((await db.productionBom.findUniqueOrThrow({ where: { no: bom.no } })).status).toBe(from);
  });

  it("GIVEN a certified BOM WHEN closed THEN Closed, and it cannot be edited either", async () => {
    const item = await makeItem(db);
    const bom = await makeProductionBom(db, { status: "CERTIFIED", lines: [{ no: item.no }] });
    expect(await changeBomStatusAction(null, editorForm({ no: bom.no, status: "CLOSED", version: bom.version }))).toMatchObject({
      ok: true,
    });
    const result = await updateProductionBomAction(
      null,
      editorForm({ no: bom.no, unitOfMeasureCode: "PCS", version: bom.version + 1 }, []),
    );
    expect(result).toMatchObject({ ok: false, code: "NOT_EDITABLE" });
  });
});

describe("BOM versions with starting dates and their own status", () => {
  it("GIVEN a BOM WHEN a version is added THEN it holds its own lines; certified it cannot be edited", async () => {
    // GIVEN
    const [a, b] = [await makeItem(db), await makeItem(db)];
    const bom = await makeProductionBom(db, { status: "CERTIFIED", lines: [{ no: a.no }] });
    // WHEN a version V2 from 2027-01-01 is created with line B
    const created = await saveBomVersionAction(
      null,
      editorForm({ bomNo: bom.no, versionCode: "v2", description: "2027", startingDate: "2027-01-01", unitOfMeasureCode: "PCS" }, [
        bomLine(b.no),
      ]),
    );
    expect(created).toMatchObject({ ok: true, data: { versionCode: "V2" } });
    // THEN the version and its lines are stored apart from the header's
    const version = await db.productionBomVersion.findUniqueOrThrow({ where: { bomNo_versionCode: { bomNo: bom.no, versionCode: "V2" } } });
    expect(version).toMatchObject({ status: "NEW", description: "2027" });
    expect(version.startingDate?.toISOString().slice(0, 10)).toBe("2027-01-01");
    expect((await linesOf(bom.no, "V2")).map((l) => l.no)).toEqual([b.no]);
    expect((await linesOf(bom.no)).map((l) => l.no)).toEqual([a.no]);
    // WHEN certified, an edit of the version is refused
    expect(await changeBomStatusAction(null, editorForm({ no: bom.no, versionCode: "V2", status: "CERTIFIED", version: 1 }))).toMatchObject(
      { ok: true },
    );
    const refused = await saveBomVersionAction(
      null,
      editorForm({ bomNo: bom.no, versionCode: "V2", unitOfMeasureCode: "PCS", version: 2 }, []),
    );
    expect(refused).toMatchObject({
      ok: false,
      code: "NOT_EDITABLE",
      message: `Version V2 of Production BOM ${bom.no} is Certified: its Status must be Under Development or New to change it.`,
    });
    // AND a second version with the same code is refused
    const dup = await saveBomVersionAction(null, editorForm({ bomNo: bom.no, versionCode: "V2", unitOfMeasureCode: "PCS" }, []));
    expect(dup).toMatchObject({ ok: false, code: "BOM_VERSION_EXISTS" });
  });
});

describe("BOM delete is refused while it is in use, naming the referrer", () => {
  it("GIVEN an item produced with the BOM WHEN deleted THEN refused naming the item", async () => {
    const bom = await makeProductionBom(db, { status: "NEW" });
    const item = await makeItem(db, { productionBomNo: bom.no });
    const result = await deleteProductionBomAction(null, editorForm({ no: bom.no, version: bom.version }));
    expect(result).toMatchObject({
      ok: false,
      code: "BOM_IN_USE",
      message: `You cannot delete Production BOM ${bom.no} because it is used by item ${item.no}.`,
    });
    expect(await db.productionBom.count({ where: { no: bom.no } })).toBe(1);
  });

  it("GIVEN another BOM's phantom line WHEN deleted THEN refused naming that BOM", async () => {
    const bom = await makeProductionBom(db, { status: "NEW" });
    const parent = await makeProductionBom(db, { lines: [{ type: "PRODUCTION_BOM", no: bom.no }] });
    const result = await deleteProductionBomAction(null, editorForm({ no: bom.no, version: bom.version }));
    expect(result).toMatchObject({
      ok: false,
      message: `You cannot delete Production BOM ${bom.no} because it is used by Production BOM ${parent.no}.`,
    });
  });

  it("GIVEN an open order line WHEN deleted THEN refused naming the order; a finished order does not block", async () => {
    const item = await makeItem(db);
    const bom = await makeProductionBom(db, { status: "NEW", lines: [{ no: item.no }] });
    const finished = await makeOrderUsing({ itemNo: item.no, bomNo: bom.no, status: "FINISHED" });
    const open = await makeOrderUsing({ itemNo: item.no, bomNo: bom.no, status: "RELEASED" });
    const result = await deleteProductionBomAction(null, editorForm({ no: bom.no, version: bom.version }));
    expect(result).toMatchObject({
      ok: false,
      message: `You cannot delete Production BOM ${bom.no} because it is used by Released production order ${open.no}.`,
    });
    // WHEN the open order is gone, the delete goes through with versions and lines
    await db.productionOrder.delete({ where: { id: open.id } });
    expect(await deleteProductionBomAction(null, editorForm({ no: bom.no, version: bom.version }))).toMatchObject({ ok: true });
    expect(await db.productionBom.count({ where: { no: bom.no } })).toBe(0);
    expect(await db.productionBomLine.count({ where: { bomNo: bom.no } })).toBe(0);
    expect(await db.productionOrder.count({ where: { id: finished.id } })).toBe(1);
  });
});
