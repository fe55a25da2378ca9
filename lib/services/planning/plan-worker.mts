// The regenerative plan's heavy part, in a worker thread (issue 25: the calculation must not
// block other users' requests): it loads the input, plans in memory and writes the worksheet
// itself, over its own connection to the same database. Only the run's parameters come in and
// only progress and a summary go out: copying a 10,000-item company's input into the thread and
// 110,000 lines back out (structured clone, twice) used to cost as much as loading it.
//
// The statements are the service's own (loadPlanning, loadPlanningCatalog, replacePlanningLines,
// calculatePlan with refresh's scheduler: one implementation); the worker counts what it sends so
// the caller can report the plan's statements whatever thread sent them.
//
// Progress: the engine reports each item it has planned (items planned of total); the worker
// posts the count at most every 100 ms.
import pg from "pg";
import { parentPort, workerData } from "node:worker_threads";
import { calculatePlan } from "../../domain/planning/calculate-plan.ts";
import { planningScheduler } from "../../domain/refresh/planning-scheduler.ts";
import { parseItemFilter } from "../../domain/text/item-filter.ts";
import { createPrismaClient, poolerOf } from "../../db-client.ts";
import { sqlTransaction } from "../sql-tx.ts";
import { loadPlanning } from "./load-planning-input.ts";
import { loadPlanningCatalog } from "./planning-scheduler.ts";
import { replacePlanningLines } from "./write-planning-lines.ts";
import type { PlanningLine } from "../../domain/planning/types.ts";
import type { PlanWorkerData, PlanWorkerMessage } from "./plan-worker-protocol.ts";

const { connectionString, userId, period, itemFilter } = workerData as PlanWorkerData;
const post = (m: PlanWorkerMessage) => parentPort!.postMessage(m);

let statements = 0;
const pool = new pg.Pool({ connectionString: poolerOf(connectionString).url, max: 1, connectionTimeoutMillis: 10_000 });
pool.on("connect", (client) => {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    statements++;
    return query(...args);
  };
});
const db = createPrismaClient(connectionString, { pool });
/** Load and plan; the input and the catalog are garbage once it returns (only the lines are written). */
async function plan(): Promise<PlanningLine[]> {
  const { data, catalog } = await sqlTransaction(
    db,
    async (tx) => {
      const { data, scheduling } = await loadPlanning(tx, period);
      return { data, catalog: await loadPlanningCatalog(tx, data, scheduling) };
    },
    { timeout: 120_000 },
  );
  const filter = parseItemFilter(itemFilter);
  post({ total: data.items.filter((i) => !filter || filter(i.itemNo)).length });
  let posted = Date.now();
  const onProgress = (itemsPlanned: number) => {
    const now = Date.now();
    if (now - posted < 100) return;
    posted = now;
    post({ progress: itemsPlanned });
  };
  return calculatePlan({ ...data, itemFilter: filter, onProgress, schedule: planningScheduler(catalog) }).lines;
}

/**
 * Plan and write (PL-10): replacePlanningLines on a connection of the worker's pool, one COPY
 * streaming the lines. Its rows are built chunk by chunk and each line is let go once sent: no text
 * of every line is ever held at once (issue 25: the INSERT's columns and message buffers were the
 * plan's peak memory).
 */
async function planAndWrite(): Promise<number> {
  const lines = await plan();
  const client = await pool.connect();
  try {
    return await replacePlanningLines(client, userId, lines);
  } finally {
    client.release();
  }
}

let linesCount: number;
try {
  linesCount = await planAndWrite();
} finally {
  await db.$disconnect();
}
// Last: the caller ends the thread on this message (its heap is released at once, not when idle handles let it go).
post({ done: { linesCount, statements } });
