import { DomainError } from "@/lib/errors";
import { msg } from "@/lib/i18n/domain-message";
import { isUniqueViolation } from "@/lib/services/db-errors";
import type { SqlTx } from "@/lib/services/sql-tx";

// PL-2: a regenerative plan is a run of its user's. The partial unique index
// planning_run_one_running (one RUNNING row per user) refuses a second calculation while one
// runs, atomically, whatever the number of app processes; progress is the run's items done of
// total, which the page polls.

export type PlanningRunRow = {
  id: number;
  status: "RUNNING" | "DONE" | "FAILED";
  itemsTotal: number;
  itemsDone: number;
  linesCount: number;
  startedAt: Date;
  finishedAt: Date | null;
  error: string | null;
};

/** Starts `userId`'s run; refused with PLANNING_RUNNING while another of theirs runs. Outside any long transaction. */
export async function startPlanningRun(db: SqlTx, userId: string): Promise<number> {
  try {
    const [run] = await db.$queryRaw<{ id: number }[]>`INSERT INTO "PlanningRun" ("userId") VALUES (${userId}) RETURNING id`;
    return run.id;
  } catch (e) {
    if (isUniqueViolation(e)) throw new DomainError("PLANNING_RUNNING", msg("planningRunning"));
    throw e;
  }
}

/** Progress: how many of the plan's items are done (one statement, for the page to poll). */
export async function reportPlanningProgress(db: SqlTx, runId: number, itemsDone: number, itemsTotal: number): Promise<void> {
  await db.$executeRaw`UPDATE "PlanningRun" SET "itemsDone" = ${itemsDone}, "itemsTotal" = ${itemsTotal} WHERE id = ${runId} AND status = 'RUNNING'`;
}

/** Ends the run: DONE with the number of lines written, or FAILED with the error's text. */
export async function finishPlanningRun(db: SqlTx, runId: number, outcome: { linesCount: number } | { error: string }): Promise<void> {
  if ("error" in outcome) {
    await db.$executeRaw`
      UPDATE "PlanningRun" SET status = 'FAILED', error = ${outcome.error.slice(0, 2000)}, "finishedAt" = now() WHERE id = ${runId}`;
  } else {
    await db.$executeRaw`
      UPDATE "PlanningRun" SET status = 'DONE', "linesCount" = ${outcome.linesCount}, "itemsDone" = "itemsTotal", "finishedAt" = now()
      WHERE id = ${runId}`;
  }
}

/** The user's latest run (null: never calculated). */
export async function latestPlanningRun(db: SqlTx, userId: string): Promise<PlanningRunRow | null> {
  const [run] = await db.$queryRaw<PlanningRunRow[]>`
    SELECT id, status::text AS status, "itemsTotal", "itemsDone", "linesCount", "startedAt", "finishedAt", error
    FROM "PlanningRun" WHERE "userId" = ${userId} ORDER BY "startedAt" DESC, id DESC LIMIT 1`;
  return run ?? null;
}
