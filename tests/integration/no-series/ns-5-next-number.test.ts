// NS-5: the next number is Starting No., then Last No. Used + Increment-by, never past Ending
// No.; the line closes when its last number is used. Also NS-2/NS-3 as the database applies them.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getNextNo } from "../../support/no-series-draw";
import { resetLineSequence } from "@/lib/services/no-series/sequences";
import { makeNoSeries, uniqueCode } from "../../factories";
import { dbToday, drawMany, expectDomainError, paddedLine, readLines } from "./support";

const runOut = (ending: string, code: string) => `You cannot assign numbers greater than ${ending} from the number series ${code}.`;

describe("NS-5 next number and Ending No. (Normal)", () => {
  it("a series 1..10 gives 1..10, closes its line, and the 11th draw is refused", async () => {
    // GIVEN a series with one line 1..10
    const series = await makeNoSeries(db, { lines: [{ startingNo: "1", endingNo: "10" }] });

    // WHEN ten numbers are drawn
    const nos = await drawMany(series.code, 10);

    // THEN they are 1..10, the line remembers 10 and is closed
    expect(nos).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    const [line] = await readLines(series.code);
    expect(line).toMatchObject({ lastNoUsed: "10", open: false });
    expect(line.lastDateUsed?.toISOString().slice(0, 10)).toBe(await dbToday());

    // AND the 11th draw fails with the run-out message and changes nothing
    await expectDomainError(getNextNo(db, series.code), "NS_RUN_OUT", runOut("10", series.code));
    expect((await readLines(series.code))[0]).toMatchObject({ lastNoUsed: "10", open: false });
  });

  it("two lines A1–A10 and B1–B10 with Increment-by 7 give A01, A08, B01, B08, then the error", async () => {
    // GIVEN two lines of the same Starting Date, stored padded as setup does (A01..A10)
    const code = uniqueCode("AB");
    await makeNoSeries(db, {
      code,
      lines: [
        paddedLine({ startingNo: "A1", endingNo: "A10", incrementBy: 7 }),
        paddedLine({ startingNo: "B1", endingNo: "B10", incrementBy: 7 }),
      ],
    });

    // WHEN four numbers are drawn
    const nos = await drawMany(code, 4);

    // THEN the first line is used up before the second, and both lines end closed
    expect(nos).toEqual(["A01", "A08", "B01", "B08"]);
    const lines = await readLines(code);
    expect(lines.map((l) => [l.startingNo, l.endingNo, l.lastNoUsed, l.open])).toEqual([
      ["A01", "A10", "A08", false],
      ["B01", "B10", "B08", false],
    ]);
    await expectDomainError(getNextNo(db, code), "NS_RUN_OUT", runOut("B10", code));
  });

  it("continues after Last No. Used, keeping zero padding and growing on overflow (NS-3)", async () => {
    // GIVEN lines that already used numbers
    const padded = await makeNoSeries(db, { lines: [{ startingNo: "PO-00001", lastNoUsed: "PO-00009" }] });
    const grows = await makeNoSeries(db, { lines: [{ startingNo: "X01", lastNoUsed: "X99" }] });
    const inner = await makeNoSeries(db, { lines: [{ startingNo: "A10B01", lastNoUsed: "A10B20" }] });

    // WHEN the next number is drawn THEN the right-most digit run is incremented
    expect(await drawMany(padded.code, 1)).toEqual(["PO-00010"]);
    expect(await drawMany(grows.code, 1)).toEqual(["X100"]);
    expect(await drawMany(inner.code, 1)).toEqual(["A10B21"]);
    expect((await readLines(grows.code))[0].lastNoUsed).toBe("X100");
  });
});

describe("NS-5 Sequence lines past their Ending No.", () => {
  it("move on to the next line, then fail with the run-out message", async () => {
    // GIVEN two Sequence lines S1..S3 and T1..T2 of the same date
    const code = uniqueCode("SQ");
    const series = await makeNoSeries(db, {
      code,
      lines: [
        { startingNo: "S1", endingNo: "S3", implementation: "SEQUENCE" },
        { startingNo: "T1", endingNo: "T2", implementation: "SEQUENCE" },
      ],
    });
    for (const l of series.lines) await resetLineSequence(db, l.id);

    // WHEN five numbers are drawn
    const nos = await drawMany(code, 5);

    // THEN the first line is used up, the draw past S3 closes it and moves on to T1
    expect(nos).toEqual(["S1", "S2", "S3", "T1", "T2"]);
    expect((await readLines(code)).map((l) => l.open)).toEqual([false, true]);

    // AND every further draw reports the last line's Ending No. (the failed statement rolls
    // back, so the second line stays as it was)
    await expectDomainError(getNextNo(db, code), "NS_RUN_OUT", runOut("T2", code));
    await expectDomainError(getNextNo(db, code), "NS_RUN_OUT", runOut("T2", code));
    expect((await readLines(code)).map((l) => l.open)).toEqual([false, true]);
  });
});
