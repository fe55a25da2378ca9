// The regenerative plan's in-memory part, in a worker thread (issue 25: the calculation must not
// block other users' requests). The service loads the input and the refresh catalog, posts them
// here (structured clone keeps the catalog's Maps), and gets the engine's lines back; the engine
// and the scheduler are the same modules the service would call in-process.
//
// Progress: the engine asks the item filter once per item, in planning order, just before it
// plans it; counting the items it lets through gives "items planned of total", posted at most
// every 100 ms.
import { parentPort, workerData } from "node:worker_threads";
import { calculatePlan } from "../../domain/planning/calculate-plan.ts";
import { parseItemFilter } from "../../domain/text/item-filter.ts";
import { planningScheduler } from "../../domain/refresh/planning-scheduler.ts";

const { data, catalog, itemFilter } = workerData;
const filter = parseItemFilter(itemFilter);
let planned = 0;
let posted = Date.now();
const counting = (itemNo: string) => {
  if (filter && !filter(itemNo)) return false;
  planned++;
  const now = Date.now();
  if (now - posted >= 100) {
    posted = now;
    parentPort!.postMessage({ progress: planned - 1 });
  }
  return true;
};
const result = calculatePlan({ ...data, itemFilter: counting, schedule: planningScheduler(catalog) });
parentPort!.postMessage({ lines: result.lines });
