import type { PlanningData, PlanningScheduling } from "@/lib/services/planning/load-planning-input";
import type { RefreshCatalog } from "@/lib/domain/refresh/types";
import { loadCapacityCatalog } from "@/lib/services/production-orders/refresh/load-capacity-catalog";
import type { SqlTx } from "@/lib/services/sql-tx";

// PL-6 dates through refresh's own scheduling (one implementation, see
// lib/domain/refresh/planning-scheduler.ts): a refresh catalog for every item and location of the
// plan, each proposal then scheduled by scheduleLine exactly as refresh schedules an order line of
// an item (Ending Date from the Due Date with Safety Lead Time and Inbound Whse. Handling Time,
// PO-3; Starting Date from the routing or the Lead Time Calculation, RF-5).
//
// The setup, items and SKUs come with the plan's own rows (loadPlanning); one more statement
// reads the routings, work/machine centers with their shop calendars and the locations' base
// calendars (refresh's capacity catalog). BOM lines are not part of it: scheduling never reads them.

/** The refresh catalog for a plan's items and locations (its scheduling rows + the capacity catalog). */
export async function loadPlanningCatalog(tx: SqlTx, data: PlanningData, scheduling: PlanningScheduling): Promise<RefreshCatalog> {
  const catalog: RefreshCatalog = {
    setup: scheduling.setup,
    items: scheduling.items,
    skus: scheduling.skus,
    boms: new Map(),
    bomLines: new Map(),
    routings: new Map(),
    routingLines: new Map(),
    capacities: new Map(),
    locations: new Map(),
  };
  const routingNos = new Set<string>();
  for (const item of catalog.items.values()) if (item.replenishment === "PROD_ORDER" && item.routingNo) routingNos.add(item.routingNo);
  for (const sku of catalog.skus.values()) if (sku.routingNo) routingNos.add(sku.routingNo);
  const locations = new Set<string>();
  for (const k of [...data.demands, ...data.supplies]) if (k.locationCode) locations.add(k.locationCode);
  for (const item of data.items) for (const sku of item.parameters.byKey) if (sku.locationCode) locations.add(sku.locationCode);
  await loadCapacityCatalog(tx, catalog, [...routingNos], [...locations], null);
  return catalog;
}
