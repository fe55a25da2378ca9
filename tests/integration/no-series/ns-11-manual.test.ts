// NS-11: a number may be typed in only when the series has Manual Nos., and a manual number
// must stay unique even when it races an automatic one.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db-client";
import { DomainError } from "@/lib/errors";
import { testManual } from "@/lib/services/no-series/document-no";
import { insertWithNextNo } from "../../support/no-series-draw";
import { makeNoSeries } from "../../factories";
import { NO_ALREADY_USED, noAlreadyUsedMessage, withDocumentNoErrors } from "./document-no-errors";
import { createDocTable, expectDomainError, insertDoc, readDocNos } from "./support";

const pool = createPrismaClient(process.env.DATABASE_URL!, { max: 40 });
afterAll(() => pool.$disconnect());

describe("NS-11 Manual Nos.", () => {
  it("refuses a manual number when the series has no Manual Nos., with BC's message", async () => {
    // GIVEN a series without Manual Nos.
    const series = await makeNoSeries(db, { manualNos: false, defaultNos: true });

    // WHEN a number is typed in THEN it is refused, beside the No. field
    await expectDomainError(
      testManual(db, series.code),
      "NS_MANUAL_NOT_ALLOWED",
      `You may not enter numbers manually. If you want to enter numbers manually, please activate Manual Nos. in No. Series ${series.code}.`,
    );
    await expect(testManual(db, series.code, "orderNo")).rejects.toMatchObject({ field: "orderNo" });
  });

  it("allows a manual number when the series has Manual Nos.", async () => {
    // GIVEN the demo series FPL-PROD (Manual Nos. on) and a series of our own with it on
    const series = await makeNoSeries(db, { manualNos: true });

    // WHEN a number is typed in THEN it is allowed
    await expect(testManual(db, series.code)).resolves.toBeUndefined();
    await expect(testManual(db, "FPL-PROD")).resolves.toBeUndefined();
  });

  it("refuses an unknown series with NS_NOT_FOUND", async () => {
    await expectDomainError(testManual(db, "NOPE-XYZ"), "NS_NOT_FOUND", "The number series NOPE-XYZ does not exist.");
  });

  it("a manual number racing an automatic one never produces a duplicate", { timeout: 60_000 }, async () => {
    // GIVEN a Normal series with Manual Nos. and a document table keyed by the number
    const series = await makeNoSeries(db, { manualNos: true, lines: [{ startingNo: "MR-001" }] });
    await createDocTable("ns11_doc");
    const manualNos = Array.from({ length: 20 }, (_, i) => `MR-${String(i + 1).padStart(3, "0")}`);

    // WHEN 20 automatic draws and 20 manual entries of the very numbers they draw run at once
    const automatic = manualNos.map(() =>
      withDocumentNoErrors(() => insertWithNextNo(pool, series.code, null, insertDoc("ns11_doc", series.code))),
    );
    const manual = manualNos.map(async (no) => {
      await testManual(pool, series.code);
      await withDocumentNoErrors(() => pool.$executeRawUnsafe(`INSERT INTO ns11_doc (no, series) VALUES ($1, $2)`, no, series.code), no);
    });
    const outcomes = await Promise.allSettled([...automatic, ...manual]);

    // THEN every number is stored once, each of the 20 numbers by exactly one of the callers
    const stored = await readDocNos("ns11_doc", series.code);
    expect(new Set(stored).size).toBe(stored.length);
    expect(stored.filter((n) => manualNos.includes(n)).sort()).toEqual(manualNos);

    // AND every caller that lost the race got the clear "already used" error for its number
    const failures = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected").map((o) => o.reason);
    // (only 20 numbers are wanted, so exactly 20 of the 40 callers lose)
    expect(stored).toHaveLength(20);
    expect(failures).toHaveLength(20);
    for (const f of failures) {
      expect(f).toBeInstanceOf(DomainError);
      expect(f).toMatchObject({ code: NO_ALREADY_USED, field: "no" });
      expect(manualNos.map(noAlreadyUsedMessage)).toContain((f as DomainError).message);
    }
  });
});
