// NS-10 on the create page: the number it shows before saving is the series' next one; a series
// Manufacturing Setup lacks leaves it empty (the create then answers beside No.), and an
// unexpected failure is not hidden as "no number" but reaches the error page.
import "../../support/next-mocks";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { peekNewOrderNo } from "@/lib/data/production-orders";
import { peekNextNo } from "@/lib/services/no-series/document-no";
import { signInAs } from "../../support/session";

beforeEach(() => signInAs("planner"));

describe("NS-10 the create page's number", () => {
  it("is the next number of the status's series, and manual entry follows the series", async () => {
    // GIVEN the demo setup's Firm Planned series
    const setup = await db.manufacturingSetup.findFirstOrThrow();
    const series = await db.noSeries.findUniqueOrThrow({ where: { code: setup.firmPlannedOrderNos! } });
    // WHEN the create page asks for a Firm Planned order's number
    const peek = await peekNewOrderNo("FIRM_PLANNED");
    // THEN it is the series' next number, not drawn
    expect(peek).toEqual({ no: await peekNextNo(db, series.code), manualNos: series.manualNos });
    expect(await peekNewOrderNo("FIRM_PLANNED")).toEqual(peek);
  });

  it("is empty when Manufacturing Setup names no series for the status", async () => {
    // GIVEN a setup without Planned Order Nos.
    await db.manufacturingSetup.updateMany({ data: { plannedOrderNos: null } });
    // WHEN the create page asks for a Planned order's number THEN there is none to show
    expect(await peekNewOrderNo("PLANNED")).toBeNull();
  });

  it("lets an unexpected database failure through instead of showing no number", async () => {
    // GIVEN the peek function is missing from the database
    await db.$executeRawUnsafe(`ALTER FUNCTION ns_peek_next RENAME TO ns_peek_next_gone`);
    try {
      // WHEN the create page asks for a number THEN the failure reaches the caller (the error page)
      await expect(peekNewOrderNo("SIMULATED")).rejects.toThrow(/ns_peek_next/);
    } finally {
      await db.$executeRawUnsafe(`ALTER FUNCTION ns_peek_next_gone RENAME TO ns_peek_next`);
    }
  });
});
