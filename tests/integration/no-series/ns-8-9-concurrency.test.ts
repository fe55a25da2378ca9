// NS-8/NS-9 under load: 32 concurrent callers × 100 allocations, each allocation a transaction
// that draws a number and inserts a document. Normal must give exactly the contiguous range
// (gap-free, no duplicates); Sequence must never give a number twice.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db-client";
import { getNextNo, insertWithNextNo } from "../../support/no-series-draw";
import { resetLineSequence } from "@/lib/services/no-series/sequences";
import { makeNoSeries } from "../../factories";
import { createDocTable, insertDoc, readDocNos, readLines, runConcurrently, sortedValues } from "./support";

const WORKERS = 32;
const PER_WORKER = 100;
const TOTAL = WORKERS * PER_WORKER;
// The racing callers use a pool big enough for each to hold a connection at once; setup and
// reading back use the app's client.
const pool = createPrismaClient(process.env.DATABASE_URL!, { max: 40 });
afterAll(() => pool.$disconnect());

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

describe("NS-8 Normal is gap-free and never duplicates under concurrency", () => {
  it("32 × 100 insertWithNextNo allocations give exactly 1..3200", { timeout: 180_000 }, async () => {
    // GIVEN a Normal series and a document table keyed by the number
    const series = await makeNoSeries(db, { lines: [{ startingNo: "CN-000001" }] });
    await createDocTable("ns8_conc_one");

    // WHEN 32 callers each insert 100 documents, drawing the number in the same statement
    await runConcurrently(WORKERS, PER_WORKER, async () => {
      await insertWithNextNo(pool, series.code, null, insertDoc("ns8_conc_one", series.code));
    });

    // THEN the stored numbers are exactly the contiguous range, and the line ends on the last
    const nos = await readDocNos("ns8_conc_one", series.code);
    expect(nos).toHaveLength(TOTAL);
    expect(sortedValues(nos, "CN-")).toEqual(range(1, TOTAL));
    expect((await readLines(series.code))[0].lastNoUsed).toBe("CN-003200");
  });

  it("32 × 100 getNextNo + insert in interactive transactions give exactly 1..3200", { timeout: 240_000 }, async () => {
    // GIVEN a Normal series and a document table
    const series = await makeNoSeries(db, { lines: [{ startingNo: "CI-000001" }] });
    await createDocTable("ns8_conc_tx");

    // WHEN 32 callers each run 100 transactions: draw, then insert the document
    await runConcurrently(WORKERS, PER_WORKER, async () => {
      await pool.$transaction(async (tx) => {
        const { no } = await getNextNo(tx, series.code);
        await tx.$executeRawUnsafe(`INSERT INTO ns8_conc_tx (no, series) VALUES ($1, $2)`, no, series.code);
      });
    });

    // THEN the stored numbers are exactly the contiguous range
    const nos = await readDocNos("ns8_conc_tx", series.code);
    expect(nos).toHaveLength(TOTAL);
    expect(sortedValues(nos, "CI-")).toEqual(range(1, TOTAL));
    expect((await readLines(series.code))[0].lastNoUsed).toBe("CI-003200");
  });
});

describe("NS-9 Sequence never duplicates under concurrency", () => {
  it("32 × 100 insertWithNextNo allocations give 3200 distinct numbers", { timeout: 180_000 }, async () => {
    // GIVEN a Sequence series with its database sequence, and a document table
    const series = await makeNoSeries(db, { lines: [{ startingNo: "CS-000001", implementation: "SEQUENCE" }] });
    await resetLineSequence(db, series.lines[0].id);
    await createDocTable("ns9_conc_one");

    // WHEN 32 callers each insert 100 documents
    await runConcurrently(WORKERS, PER_WORKER, async () => {
      await insertWithNextNo(pool, series.code, null, insertDoc("ns9_conc_one", series.code));
    });

    // THEN 3200 documents with 3200 different numbers of the series' pattern are stored
    const nos = await readDocNos("ns9_conc_one", series.code);
    expect(nos).toHaveLength(TOTAL);
    expect(new Set(nos).size).toBe(TOTAL);
    expect(nos.every((n) => /^CS-\d{6}$/.test(n))).toBe(true);
  });

  it("32 × 100 getNextNo + insert in interactive transactions give 3200 distinct numbers", { timeout: 240_000 }, async () => {
    // GIVEN a Sequence line whose sequence was never created (as an import leaves it): the
    // first draws create it, racing each other
    const series = await makeNoSeries(db, { lines: [{ startingNo: "CT-000001", implementation: "SEQUENCE" }] });
    expect(series.lines[0].sequenceName).toBeNull();
    await createDocTable("ns9_conc_tx");

    // WHEN 32 callers each run 100 transactions: draw, then insert the document
    await runConcurrently(WORKERS, PER_WORKER, async () => {
      await pool.$transaction(async (tx) => {
        const { no } = await getNextNo(tx, series.code);
        await tx.$executeRawUnsafe(`INSERT INTO ns9_conc_tx (no, series) VALUES ($1, $2)`, no, series.code);
      });
    });

    // THEN all numbers differ, and the line now has its sequence
    const nos = await readDocNos("ns9_conc_tx", series.code);
    expect(new Set(nos).size).toBe(TOTAL);
    expect(sortedValues(nos, "CT-")[0]).toBe(1);
    expect((await readLines(series.code))[0].sequenceName).toBe(`ns_line_${series.lines[0].id}_seq`);
  });
});
