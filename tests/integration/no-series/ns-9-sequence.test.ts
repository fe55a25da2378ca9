// NS-9: a Sequence line draws from a PostgreSQL sequence (no row lock, may leave gaps), and
// switching a line between Normal and Sequence keeps the last number used.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getNextNo } from "../../support/no-series-draw";
import { captureSequenceIntoLine, resetLineSequence } from "@/lib/services/no-series/sequences";
import { makeNoSeries } from "../../factories";
import { drawMany, readLines } from "./support";

async function sequenceExists(name: string) {
  const rows = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_class WHERE relkind = 'S' AND relname = ${name}`;
  return rows[0].n > 0n;
}

describe("NS-9 Sequence implementation", () => {
  it("draws Starting No. first, then Increment-by steps, without writing Last No. Used", async () => {
    // GIVEN a Sequence line SQ-0001 with Increment-by 5
    const series = await makeNoSeries(db, { lines: [{ startingNo: "SQ-0001", incrementBy: 5, implementation: "SEQUENCE" }] });
    await resetLineSequence(db, series.lines[0].id);

    // WHEN three numbers are drawn
    const nos = await drawMany(series.code, 3);

    // THEN they step by 5 and the line row is left alone (no lock, no write)
    expect(nos).toEqual(["SQ-0001", "SQ-0006", "SQ-0011"]);
    expect((await readLines(series.code))[0]).toMatchObject({
      lastNoUsed: "",
      lastDateUsed: null,
      sequenceName: `ns_line_${series.lines[0].id}_seq`,
    });
  });

  it("a rolled-back draw may leave a gap, but never gives a number twice", async () => {
    // GIVEN a Sequence series
    const series = await makeNoSeries(db, { lines: [{ startingNo: "SG-01", implementation: "SEQUENCE" }] });
    await resetLineSequence(db, series.lines[0].id);

    // WHEN a draw is rolled back and another one follows
    await db
      .$transaction(async (tx) => {
        expect((await getNextNo(tx, series.code)).no).toBe("SG-01");
        throw new Error("abort");
      })
      .catch(() => {});

    // THEN the rolled-back number is not given again
    expect(await drawMany(series.code, 1)).toEqual(["SG-02"]);
  });

  it("creates the sequence on the first draw when the line has none, continuing after Last No. Used", async () => {
    // GIVEN a Sequence line that was imported with Last No. Used SI-0041 and no sequence
    const series = await makeNoSeries(db, { lines: [{ startingNo: "SI-0001", lastNoUsed: "SI-0041", implementation: "SEQUENCE" }] });
    expect(series.lines[0].sequenceName).toBeNull();

    // WHEN numbers are drawn THEN they continue after Last No. Used, and the sequence exists
    expect(await drawMany(series.code, 2)).toEqual(["SI-0042", "SI-0043"]);
    const [line] = await readLines(series.code);
    expect(line.sequenceName).toBe(`ns_line_${line.id}_seq`);
    expect(await sequenceExists(line.sequenceName!)).toBe(true);
  });

  it("switching Sequence → Normal keeps the last number used", async () => {
    // GIVEN a Sequence line that gave SW-001..SW-003
    const series = await makeNoSeries(db, { lines: [{ startingNo: "SW-001", implementation: "SEQUENCE" }] });
    const lineId = series.lines[0].id;
    await resetLineSequence(db, lineId);
    expect(await drawMany(series.code, 3)).toEqual(["SW-001", "SW-002", "SW-003"]);

    // WHEN the line is switched to Normal (the sequence's value captured into Last No. Used)
    await db.$transaction(async (tx) => {
      await captureSequenceIntoLine(tx, lineId);
      await tx.noSeriesLine.update({ where: { id: lineId }, data: { implementation: "NORMAL" } });
    });

    // THEN Last No. Used is SW-003, the sequence is gone, and the next number is SW-004
    const [line] = await readLines(series.code);
    expect(line).toMatchObject({ implementation: "NORMAL", lastNoUsed: "SW-003", sequenceName: null });
    expect(await sequenceExists(`ns_line_${lineId}_seq`)).toBe(false);
    expect(await drawMany(series.code, 1)).toEqual(["SW-004"]);
  });

  it("switching Normal → Sequence keeps the last number used", async () => {
    // GIVEN a Normal line that gave NW-001..NW-003
    const series = await makeNoSeries(db, { lines: [{ startingNo: "NW-001" }] });
    const lineId = series.lines[0].id;
    expect(await drawMany(series.code, 3)).toEqual(["NW-001", "NW-002", "NW-003"]);

    // WHEN the line is switched to Sequence (its sequence created after Last No. Used)
    await db.$transaction(async (tx) => {
      await tx.noSeriesLine.update({ where: { id: lineId }, data: { implementation: "SEQUENCE" } });
      await resetLineSequence(tx, lineId);
    });

    // THEN the next numbers continue at NW-004
    expect(await drawMany(series.code, 2)).toEqual(["NW-004", "NW-005"]);
    expect((await readLines(series.code))[0]).toMatchObject({ implementation: "SEQUENCE", lastNoUsed: "NW-003" });
  });
});
