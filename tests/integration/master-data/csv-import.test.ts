import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { importCsvAction } from "@/lib/actions/master-data/import";
import { db } from "@/lib/db";
import { makeItem, makeMachineCenter, makeProductionBom, makeRouting, makeWorkCenter, uniqueCode } from "../../factories";
import { signInAs } from "../../support/session";
import { editorForm, masterDataSnapshot } from "./bom-routing-support";

const ITEM_HEADER =
  "No.,Description,Base Unit of Measure,Replenishment System,Manufacturing Policy,Production BOM No.,Routing No.,Scrap %,Lead Time Calculation,Safety Lead Time,Unit Cost,Blocked";
const BOM_HEADER =
  "Production BOM No.,Version Code,Line No.,Type,No.,Quantity per,Unit of Measure Code,Scrap %,Routing Link Code,Calculation Formula";
const ROUTING_HEADER =
  "Routing No.,Version Code,Operation No.,Type,No.,Description,Setup Time,Run Time,Wait Time,Move Time,Routing Link Code";

const run = (kind: string, lines: string[]) => importCsvAction(null, editorForm({ kind, text: lines.join("\r\n") + "\r\n" }));

beforeAll(async () => {
  await signInAs("admin");
});

describe("CSV import: when any row is invalid nothing is written, with a per-row error report", () => {
  it("GIVEN an items file with two bad rows among good ones WHEN imported THEN every error is reported by row and column and no row is written", async () => {
    // GIVEN
    const [good1, good2] = [uniqueCode("IM"), uniqueCode("IM")];
    const before = await masterDataSnapshot();
    // WHEN
    const result = await run("items", [
      ITEM_HEADER,
      `${good1},"Frame, steel",PCS,Prod. Order,Make-to-Order,,,0,2D,,12.5,No`,
      `${uniqueCode("IM")},Bad unit,NOPE,Purchase,Make-to-Stock,,,0,0,,0,No`,
      `${good2},Good,PCS,Purchase,,,,,,,,`,
      `${uniqueCode("IM")},Bad values,PCS,Bought,Make-to-Stock,NO-SUCH-BOM,,150,x,,-1,maybe`,
    ]);
    // THEN ok as a request, but rejected with the row errors, and every table is as it was
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.written).toBe(0);
    expect(result.data.errors).toEqual([
      { row: 3, column: "Base Unit of Measure", message: "Unit of Measure NOPE does not exist." },
      { row: 5, column: "Replenishment System", message: "Replenishment System must be Purchase or Prod. Order." },
      { row: 5, column: "Scrap %", message: "Scrap % cannot be greater than 100." },
      { row: 5, column: "Lead Time Calculation", message: "Lead Time Calculation must be a number of days, e.g. 5D." },
      { row: 5, column: "Unit Cost", message: "Unit Cost cannot be negative." },
      { row: 5, column: "Blocked", message: "Blocked must be Yes or No." },
    ]);
    expect(await masterDataSnapshot()).toEqual(before);
    expect(await db.item.count({ where: { no: { in: [good1, good2] } } })).toBe(0);
  });

  it("GIVEN an existence error found in bulk WHEN imported THEN rejected and the item counts are unchanged", async () => {
    const itemsBefore = await db.item.count();
    const result = await run("items", [
      ITEM_HEADER,
      `${uniqueCode("IM")},x,PCS,Prod. Order,Make-to-Stock,NO-SUCH-BOM,NO-SUCH-RT,0,0,,0,No`,
    ]);
    expect(result).toMatchObject({
      ok: true,
      data: {
        written: 0,
        errors: [
          { row: 2, column: "Production BOM No.", message: "Production BOM NO-SUCH-BOM does not exist." },
          { row: 2, column: "Routing No.", message: "Routing NO-SUCH-RT does not exist." },
        ],
      },
    });
    expect(await db.item.count()).toBe(itemsBefore);
  });

  it("GIVEN a header with an unknown or missing column WHEN imported THEN the header row is reported", async () => {
    // Base Unit of Measure is no longer a required column (an import may update the unit cost
    // alone, issue #21 item 3); the key column No. is.
    const result = await run("items", ["Description,Colour", "X,red"]);
    expect(result).toMatchObject({ ok: true, data: { written: 0 } });
    if (result.ok) {
      expect(result.data.errors.map((e) => [e.row, e.column])).toEqual([
        [1, "Colour"],
        [1, "No."],
      ]);
    }
  });

  it("GIVEN a valid items file WHEN imported THEN all rows are written (new and updated) with their base unit", async () => {
    // GIVEN an existing item and a BOM and routing to point at
    const existing = await makeItem(db, { description: "Old" });
    const bom = await makeProductionBom(db, { lines: [{ no: existing.no }] });
    const routing = await makeRouting(db);
    const fresh = uniqueCode("IM");
    const before = await db.item.count();
    // WHEN
    const result = await run("items", [
      ITEM_HEADER,
      `${fresh},"New ""quoted"" item",PCS,Prod. Order,Make-to-Order,${bom.no},${routing.no},2.5,3D,1D,10,No`,
      `${existing.no},Renamed,PCS,Purchase,Make-to-Stock,,,0,0,,1.25,Yes`,
    ]);
    // THEN
    expect(result).toMatchObject({ ok: true, data: { written: 2, errors: [] } });
    expect(await db.item.count()).toBe(before + 1);
    const item = await db.item.findUniqueOrThrow({ where: { no: fresh }, include: { unitsOfMeasure: true } });
    expect(item).toMatchObject({
      description: 'New "quoted" item',
      replenishmentSystem: "PROD_ORDER",
      manufacturingPolicy: "MAKE_TO_ORDER",
      productionBomNo: bom.no,
      routingNo: routing.no,
      leadTimeDays: 3,
      safetyLeadTimeDays: 1,
      blocked: false,
    });
    expect(String(item.scrapPercent)).toBe("2.5");
    expect(item.unitsOfMeasure.map((u) => u.code)).toEqual(["PCS"]);
    expect(await db.item.findUniqueOrThrow({ where: { no: existing.no } })).toMatchObject({
      description: "Renamed",
      blocked: true,
      version: 2,
    });
  });

  it("GIVEN an item import that would make a BOM contain itself WHEN imported THEN rolled back with the cycle on the row", async () => {
    // GIVEN BOM B holds item I; the file gives item I Production BOM B
    const item = await makeItem(db);
    const bom = await makeProductionBom(db, { lines: [{ no: item.no }] });
    const before = await masterDataSnapshot();
    // WHEN
    const result = await run("items", [ITEM_HEADER, `${item.no},Loop,PCS,Prod. Order,Make-to-Stock,${bom.no},,0,0,,0,No`]);
    // THEN
    expect(result).toMatchObject({
      ok: true,
      data: {
        written: 0,
        errors: [
          {
            row: 2,
            column: "Production BOM No.",
            message: `The Production BOM ${bom.no} cannot contain itself: ${bom.no} → item ${item.no} → ${bom.no}.`,
          },
        ],
      },
    });
    expect(await masterDataSnapshot()).toEqual(before);
  });
});

