import "../../support/next-mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoOrders } from "@/lib/seed/demo-orders";
import { calculateRegenerativePlan, startRegenerativePlan } from "@/lib/services/planning/calculate-regenerative-plan";
import { latestPlanningRun } from "@/lib/services/planning/planning-runs";
import { uniqueCode } from "../../factories";
import { createCountingClient } from "../refresh/counting-client";

// PL-2 … PL-10 the Calculate Regenerative Plan service on the demo company (lib/seed), in real
// PostgreSQL: loader → engine with refresh's scheduling → the user's worksheet in bulk.

const PERIOD = { startingDate: "2026-12-07", endingDate: "2027-02-28" };
type Row = {
  lineNo: number;
  actionMessage: string;
  itemNo: string;
  locationCode: string;
  quantity: string;
  dueDate: string;
  startingDate: string;
  endingDate: string;
  refOrderNo: string | null;
};
const linesOf = (userId: string) =>
  db.$queryRaw<Row[]>`
    SELECT "lineNo", "actionMessage"::text AS "actionMessage", "itemNo", "locationCode", trim_scale(quantity)::text AS quantity,
      to_char("dueDate", 'YYYY-MM-DD') AS "dueDate", to_char("startingDate", 'YYYY-MM-DD') AS "startingDate",
      to_char("endingDate", 'YYYY-MM-DD') AS "endingDate", "refOrderNo"
    FROM "PlanningWorksheetLine" WHERE "userId" = ${userId} ORDER BY "lineNo"`;

const client = createCountingClient(process.env.DATABASE_URL!);
afterAll(() => client.close());

describe("PL-4 calculateRegenerativePlan on the demo company", () => {
  beforeAll(async () => {
    // The demo company as the app's first start makes it: with its orders (lib/seed/demo-orders.ts)
    await seedDemoOrders(db);
  });

  it("proposes every action message type: New, Change Qty., Reschedule, Resched. & Chg. Qty. and Cancel", async () => {
    // GIVEN the demo company; WHEN a planner calculates a regenerative plan
    const user = { id: uniqueCode("PL", 20) };
    const { linesCount } = await calculateRegenerativePlan(PERIOD, user);
    // THEN the worksheet holds the lines, with each of the five messages
    const lines = await linesOf(user.id);
    expect(lines).toHaveLength(linesCount);
    expect(new Set(lines.map((l) => l.actionMessage))).toEqual(
      new Set(["NEW", "CHANGE_QTY", "RESCHEDULE", "RESCHEDULE_AND_CHANGE_QTY", "CANCEL"]),
    );
    // … the demo's own orders are the ones changed: the Firm Planned 30 Bicycles at BLUE are moved
    // to SO-1005's date and raised to its 50 (PL-4, dates through refresh's scheduling, PL-6)
    const bikes = lines.filter((l) => l.itemNo === "1000" && l.actionMessage === "RESCHEDULE_AND_CHANGE_QTY");
    expect(bikes).toEqual([expect.objectContaining({ locationCode: "BLUE", quantity: "50", dueDate: "2027-01-12" })]);
    expect(bikes[0].endingDate < bikes[0].dueDate).toBe(true);
    expect(bikes[0].startingDate <= bikes[0].endingDate).toBe(true);
    const run = await latestPlanningRun(db, user.id);
    expect(run).toMatchObject({ status: "DONE", linesCount, itemsDone: run!.itemsTotal });
    expect(run!.itemsTotal).toBeGreaterThan(10);
  });

  it("PL-9 the same data gives the same lines in the same order", async () => {
    const a = { id: uniqueCode("PA", 20) };
    const b = { id: uniqueCode("PB", 20) };
    await calculateRegenerativePlan(PERIOD, a);
    await calculateRegenerativePlan(PERIOD, b);
    const strip = (rows: Row[]) => rows.map((r) => ({ ...r }));
    expect(strip(await linesOf(b.id))).toEqual(strip(await linesOf(a.id)));
  });

  it("the item filter plans only the items it names", async () => {
    const user = { id: uniqueCode("PF", 20) };
    await calculateRegenerativePlan({ ...PERIOD, itemFilter: "1000|1100" }, user);
    const items = new Set((await linesOf(user.id)).map((l) => l.itemNo));
    expect(items).toEqual(new Set(["1000", "1100"]));
  });

  it("PL-2 a second calculation by the same user while one runs is refused, and the first finishes", async () => {
    // GIVEN a calculation that has started (the request returns before the work is done)
    const user = { id: uniqueCode("PR", 20) };
    const first = await startRegenerativePlan(PERIOD, user);
    expect(await latestPlanningRun(db, user.id)).toMatchObject({ status: "RUNNING" });
    // WHEN the same user starts another THEN it is refused with the message
    await expect(startRegenerativePlan(PERIOD, user)).rejects.toMatchObject({ code: "PLANNING_RUNNING" });
    // … and the first one completes with its lines; then a new calculation is accepted again
    const { linesCount } = await first.done;
    expect(linesCount).toBeGreaterThan(0);
    await expect(calculateRegenerativePlan(PERIOD, user)).resolves.toMatchObject({ linesCount });
  });

  it("refuses an Ending Date before the Starting Date before doing any work", async () => {
    const user = { id: uniqueCode("PD", 20) };
    await expect(calculateRegenerativePlan({ startingDate: "2027-01-10", endingDate: "2027-01-01" }, user)).rejects.toMatchObject({
      field: "endingDate",
    });
    expect(await latestPlanningRun(db, user.id)).toBeNull();
  });

  it("reads and writes in a number of statements that does not depend on the items planned", async () => {
    // Progress reports from the worker come with time (at most one per 100 ms), not per item: left out here.
    // The worker loads and writes on its own connection and reports how many statements it sent.
    const sql = (r: { statements: string[]; result: { workerStatements: number } }) =>
      r.statements.filter((q) => !/^\s*UPDATE "PlanningRun" SET "itemsDone"/.test(q)).length + r.result.workerStatements;
    const all = await client.count(() => calculateRegenerativePlan(PERIOD, { id: uniqueCode("PS", 20) }, client.db));
    const one = await client.count(() =>
      calculateRegenerativePlan({ ...PERIOD, itemFilter: "1000" }, { id: uniqueCode("PT", 20) }, client.db),
    );
    expect(sql(all)).toBe(sql(one));
    // run start, load (BEGIN … 8 loader statements, capacity catalog, COMMIT), write (BEGIN,
    // DELETE, one COPY streaming the lines, COMMIT), run finish
    expect(sql(all)).toBeLessThanOrEqual(20);
  });
});
