import "../../support/next-mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { readCarryOutRun } from "@/lib/data/carry-out-run";
import { renderMessage } from "@/lib/i18n/domain-message";
import { seedDemoOrders } from "@/lib/seed/demo-orders";
import { acceptActionMessages } from "@/lib/services/planning/accept-action-messages";
import { calculateRegenerativePlan, startRegenerativePlan } from "@/lib/services/planning/calculate-regenerative-plan";
import { carryOutActionMessages, startCarryOut } from "@/lib/services/planning/carry-out";
import { finishPlanningRun, startPlanningRun, throttledProgress } from "@/lib/services/planning/planning-runs";
import { DomainError } from "@/lib/errors";
import { createCountingClient } from "../refresh/counting-client";

// PL-8 a carry-out is a run of its user's (PlanningRun, kind CARRY_OUT): lines done of total for
// the dialog to poll, each line's result once done, and PL-2's one-run-at-a-time rule.

const PERIOD = { startingDate: "2026-12-07", endingDate: "2027-02-28" };
let planner: { id: string; email: string; role: "planner" };
const client = createCountingClient(process.env.DATABASE_URL!);
afterAll(() => client.close());

const runOf = (id: number) => db.planningRun.findUniqueOrThrow({ where: { id } });
/** The planner's worksheet: `n` accepted New lines of the Bicycle (1000), as a calculation writes them. */
async function acceptedNewLines(n: number) {
  await db.planningWorksheetLine.deleteMany({ where: { userId: planner.id } });
  await db.planningWorksheetLine.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      userId: planner.id,
      lineNo: (i + 1) * 10000,
      actionMessage: "NEW" as const,
      acceptActionMessage: true,
      itemNo: "1000",
      replenishmentSystem: "PROD_ORDER" as const,
      dueDate: new Date("2027-01-12T00:00:00Z"),
      quantity: 5,
      startingDate: new Date("2027-01-08T00:00:00Z"),
      endingDate: new Date("2027-01-11T00:00:00Z"),
    })),
  });
}
const refusalText = (e: unknown, locale: "en" | "nl") => renderMessage((e as DomainError).text, locale);

beforeAll(async () => {
  await seedDemoOrders(db);
  const user = await db.user.findUniqueOrThrow({ where: { email: "planner@cronus.demo" }, select: { id: true, email: true } });
  planner = { ...user, role: "planner" };
});