describe("CSV import of BOM lines and routing lines", () => {
  it("GIVEN lines for a New BOM and one for a Certified BOM WHEN imported THEN the certified row is refused and nothing is written", async () => {
    const item = await makeItem(db);
    const open = await makeProductionBom(db, { status: "NEW" });
    const certified = await makeProductionBom(db, { status: "CERTIFIED", lines: [{ no: item.no }] });
    const linesBefore = await db.productionBomLine.count();
    const result = await run("bomLines", [BOM_HEADER, `${open.no},,,Item,${item.no},2,,0,,`, `${certified.no},,,Item,${item.no},1,,0,,`]);
    expect(result).toMatchObject({
      ok: true,
      data: {
        written: 0,
        errors: [
          {
            row: 3,
            column: "Production BOM No.",
            message: `Production BOM ${certified.no} is Certified: its Status must be Under Development or New to change it.`,
          },
        ],
      },
    });
    expect(await db.productionBomLine.count()).toBe(linesBefore);
  });

  it("GIVEN valid BOM lines WHEN imported THEN lines are added after the last one or replace the same Line No.", async () => {
    const [a, b, c] = [
      await makeItem(db),
      await makeItem(db, { extraUnits: [{ code: "BOX", qtyPerUnitOfMeasure: 10 }] }),
      await makeItem(db),
    ];
    const bom = await makeProductionBom(db, {
      status: "UNDER_DEVELOPMENT",
      lines: [{ no: a.no }],
      versions: [{ versionCode: "V1", status: "NEW" }],
    });
    const result = await run("bomLines", [
      BOM_HEADER,
      `${bom.no},,,Item,${b.no},3,BOX,5,RL,Fixed Quantity`,
      `${bom.no},,10000,Item,${c.no},1,,0,,`,
      `${bom.no},V1,,Item,${a.no},1,,0,,`,
    ]);
    expect(result).toMatchObject({ ok: true, data: { written: 3 } });
    const lines = await db.productionBomLine.findMany({
      where: { bomNo: bom.no },
      orderBy: [{ versionCode: { sort: "asc", nulls: "first" } }, { lineNo: "asc" }],
    });
    expect(lines.map((l) => [l.versionCode, l.lineNo, l.no, l.unitOfMeasureCode, l.calculationFormula])).toEqual([
      [null, 10000, c.no, null, "NONE"],
      [null, 20000, b.no, "BOX", "FIXED_QUANTITY"],
      ["V1", 10000, a.no, null, "NONE"],
    ]);
  });

  it("GIVEN a BOM line that closes a cycle WHEN imported THEN rolled back with the path", async () => {
    const a = await makeProductionBom(db, { status: "NEW" });
    const b = await makeProductionBom(db, { status: "NEW", lines: [{ type: "PRODUCTION_BOM", no: a.no }] });
    const before = await masterDataSnapshot();
    const result = await run("bomLines", [BOM_HEADER, `${a.no},,,Production BOM,${b.no},1,,0,,`]);
    expect(result).toMatchObject({
      ok: true,
      data: {
        written: 0,
        errors: [{ row: 2, column: "No.", message: `The Production BOM ${a.no} cannot contain itself: ${a.no} → ${b.no} → ${a.no}.` }],
      },
    });
    expect(await masterDataSnapshot()).toEqual(before);
  });

  it("GIVEN routing lines WHEN imported THEN written with the machine center's work center; bad rows reject the whole file", async () => {
    const wc = await makeWorkCenter(db);
    const mc = await makeMachineCenter(db);
    const routing = await makeRouting(db, { status: "NEW", lines: [] });
    const bad = await run("routingLines", [
      ROUTING_HEADER,
      `${routing.no},,10,Work Center,${wc.no},Cut,5,1,0,0,`,
      `${routing.no},,10,Work Center,NO-WC,Dup,,,,,`,
    ]);
    expect(bad).toMatchObject({ ok: true, data: { written: 0 } });
    if (bad.ok)
      expect(bad.data.errors.map((e) => [e.row, e.column])).toEqual([
        [3, "Operation No."],
        [3, "No."],
      ]);
    expect(await db.routingLine.count({ where: { routingNo: routing.no } })).toBe(0);

    const good = await run("routingLines", [
      ROUTING_HEADER,
      `${routing.no},,10,Work Center,${wc.no},Cut,5,1,0,0,`,
      `${routing.no},,20,Machine Center,${mc.no},Weld,,2.5,,,w1`,
    ]);
    expect(good).toMatchObject({ ok: true, data: { written: 2 } });
    const lines = await db.routingLine.findMany({ where: { routingNo: routing.no }, orderBy: { operationNo: "asc" } });
    expect(lines.map((l) => [l.operationNo, l.no, l.workCenterNo, String(l.runTime), l.routingLinkCode])).toEqual([
      ["10", wc.no, wc.no, "1", ""],
      ["20", mc.no, mc.workCenterNo, "2.5", "W1"],
    ]);
  });

  it("GIVEN a planner WHEN importing THEN forbidden", async () => {
    await signInAs("planner");
    const result = await run("items", [ITEM_HEADER]);
    await signInAs("admin");
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
