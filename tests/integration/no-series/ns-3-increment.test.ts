// NS-3: the database and the TypeScript rules increment numbers the same way. ns_increment is
// compared directly; the draw itself (ns_take_next does its own arithmetic) is compared on a
// line whose Last No. Used and Increment-by are set to random values.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { incrementNo, splitNo } from "@/lib/domain/number-series/increment";
import { MAX_NO_LENGTH } from "@/lib/domain/number-series/line-selection";
import { getNextNo } from "../../support/no-series-draw";
import { pgFailure } from "@/lib/services/db-errors";
import { makeNoSeries } from "../../factories";

// Letters, digits, separators and two look-alikes that are not ASCII digits (both sides must
// treat them as text).
const CHARS = [..."ABZaz0123456789-/_. #", "é", "٣"];
const number = (maxLength: number) =>
  fc
    .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength })
    .map((a) => a.join(""))
    .filter((s) => splitNo(s) !== null);
const increment = fc.oneof(
  fc.integer({ min: 0, max: 20 }),
  fc.integer({ min: 1, max: 1_000_000 }),
  fc.bigInt({ min: 1n, max: 10n ** 15n }),
);

async function sqlIncrement(no: string, by: number | bigint): Promise<string> {
  const rows = await db.$queryRaw<{ r: string }[]>`SELECT ns_increment(${no}, ${String(by)}::bigint) AS r`;
  return rows[0].r;
}

describe("NS-3 incrementing (SQL and TypeScript agree)", () => {
  it("ns_increment gives the same result as incrementNo for random numbers and increments", async () => {
    // GIVEN any number with at least one digit and any increment
    // WHEN both sides increment it THEN they give the same text
    await fc.assert(
      fc.asyncProperty(number(20), increment, async (no, by) => {
        expect(await sqlIncrement(no, by)).toBe(incrementNo(no, by));
      }),
      { numRuns: 300 },
    );
  });

  it("agrees on the documented examples", async () => {
    for (const [no, expected] of [
      ["PO-00009", "PO-00010"],
      ["A10B20", "A10B21"],
      ["X99", "X100"],
      ["7", "8"],
      ["0", "1"],
    ]) {
      expect(await sqlIncrement(no, 1)).toBe(expected);
      expect(incrementNo(no, 1)).toBe(expected);
    }
  });

  it("refuses a number without digits on both sides", async () => {
    // GIVEN a number with no digit WHEN it is incremented THEN both sides refuse it
    const failure = await sqlIncrement("ABC-", 1).then(() => null, pgFailure);
    expect(failure).toMatchObject({ code: "NS003", message: "The number ABC- contains no digits and cannot be incremented." });
    expect(() => incrementNo("ABC-", 1)).toThrow(/no digits/);
  });

  it("a draw gives incrementNo(Last No. Used, Increment-by) for random lines", async () => {
    // GIVEN one line that is rewritten for every sample
    const series = await makeNoSeries(db, { lines: [{ startingNo: "X1" }] });
    const lineId = series.lines[0].id;
    const sample = fc
      .tuple(number(MAX_NO_LENGTH), fc.integer({ min: 1, max: 1_000_000 }))
      .filter(([no, by]) => incrementNo(no, by).length <= MAX_NO_LENGTH);

    await fc.assert(
      fc.asyncProperty(sample, async ([no, by]) => {
        await db.noSeriesLine.update({ where: { id: lineId }, data: { startingNo: no, lastNoUsed: no, incrementBy: by, open: true } });
        // WHEN a number is drawn THEN it is what the TypeScript rule says, and it is stored
        const drawn = await getNextNo(db, series.code);
        expect(drawn.no).toBe(incrementNo(no, by));
        const line = await db.noSeriesLine.findUniqueOrThrow({ where: { id: lineId } });
        expect(line.lastNoUsed).toBe(drawn.no);
      }),
      { numRuns: 150 },
    );
  });
});
