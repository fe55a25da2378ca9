// The regenerative plan's in-memory part, in a worker thread (issue 25: the calculation must not
// block other users' requests). The service loads the input and the refresh catalog, posts them
// here (structured clone keeps the catalog's Maps), and gets the engine's lines back; the engine
// and the scheduler are the same modules the service would call in-process.
import { parentPort, workerData } from "node:worker_threads";
import { calculatePlan } from "../../domain/planning/calculate-plan.ts";
import { parseItemFilter } from "../../domain/text/item-filter.ts";
import { planningScheduler } from "../../domain/refresh/planning-scheduler.ts";

const { data, catalog, itemFilter } = workerData;
const result = calculatePlan({ ...data, itemFilter: parseItemFilter(itemFilter), schedule: planningScheduler(catalog) });
parentPort!.postMessage(result.lines);
