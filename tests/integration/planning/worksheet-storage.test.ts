import "../../support/next-mocks";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { finishPlanningRun, latestPlanningRun, reportPlanningProgress, startPlanningRun } from "@/lib/services/planning/planning-runs";
import { copyPlanningLines, writePlanningLines } from "@/lib/services/planning/write-planning-lines";
import { uniqueCode } from "../../factories";
import { planningLine as line } from "../../factories/planning-lines";
import { createCountingClient } from "../refresh/counting-client";

// PL-10 each user's worksheet, written in bulk and replaced by a new calculation; PL-2 the runs:
// progress, and one running calculation per user.

const userA = uniqueCode("UA", 20);
const userB = uniqueCode("UB", 20);
const client = createCountingClient(process.env.DATABASE_URL!);
afterAll(() => client.close());

describe("PL-10 writePlanningLines", () => {
  it("GIVEN lines of every kind WHEN written THEN they read back field for field, covers and projection as JSON", async () => {
    // GIVEN a New line and, under it, a Resched. & Chg. Qty. of an existing order with a warning
    const lines = [
      line(1),
      line(2, {
        itemNo: "1300",
        actionMessage: "RESCHEDULE_AND_CHANGE_QTY",
        acceptActionMessage: false,
        quantity: "7.5",
        originalQuantity: "30",
        originalDueDate: "2027-02-15",
        ref: { orderStatus: "FIRM_PLANNED", orderNo: "101005", orderLineNo: 10000, orderVersion: 3 },
        planningLevel: 1,
        parentLineNo: 1,
        lowLevelCode: 1,
        warning: "EXCEPTION",
        warningText: { key: "planningRunning", params: { qty: 2 } },
        covers: [],
        projection: [],
      }),
    ];
    // WHEN
    const written = await db.$transaction((tx) => writePlanningLines(tx, userA, lines));
    // THEN
    expect(written).toBe(2);
    const rows = await db.planningWorksheetLine.findMany({ where: { userId: userA }, orderBy: { lineNo: "asc" } });
    expect(rows.map((r) => [r.lineNo, r.actionMessage, r.acceptActionMessage, r.itemNo, r.locationCode, Number(r.quantity)])).toEqual([
      [1, "NEW", true, "1000", "BLUE", 50],
      [2, "RESCHEDULE_AND_CHANGE_QTY", false, "1300", "BLUE", 7.5],
    ]);
    expect(rows[0]).toMatchObject({ refOrderNo: null, refOrderStatus: null, originalQuantity: null, warning: null, parentLineNo: null });
    expect(rows[0].dueDate.toISOString().slice(0, 10)).toBe("2027-01-12");
    expect(rows[0].covers).toEqual(lines[0].covers);
    expect(rows[0].projection).toEqual(lines[0].projection);
    expect(rows[1]).toMatchObject({
      refOrderStatus: "FIRM_PLANNED",
      refOrderNo: "101005",
      refOrderLineNo: 10000,
      refOrderVersion: 3,
      planningLevel: 1,
      parentLineNo: 1,
      lowLevelCode: 1,
      warning: "EXCEPTION",
      warningText: { key: "planningRunning", params: { qty: 2 } },
    });
    expect([Number(rows[1].originalQuantity), rows[1].originalDueDate?.toISOString().slice(0, 10)]).toEqual([30, "2027-02-15"]);
  });

  it("GIVEN two users' worksheets WHEN one recalculates THEN only that user's lines are replaced", async () => {
    // GIVEN
    await db.$transaction((tx) => writePlanningLines(tx, userB, [line(1), line(2), line(3)]));
    // WHEN user A's new plan has one line
    await db.$transaction((tx) => writePlanningLines(tx, userA, [line(1, { quantity: "12" })]));
    // THEN
    const count = (userId: string) => db.planningWorksheetLine.count({ where: { userId } });
    expect([await count(userA), await count(userB)]).toEqual([1, 3]);
    expect(Number((await db.planningWorksheetLine.findFirstOrThrow({ where: { userId: userA } })).quantity)).toBe(12);
  });

  it("GIVEN 3 or 3,000 lines WHEN written THEN it takes the same statements (one DELETE, one INSERT)", async () => {
    const few = await client.count(() => writePlanningLines(client.db, userA, [line(1), line(2), line(3)]));
    const many = await client.count(() =>
      writePlanningLines(
        client.db,
        userA,
        Array.from({ length: 3000 }, (_, i) => line(i + 1)),
      ),
    );
    expect(many.result).toBe(3000);
    expect(many.statements.length).toBe(few.statements.length);
    expect(few.statements.length).toBe(2);
    expect(await db.planningWorksheetLine.count({ where: { userId: userA } })).toBe(3000);
  });
});

