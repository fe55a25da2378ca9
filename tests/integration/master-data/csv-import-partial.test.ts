import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { importCsvAction } from "@/lib/actions/master-data/import";
import { db } from "@/lib/db";
import { makeItem, makeMachineCenter, makeProductionBom, makeRouting, makeWorkCenter, uniqueCode } from "../../factories";
import { signInAs } from "../../support/session";
import { editorForm } from "./bom-routing-support";

// An import updates only the columns its header names (as BC's configuration packages do): a
// column the file leaves out keeps what is stored; a present column with an empty cell clears
// that field. Issue #21, item 3: "No.,Base Unit of Measure,Unit Cost" erased item 1003's card.

const run = (kind: string, lines: string[]) => importCsvAction(null, editorForm({ kind, text: lines.join("\r\n") + "\r\n" }));

beforeAll(async () => {
  await signInAs("admin");
});

async function manufacturedItem() {
  const routing = await makeRouting(db);
  const bom = await makeProductionBom(db);
  const item = await makeItem(db, {
    description: "Bicycle",
    description2: "Touring",
    blocked: true,
    replenishmentSystem: "PROD_ORDER",
    manufacturingPolicy: "MAKE_TO_ORDER",
    productionBomNo: bom.no,
    routingNo: routing.no,
    leadTimeDays: 3,
    safetyLeadTimeDays: 1,
    scrapPercent: 2,
    unitCost: 100,
    productionBlocked: "OUTPUT",
    roundingPrecision: 1,
  });
  return { item, bom, routing };
}

