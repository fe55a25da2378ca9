import { describe, expect, it } from "vitest";
import { emptyBomRow, emptyRoutingRow, gridFieldErrors, rowsJson } from "@/components/master-data/bom-editor/grid-rows";

// Issue 21 item 3: a new BOM or routing editor opens with BC's empty new row; nothing typed in
// it = it is not a line, so it is never posted (and never blocks Save).

describe("editor grid: an entirely blank row is never posted", () => {
  it("GIVEN a new BOM editor's untouched empty row WHEN the lines are posted THEN no line is sent", () => {
    // GIVEN / WHEN
    const json = rowsJson([emptyBomRow()]);
    // THEN
    expect(JSON.parse(json)).toEqual([]);
  });

  it("GIVEN a routing row with only its proposed Operation No. WHEN posted THEN it is left out", () => {
    expect(JSON.parse(rowsJson([emptyRoutingRow("10")]))).toEqual([]);
  });

  it("GIVEN a row with any typed value (No., a changed Type or Quantity per) WHEN posted THEN it is sent, so its errors show", () => {
    // GIVEN
    const rows = [
      { ...emptyBomRow(), no: "1100" },
      { ...emptyBomRow(), type: "PRODUCTION_BOM" },
      { ...emptyBomRow(), quantityPer: "2" },
      emptyBomRow(),
    ];
    // WHEN
    const posted = JSON.parse(rowsJson(rows)) as Record<string, string>[];
    // THEN
    expect(posted.map((l) => [l.type, l.no, l.quantityPer])).toEqual([
      ["ITEM", "1100", "1"],
      ["PRODUCTION_BOM", "", "1"],
      ["ITEM", "", "2"],
    ]);
    expect(posted[0]).not.toHaveProperty("key");
  });

  it("GIVEN a blank row between two lines WHEN the server reports the second posted line THEN the error sits on the grid's third row", () => {
    // GIVEN grid rows: line, blank, line
    const rows = [{ ...emptyBomRow(), no: "A" }, emptyBomRow(), { ...emptyBomRow(), no: "B", quantityPer: "-1" }];
    // WHEN
    const errors = gridFieldErrors({ "lines.1.quantityPer": ["Quantity per cannot be negative."], unitOfMeasureCode: ["x"] }, rows);
    // THEN
    expect(errors).toEqual({ "lines.2.quantityPer": ["Quantity per cannot be negative."], unitOfMeasureCode: ["x"] });
  });
});
