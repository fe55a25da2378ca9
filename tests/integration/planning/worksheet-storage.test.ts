import "../../support/next-mocks";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { finishPlanningRun, latestPlanningRun, reportPlanningProgress, startPlanningRun } from "@/lib/services/planning/planning-runs";
import { uniqueCode } from "../../factories";
import { planningLine as line, writeWorksheet } from "../../factories/planning-lines";
import { createCountingClient } from "../refresh/counting-client";

// PL-10 each user's worksheet, written in bulk and replaced by a new calculation; PL-2 the runs:
// progress, and one running calculation per user.

const userA = uniqueCode("UA", 20);
const userB = uniqueCode("UB", 20);
const client = createCountingClient(process.env.DATABASE_URL!);
afterAll(() => client.close());

describe("PL-10 replacePlanningLines (a calculation's write: one DELETE, one streamed COPY)", () => {
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
    const { written } = await writeWorksheet(userA, lines);
    // THEN
    expect(written).toBe(2);
    const rows = await db.planningWorksheetLine.findMany({ where: { userId: userA }, orderBy: { lineNo: "asc" } });
    expect(rows.map((r) => [r.lineNo, r.actionMessage, r.acceptActionMessage, r.itemNo, r.locationCode, Number(r.quantity)])).toEqual([
      [1, "NEW", true, "1000", "BLUE", 50],
      [2, "RESCHEDULE_AND_CHANGE_QTY", false, "1300", "BLUE", 7.5],
    ]);
    expect(rows[0]).toMatchObject({ refOrderNo: null, refOrderStatus: null, originalQuantity: null, warning: null, parentLineNo: null });
    expect(rows[0].dueDate.toISOString().slice(0, 10)).toBe("2027-01-12");
    expect(rows[0].covers).toEqual(line(1).covers);
    expect(rows[0].projection).toEqual(line(1).projection);
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
    await writeWorksheet(userB, [line(1), line(2), line(3)]);
    // WHEN user A's new plan has one line
    await writeWorksheet(userA, [line(1, { quantity: "12" })]);
    // THEN
    const count = (userId: string) => db.planningWorksheetLine.count({ where: { userId } });
    expect([await count(userA), await count(userB)]).toEqual([1, 3]);
    expect(Number((await db.planningWorksheetLine.findFirstOrThrow({ where: { userId: userA } })).quantity)).toBe(12);
  });

  it("GIVEN 3 or 3,000 lines WHEN written THEN it takes the same statements (one DELETE, one COPY), and the caller's array is handed over", async () => {
    const few = await writeWorksheet(userA, [line(1), line(2), line(3)]);
    const lines = Array.from({ length: 3000 }, (_, i) => line(i + 1));
    const many = await writeWorksheet(userA, lines);
    expect([few.statements, many.statements, many.written]).toEqual([2, 2, 3000]);
    expect(lines.length).toBe(0);
    expect(await db.planningWorksheetLine.count({ where: { userId: userA } })).toBe(3000);
  });
});

describe("PL-10 COPY's text format", () => {
  it("GIVEN free text and JSON with tabs, newlines, backslashes and \\N WHEN written THEN they read back exactly", async () => {
    // GIVEN a New line with a free-text description and a Resched. & Chg. Qty. under it, with a warning
    const awkward = 'Tab\there, new\nline, back\\slash \\N and "quotes"';
    const lines = [
      line(1, { description: awkward, covers: [] }),
      line(2, {
        itemNo: "1300",
        description: "",
        actionMessage: "RESCHEDULE_AND_CHANGE_QTY",
        parentLineNo: 1,
        warning: "EXCEPTION",
        warningText: { key: "planningRunning", params: { qty: 2, text: awkward } },
      }),
    ];
    // WHEN
    await writeWorksheet(userB, lines);
    // THEN
    const rows = await db.planningWorksheetLine.findMany({ where: { userId: userB }, orderBy: { lineNo: "asc" } });
    expect(rows.map((r) => [r.description, r.warningText, r.covers, r.parentLineNo])).toEqual([
      [awkward, null, [], null],
      ["", { key: "planningRunning", params: { qty: 2, text: awkward } }, line(2).covers, 1],
    ]);
    expect(rows[0].projection).toEqual(line(1).projection);
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

  it("GIVEN a run whose process stopped (no heartbeat for over a minute) WHEN its user starts again THEN the old run reads FAILED and the new one runs", async () => {
    // GIVEN a carry-out left RUNNING by a server that crashed two minutes ago
    const user = uniqueCode("UH", 20);
    const stale = await db.planningRun.create({
      data: { userId: user, kind: "CARRY_OUT", heartbeatAt: new Date(Date.now() - 120_000) },
    });
    expect(await latestPlanningRun(db, user, "CARRY_OUT")).toMatchObject({ id: stale.id, status: "FAILED" });
    // WHEN
    const next = await startPlanningRun(db, user);
    // THEN
    expect(await db.planningRun.findUniqueOrThrow({ where: { id: stale.id } })).toMatchObject({ status: "FAILED" });
    expect(await latestPlanningRun(db, user)).toMatchObject({ id: next, status: "RUNNING" });
    await finishPlanningRun(db, next, { linesCount: 0 });
  });

  it("GIVEN a running run WHEN it reports progress THEN its heartbeat is stamped, and a live run is never taken over", async () => {
    const user = uniqueCode("UL", 20);
    const run = await startPlanningRun(db, user);
    await db.planningRun.update({ where: { id: run }, data: { heartbeatAt: new Date(Date.now() - 50_000) } });
    // WHEN / THEN: 50 s without a heartbeat is not abandoned yet
    await expect(startPlanningRun(db, user)).rejects.toMatchObject({ code: "PLANNING_RUNNING" });
    const before = (await db.planningRun.findUniqueOrThrow({ where: { id: run } })).heartbeatAt;
    await reportPlanningProgress(db, run, 1, 2);
    const after = (await db.planningRun.findUniqueOrThrow({ where: { id: run } })).heartbeatAt;
    expect(after.getTime()).toBeGreaterThan(before.getTime());
    expect(await latestPlanningRun(db, user)).toMatchObject({ id: run, status: "RUNNING" });
    await finishPlanningRun(db, run, { linesCount: 0 });
  });
});
