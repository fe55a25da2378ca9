import { db as appDb } from "@/lib/db";
import { preparesStatements, rawPoolOf, type Db } from "@/lib/db-client";
import { addCalendarDays, type IsoDate } from "@/lib/domain/calendar/iso-date";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { parseItemFilter } from "@/lib/domain/text/item-filter";
import { DomainError } from "@/lib/errors";
import { msg } from "@/lib/i18n/domain-message";
import { logUnexpected } from "@/lib/log";
import type { PlanWorkerData, PlanWorkerMessage } from "@/lib/services/planning/plan-worker-protocol";
import { finishPlanningRun, startPlanningRun, throttledProgress } from "@/lib/services/planning/planning-runs";

// PL-2 … PL-10 "Calculate Regenerative Plan", the refresh path's shape (style guide): load in a
// bounded number of set-based statements (the loader's eight, the capacity catalog's one), plan
// in memory with the pure engine, write the user's worksheet with one DELETE and one streamed COPY
// (replacePlanningLines in plan-worker.mts). The run is recorded in PlanningRun (one running calculation per user, progress for the page to poll).
//
// The request only starts the run. Loading, planning and writing all happen in a worker thread
// (plan-worker.mts) on its own connection, so the calling request returns at once, other users'
// requests are served meanwhile however many items the plan has, and neither the input nor the
// lines are ever copied between threads: the run's parameters go in, progress and a summary
// (lines written, statements sent) come out.

/** The longest plan the dialog accepts (bounds the work before any is done). */
export const MAX_PLAN_DAYS = 731;

export type RegenerativePlanInput = { startingDate: IsoDate; endingDate: IsoDate; itemFilter?: string | null };
export type PlanActor = { id: string };

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function validate(input: RegenerativePlanInput) {
  if (input.endingDate < input.startingDate) throw new DomainError("VALIDATION", msg("endingDateBeforeStart"), "endingDate");
  if (input.endingDate > addCalendarDays(input.startingDate, MAX_PLAN_DAYS))
    throw new DomainError("VALIDATION", msg("planningPeriodTooLong", { days: MAX_PLAN_DAYS }), "endingDate");
}

/** Starts the user's calculation (refused while another of theirs runs); `done` settles when it has finished. */
export async function startRegenerativePlan(
  input: RegenerativePlanInput,
  actor: PlanActor,
  db: Db = appDb,
): Promise<{ runId: number; done: Promise<{ linesCount: number; workerStatements: number }> }> {
  validate(input);
  parseItemFilter(input.itemFilter); // a malformed filter is refused before the run starts
  const runId = await startPlanningRun(db, actor.id);
  const done = runPlan(db, runId, actor.id, input).catch(async (e: unknown) => {
    await finishPlanningRun(db, runId, { error: e instanceof Error ? e.message : String(e) }).catch(() => undefined);
    throw e;
  });
  // The page learns the outcome from the run's row; the rejection is only logged here.
  done.catch((e: unknown) => logUnexpected(e));
  return { runId, done };
}

/** Calculates and waits for the result (scripts, tests, the benchmark). */
export async function calculateRegenerativePlan(input: RegenerativePlanInput, actor: PlanActor, db: Db = appDb) {
  const { runId, done } = await startRegenerativePlan(input, actor, db);
  const { linesCount, workerStatements } = await done;
  return { runId, linesCount, workerStatements };
}

/** The connection string of the caller's client, for the worker's own connection to the same database. */
function connectionStringOf(db: Db): string {
  const pool = rawPoolOf(db);
  const url = pool?.options.connectionString;
  if (!pool || !url) throw new Error("A regenerative plan needs a client made by createPrismaClient from a connection string");
  if (preparesStatements(pool)) return url;
  const u = new URL(url);
  u.searchParams.set("pgbouncer", "true");
  return u.toString();
}

/** The plan in a worker thread: it loads, plans and writes on its own connection; progress and the summary come back. */
function planInWorker(
  workerData: PlanWorkerData,
  on: { total: (itemsTotal: number) => void; progress: (itemsDone: number) => void },
): Promise<{ linesCount: number; statements: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(process.cwd(), "lib/services/planning/plan-worker.mts"), {
      workerData,
      execArgv: ["--import", "tsx"],
    });
    worker.on("message", (m: PlanWorkerMessage) => {
      if ("done" in m) {
        resolve(m.done);
        // Its connection is closed; nothing else may keep the thread (and its heap) alive.
        void worker.terminate();
      } else if ("total" in m) on.total(m.total);
      else on.progress(m.progress);
    });
    worker.once("error", reject);
    worker.once("exit", (code) => code !== 0 && reject(new Error(`The planning worker stopped with exit code ${code}`)));
  });
}

async function runPlan(db: Db, runId: number, userId: string, input: RegenerativePlanInput) {
  await nextTurn();
  // The run's row is the page's progress, written as carry-out writes its own (throttled, in turn).
  let progress: ReturnType<typeof throttledProgress> | undefined;
  const { linesCount, statements } = await planInWorker(
    {
      connectionString: connectionStringOf(db),
      userId,
      period: { startingDate: input.startingDate, endingDate: input.endingDate },
      itemFilter: input.itemFilter ?? null,
    },
    {
      total: (n) => {
        progress = throttledProgress(db, runId, n);
        progress.report(0);
      },
      progress: (n) => progress?.report(n),
    },
  );
  await progress?.flush();
  await finishPlanningRun(db, runId, { linesCount });
  return { linesCount, workerStatements: statements };
}
