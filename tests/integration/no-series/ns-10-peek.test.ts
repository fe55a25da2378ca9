// NS-10: peek shows the number the next draw will give, without using it.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { peekNextNo } from "@/lib/services/no-series/document-no";
import { getNextNo } from "../../support/no-series-draw";
import { resetLineSequence } from "@/lib/services/no-series/sequences";
import { makeNoSeries } from "../../factories";
import { dbTomorrow, readLines } from "./support";

describe("NS-10 peek", () => {
  it("equals the next draw and does not consume it (Normal)", async () => {
    // GIVEN a Normal line with Increment-by 10 that already gave PK-0010
    const series = await makeNoSeries(db, { lines: [{ startingNo: "PK-0000", lastNoUsed: "PK-0010", incrementBy: 10 }] });

    // WHEN the next number is peeked twice
    const first = await peekNextNo(db, series.code);
    const second = await peekNextNo(db, series.code);

    // THEN both peeks show PK-0020 and the line is unchanged
    expect([first, second]).toEqual(["PK-0020", "PK-0020"]);
    expect((await readLines(series.code))[0]).toMatchObject({ lastNoUsed: "PK-0010", lastDateUsed: null });

    // AND the next draw gives exactly that number, after which peek moves on
    expect((await getNextNo(db, series.code)).no).toBe("PK-0020");
    expect(await peekNextNo(db, series.code)).toBe("PK-0030");
  });

  it("equals the next draw and does not consume it (Sequence)", async () => {
    // GIVEN a Sequence line that already gave PS-01 and PS-02
    const series = await makeNoSeries(db, { lines: [{ startingNo: "PS-01", implementation: "SEQUENCE" }] });
    await resetLineSequence(db, series.lines[0].id);
    await getNextNo(db, series.code);
    await getNextNo(db, series.code);

    // WHEN the next number is peeked three times THEN it is PS-03 every time
    for (let i = 0; i < 3; i++) expect(await peekNextNo(db, series.code)).toBe("PS-03");

    // AND the next draw gives PS-03
    expect((await getNextNo(db, series.code)).no).toBe("PS-03");
    expect(await peekNextNo(db, series.code)).toBe("PS-04");
  });

  it("shows Starting No. for a fresh Sequence line and a line without its sequence yet", async () => {
    // GIVEN two fresh Sequence lines, one with its sequence and one without
    const withSeq = await makeNoSeries(db, { lines: [{ startingNo: "PF-001", implementation: "SEQUENCE" }] });
    await resetLineSequence(db, withSeq.lines[0].id);
    const withoutSeq = await makeNoSeries(db, { lines: [{ startingNo: "PN-001", implementation: "SEQUENCE" }] });

    // WHEN peeked, then drawn THEN both show and give Starting No.
    expect(await peekNextNo(db, withSeq.code)).toBe("PF-001");
    expect(await peekNextNo(db, withoutSeq.code)).toBe("PN-001");
    expect((await getNextNo(db, withSeq.code)).no).toBe("PF-001");
    expect((await getNextNo(db, withoutSeq.code)).no).toBe("PN-001");
  });

  it("follows the date like a draw, and is null when nothing can be drawn", async () => {
    // GIVEN a series with a line 1..2 today and a line starting tomorrow
    const tomorrow = await dbTomorrow();
    const series = await makeNoSeries(db, {
      lines: [
        { startingNo: "PD-1", endingNo: "PD-2" },
        { startingNo: "PT-1", startingDate: tomorrow },
      ],
    });

    // WHEN peeked for today and tomorrow THEN each shows its own line's number
    expect(await peekNextNo(db, series.code)).toBe("PD-1");
    expect(await peekNextNo(db, series.code, tomorrow)).toBe("PT-1");

    // WHEN today's line is used up THEN peek for today is null, as the draw would fail
    await getNextNo(db, series.code);
    await getNextNo(db, series.code);
    expect(await peekNextNo(db, series.code)).toBeNull();
    expect(await peekNextNo(db, "NO-SUCH-SERIES")).toBeNull();
  });
});
