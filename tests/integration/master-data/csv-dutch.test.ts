import "../../support/next-mocks";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/export/[...path]/route";
import { importCsvAction } from "@/lib/actions/master-data/import";
import { db } from "@/lib/db";
import { makeItem, uniqueCode } from "../../factories";
import { setLocale } from "../../support/locale";
import { signInAs } from "../../support/session";
import { editorForm } from "./bom-routing-support";

// Issue #21 item 3: a Dutch user's spreadsheet writes ";" between values and a decimal comma
// ("1.234,50"). With the language set to Dutch the import reads such a file (and still a
// comma-separated one), and the export writes one that Dutch Excel opens.

const run = (kind: string, text: string) => importCsvAction(null, editorForm({ kind, text }));

async function exportItems(query: string) {
  const url = new URL(`http://localhost/export/items?${query}`);
  const response = await GET(new NextRequest(url), { params: Promise.resolve({ path: ["items"] }) });
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array(await response.arrayBuffer()));
}

beforeAll(async () => {
  await signInAs("admin");
  await setLocale("nl");
});

afterAll(async () => {
  await setLocale("en");
});

describe("CSV files in Dutch", () => {
  it("GIVEN a Dutch user WHEN a ';'-separated file with decimals like 1.234,50 is imported THEN the numbers are read as Dutch", async () => {
    // GIVEN
    const item = await makeItem(db, { description: "Frame", unitCost: 1 });
    // WHEN
    const result = await run("items", `No.;Unit Cost;Scrap %\r\n${item.no};1.234,50;2,5\r\n`);
    // THEN
    expect(result).toMatchObject({ ok: true, data: { written: 1, errors: [] } });
    const after = await db.item.findUniqueOrThrow({ where: { no: item.no } });
    expect([String(after.unitCost), String(after.scrapPercent), after.description]).toEqual(["1234.5", "2.5", "Frame"]);
  });

  it("GIVEN a Dutch user WHEN a comma-separated file is imported THEN its header decides the delimiter", async () => {
    const item = await makeItem(db);
    const result = await run("items", `No.,Unit Cost\r\n${item.no},"7,25"\r\n`);
    expect(result).toMatchObject({ ok: true, data: { written: 1 } });
    expect(String((await db.item.findUniqueOrThrow({ where: { no: item.no } })).unitCost)).toBe("7.25");
  });

  it("GIVEN a Dutch user WHEN a decimal is not a Dutch number THEN the row is refused beside its column, in Dutch", async () => {
    const item = await makeItem(db, { unitCost: 3 });
    const result = await run("items", `No.;Unit Cost\r\n${item.no};12.5\r\n`);
    expect(result).toMatchObject({
      ok: true,
      data: { written: 0, errors: [{ row: 2, column: "Unit Cost", message: "Kostprijs moet een getal zijn." }] },
    });
    expect(String((await db.item.findUniqueOrThrow({ where: { no: item.no } })).unitCost)).toBe("3");
  });

  it("GIVEN a Dutch user WHEN the items are exported and the file imported again THEN ';', decimal commas, and the same values come back", async () => {
    // GIVEN
    const prefix = uniqueCode("NL", 12);
    const item = await makeItem(db, {
      no: `${prefix}1`,
      description: "Zadel; leer",
      unitCost: "1234.5",
      scrapPercent: "2.25",
      leadTimeDays: 4,
    });
    // WHEN exported in Dutch
    const body = await exportItems(`f_no=${prefix}`);
    // THEN
    const [header, row] = body.replace(/^\uFEFF/, "").split("\r\n");
    expect(header.startsWith("No.;Description;Base Unit of Measure;")).toBe(true);
    expect(row).toContain(`${item.no};"Zadel; leer";PCS;`);
    expect(row).toContain(";1234,5;");
    expect(row).toContain(";2,25;");
    // WHEN the unit cost is changed in the file and it is imported again
    await db.item.update({ where: { no: item.no }, data: { unitCost: 1 } });
    const result = await run("items", body);
    // THEN
    expect(result).toMatchObject({ ok: true, data: { written: 1, errors: [] } });
    const after = await db.item.findUniqueOrThrow({ where: { no: item.no } });
    expect([after.description, String(after.unitCost), String(after.scrapPercent), after.leadTimeDays]).toEqual([
      "Zadel; leer",
      "1234.5",
      "2.25",
      4,
    ]);
  });
});
