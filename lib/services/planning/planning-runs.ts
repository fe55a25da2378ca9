import { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors";
import { msg } from "@/lib/i18n/domain-message";
import { isUniqueViolation } from "@/lib/services/db-errors";
import type { SqlTx } from "@/lib/services/sql-tx";

// PL-2: a regenerative plan is a run of its user's; so is a carry-out (PL-8, kind CARRY_OUT). The
// partial unique index planning_run_one_running (one RUNNING row per user, whatever the kind)
// refuses a second calculation or carry-out while one runs, atomically, whatever the number of app
// processes: a carry-out must not work on lines a calculation is replacing, nor two carry-outs on
// the same lines. Progress is the run's items (or lines) done of total, which the page polls.
//
// A run lives as long as the process that runs it: that process stamps its heartbeat every
// HEARTBEAT_MS. A RUNNING run without a heartbeat for ABANDONED_AFTER (its server stopped or
// crashed mid-run) is abandoned: it reads as FAILED and its user's next start takes its place,
// instead of being blocked until someone edits the row. Any node may take it over: the rule is in
// the database's clock, not in a process's memory.

export type PlanningRunKind = "CALCULATE" | "CARRY_OUT";

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

export const HEARTBEAT_MS = 10_000;
const ABANDONED_AFTER = Prisma.raw(`interval '60 seconds'`);

/** A run's status as everyone reads it: RUNNING without a recent heartbeat is FAILED (abandoned). */
export const RUN_STATUS = Prisma.sql`(CASE WHEN status = 'RUNNING' AND "heartbeatAt" < now() - ${ABANDONED_AFTER} THEN 'FAILED' ELSE status::text END)`;

// The heartbeats of the runs this process runs, stopped when the run is finished.
const heartbeats = new Map<number, ReturnType<typeof setInterval>>();

function keepAlive(db: SqlTx, runId: number) {
  const timer = setInterval(() => {
    db.$executeRaw`UPDATE "PlanningRun" SET "heartbeatAt" = now() WHERE id = ${runId} AND status = 'RUNNING'`.catch(() => undefined);
  }, HEARTBEAT_MS);
  timer.unref();
  heartbeats.set(runId, timer);
}

/** Ends `userId`'s abandoned run (no heartbeat for a minute); true when there was one. */
async function endAbandoned(db: SqlTx, userId: string): Promise<boolean> {
  const ended = await db.$executeRaw`
    UPDATE "PlanningRun" SET status = 'FAILED', error = 'Abandoned: the process running it stopped', "finishedAt" = now()
    WHERE "userId" = ${userId} AND status = 'RUNNING' AND "heartbeatAt" < now() - ${ABANDONED_AFTER}`;
  return ended > 0;
}

/**
 * Starts `userId`'s run; refused with PLANNING_RUNNING while another of theirs runs, with the
 * message of the kind that runs. Outside any long transaction.
 */
export async function startPlanningRun(db: SqlTx, userId: string, kind: PlanningRunKind = "CALCULATE", takeOver = true): Promise<number> {
  try {
    const [run] = await db.$queryRaw<{ id: number }[]>`
      INSERT INTO "PlanningRun" ("userId", kind) VALUES (${userId}, ${kind}::"PlanningRunKind") RETURNING id`;
    keepAlive(db, run.id);
    return run.id;
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    // The run in the way may be abandoned: end it and start once more (never more than once).
    if (takeOver && (await endAbandoned(db, userId))) return startPlanningRun(db, userId, kind, false);
    const [other] = await db.$queryRaw<{ kind: PlanningRunKind }[]>`
      SELECT kind::text AS kind FROM "PlanningRun" WHERE "userId" = ${userId} AND status = 'RUNNING'`;
    throw new DomainError("PLANNING_RUNNING", msg(other?.kind === "CARRY_OUT" ? "carryOutRunning" : "planningRunning"));
  }
}

/** Progress: how many of the plan's items are done (one statement, for the page to poll). */
export async function reportPlanningProgress(db: SqlTx, runId: number, itemsDone: number, itemsTotal: number): Promise<void> {
  await db.$executeRaw`
    UPDATE "PlanningRun" SET "itemsDone" = ${itemsDone}, "itemsTotal" = ${itemsTotal}, "heartbeatAt" = now()
    WHERE id = ${runId} AND status = 'RUNNING'`;
}

/**
 * Progress written at most once per `everyMs` (and one write in flight at a time), whatever the
 * number of reports: the latest count wins. `flush` writes the latest count if it is pending and waits.
 */
export function throttledProgress(db: SqlTx, runId: number, itemsTotal: number, everyMs = 250) {
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWrite = 0;
  let writing: Promise<void> = Promise.resolve();
  const write = () => {
    timer = undefined;
    lastWrite = Date.now();
    const done = latest;
    writing = writing.then(() => reportPlanningProgress(db, runId, done, itemsTotal)).catch(() => undefined);
  };
  return {
    report(itemsDone: number) {
      latest = itemsDone;
      timer ??= setTimeout(write, Math.max(0, lastWrite + everyMs - Date.now()));
    },
    /** Writes the latest count now if it is not written yet, and waits for the writes. */
    async flush() {
      if (timer) {
        clearTimeout(timer);
        write();
      }
      await writing;
    },
  };
}

/** Ends the run: DONE with the number of lines written (a carry-out's: carried out, with each line's result), or FAILED with the error's text. */
export async function finishPlanningRun(
  db: SqlTx,
  runId: number,
  outcome: { linesCount: number; results?: unknown } | { error: string },
): Promise<void> {
  clearInterval(heartbeats.get(runId));
  heartbeats.delete(runId);
  if ("error" in outcome) {
    await db.$executeRaw`
      UPDATE "PlanningRun" SET status = 'FAILED', error = ${outcome.error.slice(0, 2000)}, "finishedAt" = now() WHERE id = ${runId}`;
  } else {
    await db.$executeRaw`
      UPDATE "PlanningRun" SET status = 'DONE', "linesCount" = ${outcome.linesCount}, "itemsDone" = "itemsTotal", "finishedAt" = now(),
        results = ${outcome.results === undefined ? null : JSON.stringify(outcome.results)}::jsonb
      WHERE id = ${runId}`;
  }
}

/** The user's latest run of a kind (null: never calculated, or never carried out). */
export async function latestPlanningRun(db: SqlTx, userId: string, kind: PlanningRunKind = "CALCULATE"): Promise<PlanningRunRow | null> {
  const [run] = await db.$queryRaw<PlanningRunRow[]>`
    SELECT id, ${RUN_STATUS} AS status, "itemsTotal", "itemsDone", "linesCount", "startedAt", "finishedAt", error
    FROM "PlanningRun" WHERE "userId" = ${userId} AND kind = ${kind}::"PlanningRunKind" ORDER BY "startedAt" DESC, id DESC LIMIT 1`;
  return run ?? null;
}

/** The user's latest carry-out with each line's result once it is done (null: never carried out). */
export async function latestCarryOutRun(db: SqlTx, userId: string): Promise<(PlanningRunRow & { results: unknown }) | null> {
  const [run] = await db.$queryRaw<(PlanningRunRow & { results: unknown })[]>`
    SELECT id, ${RUN_STATUS} AS status, "itemsTotal", "itemsDone", "linesCount", "startedAt", "finishedAt", error, results
    FROM "PlanningRun" WHERE "userId" = ${userId} AND kind = 'CARRY_OUT' ORDER BY "startedAt" DESC, id DESC LIMIT 1`;
  return run ?? null;
}
