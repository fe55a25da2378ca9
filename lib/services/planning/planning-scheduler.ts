import type { PlanningData } from "@/lib/services/planning/load-planning-input";
import type { RefreshCatalog, SetupInfo } from "@/lib/domain/refresh/types";
import { loadBomCatalog } from "@/lib/services/production-orders/refresh/load-bom-catalog";
import { loadCapacityCatalog } from "@/lib/services/production-orders/refresh/load-capacity-catalog";
import type { SqlTx } from "@/lib/services/sql-tx";

// PL-6 dates through refresh's own scheduling (one implementation, see
// lib/domain/refresh/planning-scheduler.ts): the refresh catalogs (items,
// SKUs, routings, work/machine centers with their shop calendars, locations with their base
// calendars) are read ONCE per plan, for every item and location of it, in three statements;
// each proposal is then scheduled by scheduleLine exactly as refresh schedules an order line of
// an item (Ending Date from the Due Date with Safety Lead Time and Inbound Whse. Handling Time,
// PO-3; Starting Date from the routing or the Lead Time Calculation, RF-5).

/** The refresh catalog for a plan's items and locations (setup + BOM catalog + capacity catalog). */
export async function loadPlanningCatalog(tx: SqlTx, data: PlanningData): Promise<RefreshCatalog> {
  const [row] = await tx.$queryRaw<SetupInfo[]>`
    SELECT "normalStartingTime", "normalEndingTime", "defaultSafetyLeadTimeDays" FROM "ManufacturingSetup" WHERE id = 1`;
  const setup: SetupInfo = row ?? { normalStartingTime: 480, normalEndingTime: 960, defaultSafetyLeadTimeDays: 0 };
  const { catalog } = await loadBomCatalog(
    tx,
    data.items.map((i) => i.itemNo),
    setup,
    null,
  );
  const routingNos = new Set<string>();
  for (const item of catalog.items.values()) if (item.replenishment === "PROD_ORDER" && item.routingNo) routingNos.add(item.routingNo);
  for (const sku of catalog.skus.values()) if (sku.routingNo) routingNos.add(sku.routingNo);
  const locations = new Set<string>();
  for (const k of [...data.demands, ...data.supplies]) if (k.locationCode) locations.add(k.locationCode);
  for (const item of data.items) for (const sku of item.parameters.byKey) if (sku.locationCode) locations.add(sku.locationCode);
  await loadCapacityCatalog(tx, catalog, [...routingNos], [...locations], null);
  return catalog;
}