describe("PL-10 copyPlanningLines (the planning worker's streamed write)", () => {
  const userC = uniqueCode("UC", 20);
  /** Runs `fn` on a connection of its own in one transaction, counting what it sends. */
  async function onConnection<T>(fn: (c: pg.Client) => Promise<T>): Promise<{ result: T; statements: number }> {
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    let statements = 0;
    const query = c.query.bind(c) as (...args: unknown[]) => unknown;
    (c as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => (statements++, query(...args));
    try {
      await c.query("BEGIN");
      const result = await fn(c);
      await c.query("COMMIT");
      return { result, statements: statements - 2 };
    } finally {
      await c.end();
    }
  }
  const read = (userId: string) =>
    db.planningWorksheetLine.findMany({ where: { userId }, orderBy: { lineNo: "asc" }, omit: { userId: true } });

  it("GIVEN lines with tabs, newlines and backslashes in text and JSON WHEN copied THEN they read back exactly as the INSERT writes them", async () => {
    // GIVEN a New line with a free-text description and a Resched. & Chg. Qty. under it, with a warning
    const awkward = 'Tab\there, new\nline, back\\slash \\N and "quotes"';
    const lines = () => [
      line(1, { description: awkward, covers: [] }),
      line(2, {
        itemNo: "1300",
        description: "",
        actionMessage: "RESCHEDULE_AND_CHANGE_QTY",
        acceptActionMessage: false,
        quantity: "7.5",
        originalQuantity: "30",
        originalDueDate: "2027-02-15",
        ref: { orderStatus: "FIRM_PLANNED", orderNo: "101005", orderLineNo: 10000, orderVersion: 3 },
        planningLevel: 1,
        parentLineNo: 1,
        lowLevelCode: 1,
        warning: "EXCEPTION",
        warningText: { key: "planningRunning", params: { qty: 2, text: awkward } },
      }),
    ];
    await db.$transaction((tx) => writePlanningLines(tx, userB, lines()));
    // WHEN
    const copied = await onConnection((c) => copyPlanningLines(c, userC, lines()));
    // THEN
    expect(copied.result).toBe(2);
    const rows = await read(userC);
    expect(rows[0].description).toBe(awkward);
    expect((rows[1].warningText as { params: { text: string } }).params.text).toBe(awkward);
    expect(rows).toEqual(await read(userB));
  });

  it("GIVEN 3 or 3,000 lines WHEN copied THEN it is one statement, and the caller's array is handed over (emptied)", async () => {
    const few = await onConnection((c) => copyPlanningLines(c, userC, [line(11), line(12), line(13)]));
    const many = Array.from({ length: 3000 }, (_, i) => line(i + 101));
    const copied = await onConnection((c) => copyPlanningLines(c, userC, many));
    expect([few.statements, copied.statements, copied.result]).toEqual([1, 1, 3000]);
    expect(many.length).toBe(0);
    expect(await db.planningWorksheetLine.count({ where: { userId: userC, lineNo: { gt: 100 } } })).toBe(3000);
  });
});

describe("PL-2 planning runs", () => {
  it("GIVEN a running calculation WHEN the same user starts another THEN it is refused, another user's is not, and after it finishes a new one starts", async () => {
    // GIVEN
    const user = uniqueCode("UR", 20);
    const first = await startPlanningRun(db, user);
    // WHEN / THEN
    await expect(startPlanningRun(db, user)).rejects.toMatchObject({ code: "PLANNING_RUNNING" });
    const other = await startPlanningRun(db, uniqueCode("UO", 20));
    expect(other).not.toBe(first);
    await reportPlanningProgress(db, first, 40, 120);
    expect(await latestPlanningRun(db, user)).toMatchObject({ id: first, status: "RUNNING", itemsDone: 40, itemsTotal: 120 });
    await finishPlanningRun(db, first, { linesCount: 17 });
    expect(await latestPlanningRun(db, user)).toMatchObject({ status: "DONE", itemsDone: 120, linesCount: 17 });
    const second = await startPlanningRun(db, user);
    await finishPlanningRun(db, second, { error: "boom" });
    expect(await latestPlanningRun(db, user)).toMatchObject({ id: second, status: "FAILED", error: "boom" });
    expect(await db.planningRun.count({ where: { userId: user } })).toBe(2);
  });

  it("GIVEN two starts of the same user at the same moment THEN exactly one runs", async () => {
    const user = uniqueCode("UC", 20);
    const results = await Promise.allSettled([startPlanningRun(client.db, user), startPlanningRun(db, user)]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.planningRun.count({ where: { userId: user, status: "RUNNING" } })).toBe(1);
  });
});
