import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { importCsvAction } from "@/lib/actions/master-data/import";
import { db } from "@/lib/db";
import { makeItem } from "../../factories";
import { signInAs } from "../../support/session";
import { editorForm } from "./bom-routing-support";

// PO-8 in files: a number cell of an English file is read as English Excel writes it (strict
// "file" notation, lib/domain/number/decimal-notation.ts), the same rule a Dutch file gets. Hex,
// an exponent, Infinity, 39 digits and a lone decimal comma are refused beside their column,
// once, and nothing is written.

const run = (text: string) => importCsvAction(null, editorForm({ kind: "items", text }));

beforeAll(async () => {
  await signInAs("admin");
});

describe("PO-8 decimal cells of an English CSV file", () => {
  it("GIVEN an English file WHEN a Unit Cost is hex, an exponent, Infinity, 39 digits or 2,5 THEN each row is refused as not a number and no cost changes", async () => {
    // GIVEN
    const cells = ["0x10", "1e3", "Infinity", "9".repeat(39), '"2,5"'];
    const items = await Promise.all(cells.map(() => makeItem(db, { unitCost: 3 })));
    // WHEN
    const result = await run(["No.,Unit Cost", ...items.map((item, i) => `${item.no},${cells[i]}`)].join("\r\n") + "\r\n");
    // THEN
    expect(result).toMatchObject({
      ok: true,
      data: { written: 0, errors: cells.map((_, i) => ({ row: i + 2, column: "Unit Cost", message: "Unit Cost must be a number." })) },
    });
    const after = await db.item.findMany({ where: { no: { in: items.map((i) => i.no) } } });
    expect(after.map((i) => String(i.unitCost))).toEqual(cells.map(() => "3"));
  });

  it('GIVEN an English file WHEN a cost is grouped as Excel writes it ("1,234.50") THEN it is read as 1234.5', async () => {
    // GIVEN
    const item = await makeItem(db, { unitCost: 3 });
    // WHEN
    const result = await run(`No.,Unit Cost,Scrap %\r\n${item.no},"1,234.50",2.25\r\n`);
    // THEN
    expect(result).toMatchObject({ ok: true, data: { written: 1, errors: [] } });
    const after = await db.item.findUniqueOrThrow({ where: { no: item.no } });
    expect([String(after.unitCost), String(after.scrapPercent)]).toEqual(["1234.5", "2.25"]);
  });
});
