// NS-8: a Normal number is taken inside the transaction that inserts the document, so a
// transaction that does not commit gives its number back.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getNextNo, insertWithNextNo } from "../../support/no-series-draw";
import { makeNoSeries } from "../../factories";
import { createDocTable, insertDoc, readDocNos, readLines } from "./support";

class Abort extends Error {}

describe("NS-8 rollback gives the number back (Normal)", () => {
  it("a transaction that throws after drawing leaves the number for the next caller", async () => {
    // GIVEN a Normal series and a document table
    const series = await makeNoSeries(db, { lines: [{ startingNo: "RB-001" }] });
    await createDocTable("ns8_doc");

    // WHEN a number is drawn and a document inserted, and then the transaction throws
    let drawnInside = "";
    await expect(
      db.$transaction(async (tx) => {
        drawnInside = (await getNextNo(tx, series.code)).no;
        await tx.$executeRawUnsafe(`INSERT INTO ns8_doc (no, series) VALUES ($1, $2)`, drawnInside, series.code);
        throw new Abort("the document failed");
      }),
    ).rejects.toBeInstanceOf(Abort);

    // THEN neither the document nor the number was kept
    expect(drawnInside).toBe("RB-001");
    expect(await readDocNos("ns8_doc", series.code)).toEqual([]);
    expect((await readLines(series.code))[0].lastNoUsed).toBe("");

    // AND the next draw returns the same number
    expect((await getNextNo(db, series.code)).no).toBe("RB-001");
    expect((await readLines(series.code))[0].lastNoUsed).toBe("RB-001");
  });

  it("a failing document insert in insertWithNextNo does not use up the number", async () => {
    // GIVEN a Normal series and a document table that already holds RB2-002
    const series = await makeNoSeries(db, { lines: [{ startingNo: "RB2-001" }] });
    await createDocTable("ns8_doc2");
    await db.$executeRawUnsafe(`INSERT INTO ns8_doc2 (no, series) VALUES ('RB2-002', 'other')`);

    // WHEN two documents are inserted, the second one colliding with RB2-002
    const first = await insertWithNextNo(db, series.code, null, insertDoc("ns8_doc2", series.code));
    const second = insertWithNextNo(db, series.code, null, insertDoc("ns8_doc2", series.code));

    // THEN the first one is stored, the second one fails and Last No. Used stays at the first
    expect(first.drawn.no).toBe("RB2-001");
    await expect(second).rejects.toThrow();
    expect(await readDocNos("ns8_doc2", series.code)).toEqual(["RB2-001"]);
    expect((await readLines(series.code))[0].lastNoUsed).toBe("RB2-001");
  });

  it("a draw inside a transaction that commits is kept together with the document", async () => {
    // GIVEN a Normal series
    const series = await makeNoSeries(db, { lines: [{ startingNo: "RB3-001" }] });
    await createDocTable("ns8_doc3");

    // WHEN a number is drawn and its document inserted in one committed transaction
    await db.$transaction(async (tx) => {
      const { no } = await getNextNo(tx, series.code);
      await tx.$executeRawUnsafe(`INSERT INTO ns8_doc3 (no, series) VALUES ($1, $2)`, no, series.code);
    });

    // THEN both are there, and the next draw continues after it
    expect(await readDocNos("ns8_doc3", series.code)).toEqual(["RB3-001"]);
    expect((await getNextNo(db, series.code)).no).toBe("RB3-002");
  });
});