describe("CSV import updates only the columns the file has", () => {
  it("GIVEN a manufactured item WHEN a file with No., Base Unit of Measure and Unit Cost is imported THEN only the unit cost changes", async () => {
    // GIVEN
    const { item, bom, routing } = await manufacturedItem();
    // WHEN
    const result = await run("items", ["No.,Base Unit of Measure,Unit Cost", `${item.no},PCS,455`]);
    // THEN
    expect(result).toMatchObject({ ok: true, data: { written: 1, errors: [] } });
    const after = await db.item.findUniqueOrThrow({ where: { no: item.no } });
    expect(after).toMatchObject({
      description: "Bicycle",
      description2: "Touring",
      blocked: true,
      replenishmentSystem: "PROD_ORDER",
      manufacturingPolicy: "MAKE_TO_ORDER",
      productionBomNo: bom.no,
      routingNo: routing.no,
      leadTimeDays: 3,
      safetyLeadTimeDays: 1,
      productionBlocked: "OUTPUT",
      version: item.version + 1,
    });
    expect([String(after.unitCost), String(after.scrapPercent), String(after.roundingPrecision)]).toEqual(["455", "2", "1"]);
  });

  it("GIVEN an item WHEN a present column has an empty cell THEN that field is cleared and the others stay", async () => {
    // GIVEN
    const { item } = await manufacturedItem();
    // WHEN Production BOM No., Description and Blocked are present but blank
    const result = await run("items", ["No.,Production BOM No.,Description,Blocked", `${item.no},,,`]);
    // THEN
    expect(result).toMatchObject({ ok: true, data: { written: 1 } });
    const after = await db.item.findUniqueOrThrow({ where: { no: item.no } });
    expect(after).toMatchObject({
      productionBomNo: null,
      description: "",
      blocked: false,
      routingNo: item.routingNo,
      replenishmentSystem: "PROD_ORDER",
      leadTimeDays: 3,
    });
  });

  it("GIVEN a present required column with an empty cell WHEN imported THEN refused beside it and nothing is written", async () => {
    const { item } = await manufacturedItem();
    const result = await run("items", ["No.,Base Unit of Measure,Unit Cost", `${item.no},,1`]);
    expect(result).toMatchObject({
      ok: true,
      data: { written: 0, errors: [{ row: 2, column: "Base Unit of Measure", message: "Base Unit of Measure must have a value." }] },
    });
    expect(String((await db.item.findUniqueOrThrow({ where: { no: item.no } })).unitCost)).toBe("100");
  });

  it("GIVEN a new item without its required Base Unit of Measure WHEN imported THEN the row is refused; with it, the absent columns get their defaults", async () => {
    // GIVEN / WHEN a file without the Base Unit of Measure column
    const fresh = uniqueCode("IM");
    const refused = await run("items", ["No.,Description", `${fresh},New`]);
    // THEN
    expect(refused).toMatchObject({
      ok: true,
      data: { written: 0, errors: [{ row: 2, column: "Base Unit of Measure", message: "Base Unit of Measure must have a value." }] },
    });
    // WHEN the column is there
    const ok = await run("items", ["No.,Description,Base Unit of Measure", `${fresh},New,PCS`]);
    // THEN
    expect(ok).toMatchObject({ ok: true, data: { written: 1 } });
    const created = await db.item.findUniqueOrThrow({ where: { no: fresh }, include: { unitsOfMeasure: true } });
    expect(created).toMatchObject({
      description: "New",
      replenishmentSystem: "PURCHASE",
      manufacturingPolicy: "MAKE_TO_STOCK",
      blocked: false,
      leadTimeDays: 0,
      safetyLeadTimeDays: null,
      productionBlocked: "NONE",
    });
    expect(String(created.roundingPrecision)).toBe("0.00001");
    expect(created.unitsOfMeasure.map((u) => u.code)).toEqual(["PCS"]);
  });

  it("GIVEN the card's other fields WHEN imported THEN Description 2, Production Blocked and Rounding Precision are written", async () => {
    const { item } = await manufacturedItem();
    const result = await run("items", ["No.,Description 2,Production Blocked,Rounding Precision", `${item.no},Racing,,0.01`]);
    expect(result).toMatchObject({ ok: true, data: { written: 1 } });
    const after = await db.item.findUniqueOrThrow({ where: { no: item.no } });
    expect(after).toMatchObject({ description: "Bicycle", description2: "Racing", productionBlocked: "NONE" });
    expect(String(after.roundingPrecision)).toBe("0.01");
  });

  it("GIVEN a BOM line WHEN a file with its Line No. and Quantity per is imported THEN the other fields of the line stay", async () => {
    // GIVEN
    const [a, b] = [await makeItem(db, { extraUnits: [{ code: "BOX", qtyPerUnitOfMeasure: 10 }] }), await makeItem(db)];
    const bom = await makeProductionBom(db, {
      status: "NEW",
      lines: [
        {
          no: a.no,
          quantityPer: 2,
          unitOfMeasureCode: "BOX",
          scrapPercent: 5,
          routingLinkCode: "RL",
          calculationFormula: "FIXED_QUANTITY",
          description: "Kept",
        },
        { no: b.no, quantityPer: 1 },
      ],
    });
    // WHEN
    const result = await run("bomLines", ["Production BOM No.,Line No.,Quantity per", `${bom.no},10000,7`]);
    // THEN
    expect(result).toMatchObject({ ok: true, data: { written: 1, errors: [] } });
    const lines = await db.productionBomLine.findMany({ where: { bomNo: bom.no }, orderBy: { lineNo: "asc" } });
    expect(
      lines.map((l) => [
        l.lineNo,
        l.no,
        String(l.quantityPer),
        l.unitOfMeasureCode,
        String(l.scrapPercent),
        l.routingLinkCode,
        l.calculationFormula,
        l.description,
      ]),
    ).toEqual([
      [10000, a.no, "7", "BOX", "5", "RL", "FIXED_QUANTITY", "Kept"],
      [20000, b.no, "1", null, "0", "", "NONE", lines[1].description],
    ]);
  });

  it("GIVEN a BOM line WHEN a present column is blank THEN it is cleared; a new line without No. is refused", async () => {
    const a = await makeItem(db, { extraUnits: [{ code: "BOX", qtyPerUnitOfMeasure: 10 }] });
    const bom = await makeProductionBom(db, {
      status: "NEW",
      lines: [{ no: a.no, quantityPer: 2, unitOfMeasureCode: "BOX", routingLinkCode: "RL" }],
    });
    const refused = await run("bomLines", ["Production BOM No.,Line No.,Unit of Measure Code", `${bom.no},10000,`, `${bom.no},,BOX`]);
    expect(refused).toMatchObject({
      ok: true,
      data: { written: 0, errors: [{ row: 3, column: "No.", message: "No. must have a value." }] },
    });
    const cleared = await run("bomLines", ["Production BOM No.,Line No.,Unit of Measure Code,Routing Link Code", `${bom.no},10000,,`]);
    expect(cleared).toMatchObject({ ok: true, data: { written: 1 } });
    const [line] = await db.productionBomLine.findMany({ where: { bomNo: bom.no } });
    expect([line.no, String(line.quantityPer), line.unitOfMeasureCode, line.routingLinkCode]).toEqual([a.no, "2", null, ""]);
  });

  it("GIVEN a routing operation WHEN a file with its Operation No. and Run Time is imported THEN the other fields stay", async () => {
    // GIVEN
    const wc = await makeWorkCenter(db);
    const mc = await makeMachineCenter(db);
    const routing = await makeRouting(db, { status: "NEW", lines: [] });
    await run("routingLines", [
      "Routing No.,Operation No.,Type,No.,Description,Setup Time,Run Time,Wait Time,Move Time,Routing Link Code",
      `${routing.no},10,Machine Center,${mc.no},Weld,5,1,2,3,RL`,
      `${routing.no},20,Work Center,${wc.no},Paint,,1,,,`,
    ]);
    await db.routingLine.updateMany({ where: { routingNo: routing.no, operationNo: "10" }, data: { sendAheadQuantity: 4 } });
    // WHEN
    const result = await run("routingLines", ["Routing No.,Operation No.,Run Time,Description", `${routing.no},10,9.5,`]);
    // THEN
    expect(result).toMatchObject({ ok: true, data: { written: 1, errors: [] } });
    const lines = await db.routingLine.findMany({ where: { routingNo: routing.no }, orderBy: { operationNo: "asc" } });
    expect(
      lines.map((l) => [
        l.operationNo,
        l.type,
        l.no,
        l.workCenterNo,
        l.description,
        String(l.setupTime),
        String(l.runTime),
        String(l.waitTime),
        String(l.moveTime),
        l.routingLinkCode,
        String(l.sendAheadQuantity),
      ]),
    ).toEqual([
      ["10", "MACHINE_CENTER", mc.no, mc.workCenterNo, "", "5", "9.5", "2", "3", "RL", "4"],
      ["20", "WORK_CENTER", wc.no, wc.no, "Paint", "0", "1", "0", "0", "", "0"],
    ]);
  });

  it("GIVEN a new routing operation without No. WHEN imported THEN the row is refused", async () => {
    const routing = await makeRouting(db, { status: "NEW", lines: [] });
    const result = await run("routingLines", ["Routing No.,Operation No.,Run Time", `${routing.no},30,1`]);
    expect(result).toMatchObject({
      ok: true,
      data: { written: 0, errors: [{ row: 2, column: "No.", message: "No. must have a value." }] },
    });
  });
});

