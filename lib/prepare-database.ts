import { createPrismaClient } from "@/lib/db-client";
import { applyMigrations } from "@/lib/db-migrate";
import { seedDemoCompany } from "@/lib/seed/demo-company";
import { seedDemoOrders } from "@/lib/seed/demo-orders";
import { seedDemoUsers } from "@/lib/seed/demo-users";
import { syncSequences } from "@/lib/services/no-series/sequences";

// Everything a database needs before the app serves from it: migrations, then the demo
// company and users when they are missing (idempotent), then the PostgreSQL sequences behind
// gap-allowing number series lines. `demoOrders` (the app's own start): a company that has never
// had a production order gets the demo orders (lib/seed/demo-orders.ts).
export async function prepareDatabase(url: string, opts: { seed?: boolean; demoOrders?: boolean; log?: (s: string) => void } = {}) {
  const log = opts.log ?? (() => {});
  const { applied } = await applyMigrations(url, { log });
  if (applied.length) log(`applied ${applied.length} migration(s)`);
  const db = createPrismaClient(url, { max: 2 });
  try {
    if (opts.seed !== false) {
      const { seeded } = await seedDemoCompany(db);
      if (seeded) log("seeded the demo company");
      const users = await seedDemoUsers(db);
      if (users) log(`created ${users} demo user(s)`);
    }
    await syncSequences(db);
    if (opts.seed !== false && opts.demoOrders) {
      // The company is usable without them: a failure is reported, not fatal.
      await seedDemoOrders(db).then(
        (n) => n > 0 && log(`created ${n} demo production order(s)`),
        (e: unknown) => log(`the demo production orders could not be created: ${e instanceof Error ? e.message : String(e)}`),
      );
    }
  } finally {
    await db.$disconnect();
  }
}
