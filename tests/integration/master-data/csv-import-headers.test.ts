import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { importCsvAction } from "@/lib/actions/master-data/import";
import { db } from "@/lib/db";
import { makeItem, makeProductionBom, makeRouting, makeWorkCenter, uniqueCode } from "../../factories";
import { signInAs } from "../../support/session";
import { editorForm, masterDataSnapshot } from "./bom-routing-support";

// Issue #21 item 3: production BOM and routing headers import with their Status, so a company
// can be set up by import alone: headers (New), then lines, then the headers again, Certified.
// Status changes follow the editor's rules and certifying runs the status services' checks.

const run = (kind: string, lines: string[]) => importCsvAction(null, editorForm({ kind, text: lines.join("\r\n") + "\r\n" }));

beforeAll(async () => {
  await signInAs("admin");
});

describe("CSV import of production BOM and routing headers", () => {
  it("GIVEN nothing but files WHEN headers, lines, certified headers and items are imported in turn THEN the item is ready to produce", async () => {
    // GIVEN
    const [bomNo, routingNo, itemNo] = [uniqueCode("BH"), uniqueCode("RH"), uniqueCode("IH")];
    const component = await makeItem(db);
    const wc = await makeWorkCenter(db);
    // WHEN headers (New), then lines, then Certified
    expect(await run("productionBoms", ["No.,Description,Unit of Measure Code", `${bomNo},Frame BOM,PCS`])).toMatchObject({
      ok: true,
      data: { written: 1, errors: [] },
    });
    expect(await run("routings", ["No.,Description", `${routingNo},Frame routing`])).toMatchObject({
      ok: true,
      data: { written: 1, errors: [] },
    });
    expect((await db.productionBom.findUniqueOrThrow({ where: { no: bomNo } })).status).toBe("NEW");
    expect(await run("bomLines", ["Production BOM No.,Type,No.,Quantity per", `${bomNo},Item,${component.no},2`])).toMatchObject({
      ok: true,
      data: { written: 1 },
    });
    expect(
      await run("routingLines", ["Routing No.,Operation No.,Type,No.,Run Time", `${routingNo},10,Work Center,${wc.no},3`]),
    ).toMatchObject({ ok: true, data: { written: 1 } });
    expect(await run("productionBoms", ["No.,Status", `${bomNo},Certified`])).toMatchObject({ ok: true, data: { written: 1, errors: [] } });
    expect(await run("routings", ["No.,Status", `${routingNo},Certified`])).toMatchObject({ ok: true, data: { written: 1, errors: [] } });
    expect(
      await run("items", [
        "No.,Base Unit of Measure,Replenishment System,Production BOM No.,Routing No.",
        `${itemNo},PCS,Prod. Order,${bomNo},${routingNo}`,
      ]),
    ).toMatchObject({ ok: true, data: { written: 1, errors: [] } });
    // THEN
    expect(await db.productionBom.findUniqueOrThrow({ where: { no: bomNo } })).toMatchObject({
      description: "Frame BOM",
      unitOfMeasureCode: "PCS",
      status: "CERTIFIED",
    });
    expect(await db.routing.findUniqueOrThrow({ where: { no: routingNo } })).toMatchObject({
      description: "Frame routing",
      status: "CERTIFIED",
    });
    expect(await db.item.findUniqueOrThrow({ where: { no: itemNo } })).toMatchObject({
      productionBomNo: bomNo,
      routingNo,
      replenishmentSystem: "PROD_ORDER",
    });
  });

  it("GIVEN a new header WHEN imported as Certified THEN the service's check refuses it (no lines) and nothing is written", async () => {
    const before = await masterDataSnapshot();
    const [bomNo, routingNo] = [uniqueCode("BH"), uniqueCode("RH")];
    const bom = await run("productionBoms", ["No.,Unit of Measure Code,Status", `${bomNo},PCS,Certified`]);
    const routing = await run("routings", ["No.,Status", `${routingNo},Certified`]);
    expect(bom).toMatchObject({
      ok: true,
      data: {
        written: 0,
        errors: [{ row: 2, column: "Status", message: `Production BOM ${bomNo} must have at least one line to be certified.` }],
      },
    });
    expect(routing).toMatchObject({
      ok: true,
      data: {
        written: 0,
        errors: [{ row: 2, column: "Status", message: `Routing ${routingNo} must have at least one line to be certified.` }],
      },
    });
    expect(await masterDataSnapshot()).toEqual(before);
  });

  it("GIVEN stored headers WHEN a file names only Status THEN description and unit stay; an empty Description cell clears it", async () => {
    // GIVEN
    const component = await makeItem(db);
    const bom = await makeProductionBom(db, {
      status: "UNDER_DEVELOPMENT",
      description: "Kept",
      unitOfMeasureCode: "PCS",
      lines: [{ no: component.no }],
    });
    const routing = await makeRouting(db, { status: "NEW", description: "Kept too" });
    // WHEN
    const result = await run("productionBoms", ["No.,Status", `${bom.no},Certified`]);
    const cleared = await run("routings", ["No.,Description", `${routing.no},`]);
    // THEN
    expect(result).toMatchObject({ ok: true, data: { written: 1, errors: [] } });
    expect(cleared).toMatchObject({ ok: true, data: { written: 1, errors: [] } });
    expect(await db.productionBom.findUniqueOrThrow({ where: { no: bom.no } })).toMatchObject({
      description: "Kept",
      unitOfMeasureCode: "PCS",
      status: "CERTIFIED",
      version: bom.version + 1,
    });
    expect(await db.routing.findUniqueOrThrow({ where: { no: routing.no } })).toMatchObject({ description: "", status: "NEW" });
  });

  it("GIVEN a certified or closed header WHEN a file changes a field or makes a change the editor forbids THEN refused beside Status", async () => {
    // GIVEN
    const certified = await makeProductionBom(db, { status: "CERTIFIED", description: "Old" });
    const closed = await makeRouting(db, { status: "CLOSED" });
    const before = await masterDataSnapshot();
    // WHEN
    const bom = await run("productionBoms", ["No.,Description,Status", `${certified.no},New text,Certified`]);
    const routing = await run("routings", ["No.,Status", `${closed.no},Certified`]);
    // THEN
    expect(bom).toMatchObject({
      ok: true,
      data: {
        written: 0,
        errors: [
          {
            row: 2,
            column: "Status",
            message: `Production BOM ${certified.no} is Certified: its Status must be Under Development or New to change it.`,
          },
        ],
      },
    });
    expect(routing).toMatchObject({
      ok: true,
      data: {
        written: 0,
        errors: [{ row: 2, column: "Status", message: `The Status of Routing ${closed.no} cannot change from Closed to Certified.` }],
      },
    });
    expect(await masterDataSnapshot()).toEqual(before);
    // AND the same row may reopen it and change the text at once
    const reopened = await run("productionBoms", ["No.,Description,Status", `${certified.no},New text,Under Development`]);
    expect(reopened).toMatchObject({ ok: true, data: { written: 1, errors: [] } });
    expect(await db.productionBom.findUniqueOrThrow({ where: { no: certified.no } })).toMatchObject({
      description: "New text",
      status: "UNDER_DEVELOPMENT",
    });
  });

  it("GIVEN a new BOM header without its unit WHEN imported THEN refused; a bad Status is refused", async () => {
    const result = await run("productionBoms", ["No.,Description", `${uniqueCode("BH")},x`]);
    expect(result).toMatchObject({
      ok: true,
      data: { written: 0, errors: [{ row: 2, column: "Unit of Measure Code", message: "Unit of Measure Code must have a value." }] },
    });
    const bad = await run("routings", ["No.,Status", `${uniqueCode("RH")},Done`]);
    expect(bad).toMatchObject({
      ok: true,
      data: { written: 0, errors: [{ row: 2, column: "Status", message: "Status must be New, Certified, Under Development or Closed." }] },
    });
  });
});
