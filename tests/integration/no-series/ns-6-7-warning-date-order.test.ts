// NS-6: reaching Warning No. still assigns the number and returns a warning.
// NS-7: with Date Order, a date before the line's Last Date Used is refused.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getNextNo, insertWithNextNo } from "../../support/no-series-draw";
import { resetLineSequence } from "@/lib/services/no-series/sequences";
import { makeNoSeries } from "../../factories";
import { createDocTable, expectDomainError, insertDoc, readDocNos, readLines } from "./support";

const warningText = (code: string, no: string) =>
  `The number series ${code} will soon run out of numbers: ${no} has reached its Warning No.`;

describe("NS-6 Warning No.", () => {
  it("returns a warning from Warning No. on, while still assigning the number (Normal)", async () => {
    // GIVEN a line W01..W05 with Warning No. W03
    const series = await makeNoSeries(db, { lines: [{ startingNo: "W01", endingNo: "W05", warningNo: "W03" }] });

    // WHEN four numbers are drawn
    const drawn = [];
    for (let i = 0; i < 4; i++) drawn.push(await getNextNo(db, series.code));

    // THEN W01 and W02 come without a warning, W03 and W04 with one, and all four are used
    expect(drawn.map((d) => [d.no, d.warning])).toEqual([
      ["W01", null],
      ["W02", null],
      ["W03", warningText(series.code, "W03")],
      ["W04", warningText(series.code, "W04")],
    ]);
    expect((await readLines(series.code))[0]).toMatchObject({ lastNoUsed: "W04", open: true });
  });

  it("returns the warning from insertWithNextNo together with the inserted row (Sequence)", async () => {
    // GIVEN a Sequence line V1..V9 with Warning No. V2 and a document table
    const series = await makeNoSeries(db, { lines: [{ startingNo: "V1", endingNo: "V9", warningNo: "V2", implementation: "SEQUENCE" }] });
    await resetLineSequence(db, series.lines[0].id);
    await createDocTable("ns6_doc");

    // WHEN two documents are inserted with drawn numbers
    const first = await insertWithNextNo(db, series.code, null, insertDoc("ns6_doc", series.code));
    const second = await insertWithNextNo(db, series.code, null, insertDoc("ns6_doc", series.code));

    // THEN the second one carries the warning, and both documents are stored
    expect(first.drawn).toMatchObject({ no: "V1", warning: null });
    expect(second.drawn).toMatchObject({ no: "V2", warning: warningText(series.code, "V2") });
    expect((await readDocNos("ns6_doc", series.code)).sort()).toEqual(["V1", "V2"]);
  });
});

describe("NS-7 Date Order", () => {
  it("refuses a date before Last Date Used and accepts the same or a later date (Normal)", async () => {
    // GIVEN a Date Order series that drew a number on 2026-03-10
    const series = await makeNoSeries(db, { dateOrder: true, lines: [{ startingNo: "DO-001" }] });
    expect((await getNextNo(db, series.code, "2026-03-10")).no).toBe("DO-001");

    // WHEN a number is drawn for 2026-03-09 THEN it is refused and nothing changes
    await expectDomainError(
      getNextNo(db, series.code, "2026-03-09"),
      "NS_DATE_ORDER",
      `You cannot assign new numbers from the number series ${series.code} on a date before 2026-03-10.`,
    );
    const [line] = await readLines(series.code);
    expect(line.lastNoUsed).toBe("DO-001");
    expect(line.lastDateUsed?.toISOString().slice(0, 10)).toBe("2026-03-10");

    // WHEN numbers are drawn for the same and a later date THEN they are given
    expect((await getNextNo(db, series.code, "2026-03-10")).no).toBe("DO-002");
    expect((await getNextNo(db, series.code, "2026-03-12")).no).toBe("DO-003");
    expect((await readLines(series.code))[0].lastDateUsed?.toISOString().slice(0, 10)).toBe("2026-03-12");
  });

  it("refuses an earlier date on a Sequence line too", async () => {
    // GIVEN a Date Order series with a Sequence line that drew on 2026-03-10
    const series = await makeNoSeries(db, { dateOrder: true, lines: [{ startingNo: "DS-001", implementation: "SEQUENCE" }] });
    await resetLineSequence(db, series.lines[0].id);
    expect((await getNextNo(db, series.code, "2026-03-10")).no).toBe("DS-001");

    // WHEN a number is drawn for an earlier date THEN it is refused
    await expectDomainError(
      getNextNo(db, series.code, "2026-03-01"),
      "NS_DATE_ORDER",
      `You cannot assign new numbers from the number series ${series.code} on a date before 2026-03-10.`,
    );
    expect((await readLines(series.code))[0].lastDateUsed?.toISOString().slice(0, 10)).toBe("2026-03-10");
  });

  it("does not apply without Date Order", async () => {
    // GIVEN a series without Date Order that drew on 2026-03-10
    const series = await makeNoSeries(db, { dateOrder: false, lines: [{ startingNo: "ND-001" }] });
    await getNextNo(db, series.code, "2026-03-10");

    // WHEN a number is drawn for an earlier date THEN it is given
    expect((await getNextNo(db, series.code, "2026-03-01")).no).toBe("ND-002");
  });
});