describe("PL-8 carry-out progress and results in PlanningRun", () => {
  it("GIVEN accepted lines WHEN they are carried out THEN the run shows lines done of total while it runs and each line's result when DONE, in en and nl", async () => {
    await calculateRegenerativePlan(PERIOD, planner);
    await acceptActionMessages(db, planner.id, { lineNos: "all", accept: true });
    const total = await db.planningWorksheetLine.count({
      where: { userId: planner.id, acceptActionMessage: true, replenishmentSystem: "PROD_ORDER", parentLineNo: null },
    });
    expect(total).toBeGreaterThan(1);
    const seen: { status: string; kind: string; itemsTotal: number }[] = [];
    // WHEN
    const started = await startCarryOut({ status: "FIRM_PLANNED" }, planner, db, async (p) => {
      if (p.linesDone === 1) seen.push(await runOf(started.runId!));
    });
    expect(started.runId).not.toBeNull();
    const results = await started.done;
    // THEN while it ran, the run was a RUNNING carry-out of all the lines
    expect(seen).toEqual([expect.objectContaining({ kind: "CARRY_OUT", status: "RUNNING", itemsTotal: total })]);
    // … once done: every line done, the ones carried out counted, each result kept
    const run = await runOf(started.runId!);
    expect(run).toMatchObject({ kind: "CARRY_OUT", status: "DONE", itemsDone: total, itemsTotal: total });
    expect(run.linesCount).toBe(results.filter((r) => r.ok).length);
    expect(run.results).toEqual(JSON.parse(JSON.stringify(results)));
    // … and the dialog reads them in the user's language
    const en = await readCarryOutRun(db, planner.id, "en");
    expect(en).toMatchObject({ id: started.runId, status: "DONE", linesDone: total, linesTotal: total });
    expect(en!.results!.map((r) => r.lineNo)).toEqual(results.map((r) => r.lineNo));
    const refused = results.find((r) => !r.ok);
    if (refused && !refused.ok) {
      const nl = await readCarryOutRun(db, planner.id, "nl");
      expect(nl!.results!.find((r) => r.lineNo === refused.lineNo)!.message).toBe(renderMessage(refused.message, "nl"));
    }
  });

  it("GIVEN many progress reports in a row WHEN they are throttled THEN one write carries the latest count, not one per report", async () => {
    const runId = await startPlanningRun(db, planner.id, "CARRY_OUT");
    try {
      // WHEN 500 lines report at once, then the carry-out ends
      const { statements } = await client.count(async () => {
        const progress = throttledProgress(client.db, runId, 500);
        for (let done = 1; done <= 500; done++) progress.report(done);
        await progress.flush();
      });
      // THEN
      expect(statements.filter((s) => s.includes('UPDATE "PlanningRun"'))).toHaveLength(1);
      expect(await runOf(runId)).toMatchObject({ itemsDone: 500, itemsTotal: 500 });
    } finally {
      await finishPlanningRun(db, runId, { linesCount: 0 });
    }
  });

  it("GIVEN a carry-out running WHEN the same user carries out again or calculates THEN both are refused with the carry-out's message (en and nl), nothing started", async () => {
    await acceptedNewLines(2);
    const runId = await startPlanningRun(db, planner.id, "CARRY_OUT");
    try {
      const runsBefore = await db.planningRun.count({ where: { userId: planner.id } });
      const ordersBefore = await db.productionOrder.count();
      // WHEN
      const again = await carryOutActionMessages({ status: "FIRM_PLANNED" }, planner).catch((e: unknown) => e);
      const calculate = await startRegenerativePlan(PERIOD, planner).catch((e: unknown) => e);
      // THEN
      for (const e of [again, calculate]) {
        expect(e).toMatchObject({ code: "PLANNING_RUNNING" });
        expect(refusalText(e, "en")).toBe(
          "A Carry Out Action Message of your planning worksheet is already running. Wait until it has finished.",
        );
        expect(refusalText(e, "nl")).toBe(
          "Er wordt al een Actiebericht uitvoeren van uw planningsvoorstel verwerkt. Wacht tot dat klaar is.",
        );
      }
      expect(await db.planningRun.count({ where: { userId: planner.id } })).toBe(runsBefore);
      expect(await db.productionOrder.count()).toBe(ordersBefore);
    } finally {
      await finishPlanningRun(db, runId, { linesCount: 0 });
    }
  });

  it("GIVEN a calculation running WHEN the same user carries out THEN it is refused with PL-2's message and no line is carried out", async () => {
    await acceptedNewLines(2);
    const runId = await startPlanningRun(db, planner.id);
    try {
      const linesBefore = await db.planningWorksheetLine.count({ where: { userId: planner.id } });
      // WHEN
      const refused = await carryOutActionMessages({ status: "FIRM_PLANNED" }, planner).catch((e: unknown) => e);
      // THEN
      expect(refused).toMatchObject({ code: "PLANNING_RUNNING" });
      expect(refusalText(refused, "en")).toBe("A calculation of your planning worksheet is already running. Wait until it has finished.");
      expect(await db.planningWorksheetLine.count({ where: { userId: planner.id } })).toBe(linesBefore);
    } finally {
      await finishPlanningRun(db, runId, { linesCount: 0 });
    }
  });

  it("GIVEN a carry-out that has started WHEN another is started THEN it is refused, and the first finishes", async () => {
    await acceptedNewLines(3);
    const first = await startCarryOut({ status: "FIRM_PLANNED" }, planner);
    expect(await runOf(first.runId!)).toMatchObject({ status: "RUNNING" });
    // WHEN / THEN
    await expect(startCarryOut({ status: "FIRM_PLANNED" }, planner)).rejects.toMatchObject({ code: "PLANNING_RUNNING" });
    const results = await first.done;
    expect(results.map((r) => r.lineNo)).toEqual([10000, 20000, 30000]);
    expect(await runOf(first.runId!)).toMatchObject({ status: "DONE", itemsDone: 3, itemsTotal: 3 });
  });
});
