import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { EXACT_UP_TO } from "@/lib/data/list-count";
import { listProductionOrders } from "@/lib/data/production-orders";
import { db } from "@/lib/db";
import { insertBulkOrders } from "../../factories/bulk-orders";
import { signInAs } from "../../support/session";

// Issue 24 item 5: a big list is not counted to its end on every page. Up to EXACT_UP_TO rows
// the count is exact; beyond, the planner's estimate (from ANALYZE's statistics) is shown.

const PREFIX = "LC";
const BIG = EXACT_UP_TO + 2_000;

beforeAll(async () => {
  await signInAs("planner");
  await insertBulkOrders(db, { status: "FINISHED", prefix: PREFIX, count: BIG });
});

describe("LIST-COUNT-1 exact for a small list, an estimate past the cap", () => {
  it("GIVEN more Finished orders than the cap WHEN the list's first page is read THEN its total is an estimate near the real count, and the page is full", async () => {
    // GIVEN BIG bulk Finished orders (analyzed)  WHEN the first page is read
    const page = await listProductionOrders("FINISHED", { sort: "no", dir: "desc", page: 1, pageSize: 25, filters: {} });
    // THEN the total is flagged as an estimate, above the cap and within 10 % of the truth
    const real = await db.productionOrder.count({ where: { status: "FINISHED" } });
    expect(page.totalExact).toBe(false);
    expect(page.total).toBeGreaterThan(EXACT_UP_TO);
    expect(Math.abs(page.total - real) / real).toBeLessThan(0.1);
    expect(page.rows).toHaveLength(25);
  });

  it("GIVEN a filter that leaves a few rows WHEN read THEN the total is exact", async () => {
    // GIVEN the No. filter "LC0000012" (LC00000120 … LC00000129)  WHEN read
    const page = await listProductionOrders("FINISHED", {
      sort: "no",
      dir: "asc",
      page: 1,
      pageSize: 25,
      filters: { no: `${PREFIX}0000012` },
    });
    // THEN the count is exact and equals the rows
    expect(page).toMatchObject({ total: 10, totalExact: true });
    expect(page.rows.map((r) => r.no)).toEqual(Array.from({ length: 10 }, (_, i) => `${PREFIX}0000012${i}`));
  });
});
