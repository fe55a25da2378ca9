import "../../support/next-mocks";
import { describe, expect, it } from "vitest";
import {
  acceptActionMessagesAction,
  calculateRegenerativePlanAction,
  carryOutActionMessagesAction,
  carryOutProgressAction,
  planningProgressAction,
} from "@/lib/actions/planning";
import { db } from "@/lib/db";
import { signInAs, signOut } from "../../support/session";

// X-1/PL-10 the Planning Worksheet's server actions are public endpoints: each checks the session
// itself, and a planner only ever works on their own worksheet.

const PERIOD = { startingDate: "2026-12-07", endingDate: "2027-01-31" };
const runsOf = (userId: string) => db.planningRun.count({ where: { userId } });

describe("planning actions", () => {
  it("GIVEN no session WHEN any planning action is called THEN it is refused as UNAUTHENTICATED and nothing runs", async () => {
    signOut();
    const before = await db.planningRun.count();
    for (const call of [
      () => calculateRegenerativePlanAction(PERIOD),
      () => planningProgressAction(),
      () => acceptActionMessagesAction({ lineNos: "all", accept: true }),
      () => carryOutActionMessagesAction({ status: "FIRM_PLANNED" }),
      () => carryOutProgressAction(),
    ])
      expect(await call()).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await db.planningRun.count()).toBe(before);
  });

  it("a planner calculates through the action, polls progress to the end and accepts their own lines only", async () => {
    // GIVEN another user's worksheet line
    await db.planningWorksheetLine.create({
      data: {
        userId: "someone-else",
        lineNo: 10000,
        actionMessage: "NEW",
        itemNo: "1000",
        replenishmentSystem: "PROD_ORDER",
        dueDate: new Date("2027-01-12T00:00:00Z"),
        quantity: 5,
        startingDate: new Date("2027-01-08T00:00:00Z"),
        endingDate: new Date("2027-01-11T00:00:00Z"),
      },
    });
    await signInAs("planner");
    const planner = await db.user.findUniqueOrThrow({ where: { email: "planner@cronus.demo" } });
    // WHEN the planner starts a calculation
    const started = await calculateRegenerativePlanAction(PERIOD);
    expect(started).toMatchObject({ ok: true });
    expect(await runsOf(planner.id)).toBe(1);
    // THEN progress reaches DONE with the lines written (polled as the page does)
    let progress = await planningProgressAction();
    while (progress.ok && progress.data?.status === "RUNNING") {
      await new Promise((r) => setTimeout(r, 50));
      progress = await planningProgressAction();
    }
    expect(progress).toMatchObject({ ok: true, data: { status: "DONE" } });
    const lines = await db.planningWorksheetLine.count({ where: { userId: planner.id } });
    expect(lines).toBeGreaterThan(0);
    // WHEN they accept all THEN only their own lines change
    await acceptActionMessagesAction({ lineNos: "all", accept: false });
    expect(await db.planningWorksheetLine.count({ where: { userId: planner.id, acceptActionMessage: true } })).toBe(0);
    expect(
      await db.planningWorksheetLine.findUniqueOrThrow({ where: { userId_lineNo: { userId: "someone-else", lineNo: 10000 } } }),
    ).toMatchObject({
      acceptActionMessage: false,
    });
    await acceptActionMessagesAction({ lineNos: "all", accept: true });
    expect(await db.planningWorksheetLine.count({ where: { userId: planner.id, acceptActionMessage: true } })).toBe(lines);
    expect(await db.planningWorksheetLine.count({ where: { userId: "someone-else", acceptActionMessage: true } })).toBe(0);
  });

  it("PL-8 a planner carries out through the action, polls lines done of total to the end and reads each line's result", async () => {
    // GIVEN two accepted New lines of the planner's
    await signInAs("planner");
    const planner = await db.user.findUniqueOrThrow({ where: { email: "planner@cronus.demo" } });
    await db.planningWorksheetLine.deleteMany({ where: { userId: planner.id } });
    for (const lineNo of [10000, 20000])
      await db.planningWorksheetLine.create({
        data: {
          userId: planner.id,
          lineNo,
          actionMessage: "NEW",
          acceptActionMessage: true,
          itemNo: "1000",
          replenishmentSystem: "PROD_ORDER",
          dueDate: new Date("2027-01-12T00:00:00Z"),
          quantity: 5,
          startingDate: new Date("2027-01-08T00:00:00Z"),
          endingDate: new Date("2027-01-11T00:00:00Z"),
        },
      });
    // WHEN the planner starts the carry-out (the request returns once the run is recorded)
    const started = await carryOutActionMessagesAction({ status: "FIRM_PLANNED" });
    expect(started).toMatchObject({ ok: true });
    const runId = started.ok ? started.data.runId : null;
    expect(runId).not.toBeNull();
    // THEN its progress is polled, as the dialog does, until it is DONE with each line's result
    let progress = await carryOutProgressAction();
    while (progress.ok && progress.data?.status === "RUNNING") {
      expect(progress.data).toMatchObject({ id: runId });
      await new Promise((r) => setTimeout(r, 50));
      progress = await carryOutProgressAction();
    }
    expect(progress).toMatchObject({ ok: true, data: { id: runId, status: "DONE", linesDone: 2, linesTotal: 2 } });
    const results = progress.ok ? progress.data!.results! : [];
    expect(results.map((r) => [r.lineNo, r.ok])).toEqual([
      [10000, true],
      [20000, true],
    ]);
    expect(await db.productionOrder.count({ where: { status: "FIRM_PLANNED", no: { in: results.map((r) => r.orderNo!) } } })).toBe(2);
    // … and the calculation's progress is still the calculation's, not the carry-out's
    expect(await planningProgressAction()).toMatchObject({ ok: true, data: { status: "DONE" } });
  });

  it("refuses an Ending Date before the Starting Date beside its field", async () => {
    await signInAs("planner");
    const r = await calculateRegenerativePlanAction({ startingDate: "2027-01-10", endingDate: "2027-01-01" });
    expect(r).toMatchObject({ ok: false, fieldErrors: { endingDate: ["Ending Date must be on or after Starting Date."] } });
  });
});