describe("CSV import is bounded before any heavy work", () => {
  it("GIVEN a text over 900 KB (Next refuses a body over 1 MB) WHEN imported THEN refused beside the text field", async () => {
    const result = await run("items", ["No.,Description", ...Array.from({ length: 4000 }, (_, i) => `X${i},${"é".repeat(120)}`)]);
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { text: ["The file is too large (at most 900 KB)."] } });
  });

  it("GIVEN more than 5000 rows WHEN imported THEN the file is refused at its 5001st row and nothing is looked up", async () => {
    const before = await db.item.count();
    const result = await run("items", ["No.,Unit Cost", ...Array.from({ length: 5001 }, (_, i) => `X${i},1`)]);
    expect(result).toMatchObject({
      ok: true,
      data: { written: 0, errors: [{ row: 5002, column: "", message: "A file may hold at most 5000 rows." }] },
    });
    expect(await db.item.count()).toBe(before);
  });
});

describe("CSV import of the item card's other fields", () => {
  it("GIVEN a Production Blocked value that is not an option WHEN imported THEN refused beside it", async () => {
    const { item } = await manufacturedItem();
    const result = await run("items", ["No.,Production Blocked", `${item.no},Consumption`]);
    expect(result).toMatchObject({
      ok: true,
      data: { written: 0, errors: [{ row: 2, column: "Production Blocked", message: "Production Blocked must be blank or Output." }] },
    });
  });
});
