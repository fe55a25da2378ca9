// NS-4: the line used for a date D is the first Open line of the latest Starting Date ≤ D;
// none → "You cannot assign new numbers from the number series X on D."
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getNextNo } from "../../support/no-series-draw";
import { makeNoSeries, uniqueCode } from "../../factories";
import { dbToday, dbTomorrow, drawMany, expectDomainError, readLines } from "./support";

describe("NS-4 line selection by date", () => {
  it("does not use a line starting tomorrow today, and uses it when the date is tomorrow", async () => {
    // GIVEN a line valid since always and a line starting tomorrow
    const tomorrow = await dbTomorrow();
    const code = uniqueCode("DT");
    await makeNoSeries(db, {
      code,
      lines: [
        { startingNo: "OLD-001", startingDate: null },
        { startingNo: "NEW-001", startingDate: tomorrow },
      ],
    });

    // WHEN a number is drawn today (blank date) and for today's date
    const today = await dbToday();
    const drawnToday = [...(await drawMany(code, 1)), ...(await drawMany(code, 1, today))];

    // THEN the old line serves today
    expect(drawnToday).toEqual(["OLD-001", "OLD-002"]);

    // WHEN a number is drawn for tomorrow THEN the new line serves it
    expect(await drawMany(code, 1, tomorrow)).toEqual(["NEW-001"]);
    const lines = await readLines(code);
    expect(lines.map((l) => [l.startingNo, l.lastNoUsed])).toEqual([
      ["OLD-001", "OLD-002"],
      ["NEW-001", "NEW-001"],
    ]);
    expect(lines[1].lastDateUsed?.toISOString().slice(0, 10)).toBe(tomorrow);
  });

  it("takes the first Open line (by Line No.) of the latest Starting Date", async () => {
    // GIVEN two lines of the same date, the first of them closed
    const code = uniqueCode("FO");
    await makeNoSeries(db, {
      code,
      lines: [
        { lineNo: 10000, startingNo: "C-01", endingNo: "C-05", lastNoUsed: "C-05", open: false },
        { lineNo: 20000, startingNo: "D-01" },
        { lineNo: 30000, startingNo: "E-01" },
      ],
    });

    // WHEN a number is drawn THEN the second line gives it
    expect(await drawMany(code, 1)).toEqual(["D-01"]);
    expect((await readLines(code)).map((l) => l.lastNoUsed)).toEqual(["C-05", "D-01", ""]);
  });

  it("refuses a date before every line's Starting Date with the no-line message", async () => {
    // GIVEN a series whose only line starts tomorrow
    const tomorrow = await dbTomorrow();
    const today = await dbToday();
    const series = await makeNoSeries(db, { lines: [{ startingNo: "F-001", startingDate: tomorrow }] });

    // WHEN a number is drawn today THEN no line serves the date
    const message = `You cannot assign new numbers from the number series ${series.code} on ${today}.`;
    await expectDomainError(getNextNo(db, series.code), "NS_NO_LINE", message);
    await expectDomainError(getNextNo(db, series.code, today), "NS_NO_LINE", message);
    expect((await readLines(series.code))[0].lastNoUsed).toBe("");
  });

  it("refuses a series without lines with the no-line message", async () => {
    // GIVEN a series without lines
    const series = await makeNoSeries(db, { lines: [] });

    // WHEN a number is drawn for a given date THEN the message names series and date
    await expectDomainError(
      getNextNo(db, series.code, "2026-03-02"),
      "NS_NO_LINE",
      `You cannot assign new numbers from the number series ${series.code} on 2026-03-02.`,
    );
  });

  it("refuses an unknown series with a clear error (NS_NOT_FOUND)", async () => {
    // GIVEN no series NOPE WHEN a number is drawn THEN the error names the series
    await expectDomainError(getNextNo(db, "NOPE-XYZ"), "NS_NOT_FOUND", "The number series NOPE-XYZ does not exist.");
  });
});
