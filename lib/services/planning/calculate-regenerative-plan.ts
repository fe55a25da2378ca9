import { db as appDb } from "@/lib/db";
import type { Db } from "@/lib/db-client";
import { addCalendarDays, type IsoDate } from "@/lib/domain/calendar/iso-date";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { PlanningLine } from "@/lib/domain/planning/types";
import type { RefreshCatalog } from "@/lib/domain/refresh/types";
import { parseItemFilter } from "@/lib/domain/text/item-filter";
import { DomainError } from "@/lib/errors";
import { msg } from "@/lib/i18n/domain-message";
import { logUnexpected } from "@/lib/log";
import { loadPlanningInput, type PlanningData } from "@/lib/services/planning/load-planning-input";
import { loadPlanningCatalog } from "@/lib/services/planning/planning-scheduler";
import { finishPlanningRun, reportPlanningProgress, startPlanningRun } from "@/lib/services/planning/planning-runs";
import { writePlanningLines } from "@/lib/services/planning/write-planning-lines";
import { sqlTransaction } from "@/lib/services/sql-tx";

// PL-2 … PL-10 "Calculate Regenerative Plan", the refresh path's shape (style guide): load in a
// bounded number of set-based statements (the loader's eight, the refresh catalogs' three), plan
// in memory with the pure engine, write the user's worksheet in two statements. The run is
// recorded in PlanningRun (one running calculation per user, progress for the page to poll).
//
// The request only starts the run: loading and writing are awaited database round trips, and the
// in-memory planning runs in a worker thread (plan-worker.mts), so the calling request returns at
// once and other users' requests are served meanwhile, however many items the plan has.

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
): Promise<{ runId: number; done: Promise<{ linesCount: number }> }> {
  validate(input);
  const itemFilter = parseItemFilter(input.itemFilter);
  const runId = await startPlanningRun(db, actor.id);
  const done = runPlan(db, runId, actor.id, input, itemFilter).catch(async (e: unknown) => {
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
  const { linesCount } = await done;
  return { runId, linesCount };
}

/** calculatePlan off the event loop (the worker loads the same modules through tsx, as the app's scripts do). */
function planInWorker(
  data: PlanningData,
  catalog: RefreshCatalog,
  itemFilter: string | null,
  onProgress: (itemsDone: number) => void,
): Promise<PlanningLine[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(process.cwd(), "lib/services/planning/plan-worker.mts"), {
      workerData: { data, catalog, itemFilter },
      execArgv: ["--import", "tsx"],
    });
    worker.on("message", (m: { progress: number } | { lines: PlanningLine[] }) =>
      "lines" in m ? resolve(m.lines) : onProgress(m.progress),
    );
    worker.once("error", reject);
    worker.once("exit", (code) => code !== 0 && reject(new Error(`The planning worker stopped with exit code ${code}`)));
  });
}

async function runPlan(db: Db, runId: number, userId: string, input: RegenerativePlanInput, itemFilter: ((no: string) => boolean) | null) {
  await nextTurn();
  const period = { startingDate: input.startingDate, endingDate: input.endingDate };
  const { data, catalog } = await sqlTransaction(
    db,
    async (tx) => {
      const data = await loadPlanningInput(tx, period);
      return { data, catalog: await loadPlanningCatalog(tx, data) };
    },
    { timeout: 120_000 },
  );
  const itemsTotal = data.items.filter((i) => !itemFilter || itemFilter(i.itemNo)).length;
  await reportPlanningProgress(db, runId, 0, itemsTotal);
  await nextTurn();
  // One progress write in flight at a time; a newer count waits for it (the run's row is the page's).
  let writing: Promise<void> = Promise.resolve();
  let latest = 0;
  const onProgress = (itemsDone: number) => {
    latest = itemsDone;
    writing = writing
      .then(() => (latest === itemsDone ? reportPlanningProgress(db, runId, itemsDone, itemsTotal) : undefined))
      .catch(() => undefined);
  };
  const lines = await planInWorker(data, catalog, input.itemFilter ?? null, onProgress);
  await writing;
  await reportPlanningProgress(db, runId, itemsTotal, itemsTotal);
  const linesCount = await sqlTransaction(db, (tx) => writePlanningLines(tx, userId, lines), { timeout: 120_000 });
  await finishPlanningRun(db, runId, { linesCount });
  return { linesCount };
}
