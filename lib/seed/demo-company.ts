import type { Db } from "@/lib/db-client";
import { seedBoms } from "./demo-boms";
import { seedCapacities } from "./demo-capacities";
import { seedItems } from "./demo-items";
import { seedFamilies, seedSales } from "./demo-sales";
import { seedNumberSeriesAndSetup, seedUnitsAndLocations } from "./demo-setup";

export { DEMO_BASE_DATE, DEMO_SERIES } from "./demo-setup";
export { DEMO_ITEM_NOS } from "./demo-items";
export { DEMO_BOM_NOS } from "./demo-boms";
export { DEMO_ROUTING_NOS } from "./demo-capacities";
export { DEMO_SALES_ORDER_NOS, DEMO_SALES_QUOTE_NOS } from "./demo-sales";

// Any constant works; it only has to be the same for every process that seeds.
const SEED_LOCK_KEY = 20261201;

/**
 * Seeds the CRONUS-like bicycle company (master data, sales documents, number series and
 * Manufacturing Setup; no users, no production orders: seedDemoUsers and, on the app's own first
 * start, seedDemoOrders add those). Idempotent: when item 1000 exists
 * nothing is written. Everything else is one transaction, so a failure leaves no half company.
 */
export async function seedDemoCompany(db: Db): Promise<{ seeded: boolean }> {
  return db.$transaction(
    async (tx) => {
      // Two processes seeding at once (app start + a script) would otherwise both see an empty
      // database; the second one waits here and then finds item 1000.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      if (await tx.item.findUnique({ where: { no: "1000" }, select: { no: true } })) return { seeded: false };

      // Order follows the foreign keys: items point at BOMs and routings, routings at centers.
      await seedUnitsAndLocations(tx);
      await seedCapacities(tx);
      await seedBoms(tx);
      await seedItems(tx);
      await seedFamilies(tx);
      await seedSales(tx);
      await seedNumberSeriesAndSetup(tx);
      return { seeded: true };
    },
    { timeout: 60_000 },
  );
}
