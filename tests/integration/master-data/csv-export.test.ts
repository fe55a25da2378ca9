import "../../support/next-mocks";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/export/[...path]/route";
import { importCsvAction } from "@/lib/actions/master-data/import";
import { db } from "@/lib/db";
import { parseCsv } from "@/lib/domain/csv/parse";
import { uniqueCode } from "../../factories";
import { signInAs, signOut } from "../../support/session";
import { editorForm, makeOrderUsing } from "./bom-routing-support";

async function exportList(path: string) {
  const url = new URL(`http://localhost/export/${path}`);
  const response = await GET(new NextRequest(url), {
    params: Promise.resolve({ path: url.pathname.split("/").slice(2).map(decodeURIComponent) }),
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const body = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  return { response, body, rows: parseCsv(body).records.map((r) => r.fields) };
}

const prefix = uniqueCode("EXP", 12);

beforeAll(async () => {
  // 620 items of our own: more than one export page (500), with a formula-like description.
  await db.item.createMany({
    data: Array.from({ length: 620 }, (_, i) => ({
      no: `${prefix}${String(i).padStart(4, "0")}`,
      description: i === 0 ? '=HYPERLINK("http://evil")' : `Export ${i}`,
      baseUnitOfMeasure: "PCS",
      blocked: i % 2 === 0,
    })),
  });
  await signInAs("planner");
});

describe("CSV export of every list, with the current filter and sort, all pages", () => {
  it("GIVEN a filter and a sort WHEN the items list is exported THEN every matching row across pages comes back in that order", async () => {
    // WHEN the list's own query string is exported (page 2 on screen: still ALL rows)
    const { response, body, rows } = await exportList(`items?f_no=${prefix}&f_blocked=yes&sort=no&dir=desc&page=2`);
    // THEN a CSV attachment with the header and the 310 blocked items, highest No. first
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="items-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(body.startsWith("\uFEFFNo.,Description,Base Unit of Measure,Replenishment System")).toBe(true);
    expect(rows).toHaveLength(311);
    expect(rows[1][0]).toBe(`${prefix}0618`);
    expect(rows.at(-1)?.[0]).toBe(`${prefix}0000`);
    expect(rows.slice(1).every((r) => r[11] === "Yes")).toBe(true);
    // AND a cell that starts like a formula is neutralized
    expect(rows.at(-1)?.[1]).toBe('\'=HYPERLINK("http://evil")');
  });

  it("GIVEN the demo BOMs WHEN exported with a status filter THEN only those rows, with BC captions", async () => {
    const { rows } = await exportList("production-boms?f_status=CERTIFIED&sort=no&dir=asc");
    const expected = await db.productionBom.findMany({ where: { status: "CERTIFIED" }, orderBy: { no: "asc" } });
    expect(rows[0]).toEqual(["No.", "Description", "Unit of Measure Code", "Status"]);
    expect(rows.slice(1).map((r) => [r[0], r[3]])).toEqual(expected.map((b) => [b.no, "Certified"]));
  });

  it("GIVEN orders of a status WHEN that list is exported THEN only orders of that status", async () => {
    const released = await makeOrderUsing({ itemNo: "1000", status: "RELEASED" });
    const { rows } = await exportList(`production-orders/released?f_no=${released.no}`);
    expect(rows.slice(1).map((r) => r[0])).toEqual([released.no]);
    const { rows: planned } = await exportList(`production-orders/planned?f_no=${released.no}`);
    expect(planned).toHaveLength(1);
  });

  it.each(["work-centers", "machine-centers", "families", "sales-orders", "locations", "routings"])(
    "GIVEN the %s list WHEN exported THEN 200 with rows",
    async (path) => {
      const { response, rows } = await exportList(path);
      expect(response.status).toBe(200);
      expect(rows.length).toBeGreaterThan(1);
    },
  );

  it("GIVEN no session WHEN exporting THEN 401 and no data", async () => {
    signOut();
    const { response, body } = await exportList("items");
    await signInAs("planner");
    expect(response.status).toBe(401);
    expect(body).not.toContain("1000");
  });

  it("GIVEN a planner WHEN exporting the admin number series THEN 403; an admin gets it", async () => {
    expect((await exportList("admin/number-series")).response.status).toBe(403);
    await signInAs("admin");
    const { response, rows } = await exportList("admin/number-series?f_code=PROD");
    await signInAs("planner");
    expect(response.status).toBe(200);
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(["FPL-PROD", "PL-PROD", "REL-PROD", "SIM-PROD"]);
  });

  it("GIVEN an item with Description 2, Production Blocked and Rounding Precision WHEN exported and the file imported again THEN the three come back", async () => {
    // GIVEN
    const no = `${prefix}RT`;
    await db.item.create({
      data: {
        no,
        description: "Round trip",
        description2: "second line",
        baseUnitOfMeasure: "PCS",
        productionBlocked: "OUTPUT",
        roundingPrecision: "0.01",
      },
    });
    // WHEN exported, the item changed in the database, and the file imported again
    const { body, rows } = await exportList(`items?f_no=${no}`);
    expect(rows[0].slice(11, 15)).toEqual(["Blocked", "Description 2", "Production Blocked", "Rounding Precision"]);
    expect(rows[1].slice(12, 15)).toEqual(["second line", "Output", "0.01"]);
    await db.item.update({ where: { no }, data: { description2: "", productionBlocked: "NONE", roundingPrecision: "1" } });
    await signInAs("admin");
    const result = await importCsvAction(null, editorForm({ kind: "items", text: body }));
    await signInAs("planner");
    // THEN
    expect(result).toMatchObject({ ok: true, data: { written: 1, errors: [] } });
    const after = await db.item.findUniqueOrThrow({ where: { no } });
    expect([after.description2, after.productionBlocked, String(after.roundingPrecision)]).toEqual(["second line", "OUTPUT", "0.01"]);
  });

  it("GIVEN a path that is not a list WHEN exported THEN 404", async () => {
    expect((await exportList("users")).response.status).toBe(404);
    expect((await exportList("production-orders/bogus")).response.status).toBe(404);
  });
});
