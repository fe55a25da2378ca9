import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { createNoSeriesAction, updateNoSeriesAction } from "@/lib/actions/no-series";
import { db } from "@/lib/db";
import { peekNextNo } from "@/lib/services/no-series/document-no";
import { getNextNo } from "../../support/no-series-draw";
import { signInAs } from "../../support/session";
import { uniqueCode } from "../../factories";
import { linesOf, seriesForm, type LineForm } from "./helpers";

beforeAll(async () => {
  await signInAs("admin");
});

const draw = (code: string) => db.$transaction(async (tx) => (await getNextNo(tx, code)).no);

async function sequenceSeries(line: Partial<LineForm> = {}) {
  const code = uniqueCode("SEQ");
  const created = await createNoSeriesAction(
    null,
    seriesForm({ code, lines: [{ startingNo: "S0001", endingNo: "S9999", implementation: "SEQUENCE", ...line }] }),
  );
  expect(created.ok).toBe(true);
  return code;
}

/** Saves the card with the one line changed as the form would post it. */
async function saveLine(code: string, change: Partial<LineForm>) {
  const series = await db.noSeries.findUniqueOrThrow({ where: { code } });
  const [line] = await linesOf(code);
  const form: LineForm = {
    id: line.id,
    startingNo: line.startingNo,
    endingNo: line.endingNo,
    warningNo: line.warningNo,
    incrementBy: line.incrementBy,
    lastNoUsed: line.lastNoUsed,
    lastNoUsedRead: line.lastNoUsed,
    implementation: line.implementation,
    ...change,
  };
  const result = await updateNoSeriesAction(null, seriesForm({ code, version: series.version, lines: [form] }));
  expect(result).toMatchObject({ ok: true });
}

describe("NS-9 a Sequence line's database sequence follows the line", () => {
  it("GIVEN a new Sequence line WHEN the series is created THEN its sequence exists and gives the Starting No.", async () => {
    // GIVEN / WHEN a Sequence series is created
    const code = await sequenceSeries();
    // THEN the line names its sequence and the first draws are S0001, S0002
    expect((await linesOf(code))[0].sequenceName).toMatch(/^ns_line_\d+_seq$/);
    expect(await peekNextNo(db, code)).toBe("S0001");
    expect([await draw(code), await draw(code)]).toEqual(["S0001", "S0002"]);
  });

  it("GIVEN numbers drawn WHEN Increment-by No. changes THEN the sequence is re-created after the last number used", async () => {
    // GIVEN S0001, S0002 drawn
    const code = await sequenceSeries();
    await draw(code);
    await draw(code);
    // WHEN Increment-by No. becomes 10 (Last No. Used untouched)
    await saveLine(code, { incrementBy: 10 });
    // THEN the next number is S0012 and the row remembers S0002
    expect((await linesOf(code))[0]).toMatchObject({ incrementBy: 10, lastNoUsed: "S0002" });
    expect(await peekNextNo(db, code)).toBe("S0012");
    expect(await draw(code)).toBe("S0012");
  });

  it("GIVEN a Sequence line WHEN Last No. Used is changed THEN the sequence continues after the new value", async () => {
    // GIVEN a line that has handed out S0001
    const code = await sequenceSeries();
    await draw(code);
    // WHEN the admin sets Last No. Used to S0500
    await saveLine(code, { lastNoUsed: "S500" });
    // THEN peek and draw give S0501 (the value was padded)
    expect((await linesOf(code))[0].lastNoUsed).toBe("S0500");
    expect(await peekNextNo(db, code)).toBe("S0501");
    expect(await draw(code)).toBe("S0501");
  });

  it("GIVEN a Sequence line WHEN saved without changes THEN its sequence keeps its position", async () => {
    // GIVEN S0001..S0003 drawn
    const code = await sequenceSeries();
    for (let i = 0; i < 3; i++) await draw(code);
    // WHEN the card is saved as shown
    await saveLine(code, {});
    // THEN the next draw is S0004
    expect(await draw(code)).toBe("S0004");
  });

  it("GIVEN a Sequence line with draws WHEN switched to Normal and back THEN numbering continues without reuse", async () => {
    // GIVEN S0001..S0003 drawn from the sequence
    const code = await sequenceSeries();
    for (let i = 0; i < 3; i++) await draw(code);
    // WHEN switched to Normal (Last No. Used as the form showed it before the draws)
    await saveLine(code, { implementation: "NORMAL", lastNoUsed: "", lastNoUsedRead: "" });
    // THEN the row holds S0003, has no sequence any more, and continues with S0004
    expect((await linesOf(code))[0]).toMatchObject({ implementation: "NORMAL", lastNoUsed: "S0003", sequenceName: null });
    expect(await draw(code)).toBe("S0004");
    // WHEN switched back to Sequence
    await saveLine(code, { implementation: "SEQUENCE" });
    // THEN a sequence exists again and continues with S0005
    expect((await linesOf(code))[0].sequenceName).toBeTruthy();
    expect(await peekNextNo(db, code)).toBe("S0005");
    expect([await draw(code), await draw(code)]).toEqual(["S0005", "S0006"]);
  });

  it("GIVEN a Normal line WHEN switched to Sequence THEN the sequence starts after its Last No. Used", async () => {
    // GIVEN a Normal line that handed out S0001, S0002
    const code = await sequenceSeries({ implementation: "NORMAL" });
    await draw(code);
    await draw(code);
    // WHEN switched to Sequence
    await saveLine(code, { implementation: "SEQUENCE" });
    // THEN the next number is S0003
    expect(await peekNextNo(db, code)).toBe("S0003");
    expect(await draw(code)).toBe("S0003");
  });
});
