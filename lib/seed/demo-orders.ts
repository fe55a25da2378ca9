import type { Db } from "@/lib/db-client";
import type { Actor } from "@/lib/services/audit";
import { changeProductionOrderStatus } from "@/lib/services/production-orders/change-status";
import { createProductionOrder } from "@/lib/services/production-orders/create-production-order";
import { createProductionOrderSchema } from "@/lib/validation/production-order";
import { DEMO_USERS } from "./demo-users";

// A first start should show what the module does, as CRONUS does in Business Central: a few
// orders in each status the planner works with, each from another kind of source, refreshed
// (lines, components, routing operations and their timeline). They are created by the same
// services a planner and a supervisor use, so they are exactly what the app itself makes, with
// numbers from the series and audit entries. Only for the app's own first start (scripts/start.mts):
// the test tiers and the benchmarks seed a company without orders.

type DemoOrder = {
  status: "SIMULATED" | "PLANNED" | "FIRM_PLANNED";
  sourceType: "ITEM" | "FAMILY" | "SALES_HEADER";
  sourceNo: string;
  quantity?: number;
  dueDate?: string;
  locationCode?: string;
  /** Released afterwards by the supervisor (it gets a number from the Released series). */
  release?: boolean;
};

export const DEMO_ORDERS: DemoOrder[] = [
  { status: "FIRM_PLANNED", sourceType: "ITEM", sourceNo: "1000", quantity: 10, dueDate: "2026-12-18", locationCode: "BLUE" },
  { status: "FIRM_PLANNED", sourceType: "SALES_HEADER", sourceNo: "SO-1001" },
  { status: "FIRM_PLANNED", sourceType: "ITEM", sourceNo: "1000", quantity: 5, dueDate: "2026-12-11", locationCode: "BLUE", release: true },
  { status: "PLANNED", sourceType: "ITEM", sourceNo: "1001", quantity: 5, dueDate: "2027-01-08" },
  { status: "SIMULATED", sourceType: "FAMILY", sourceNo: "WHEELS", quantity: 20, dueDate: "2027-01-15" },
  // For a first plan (issue 25), against the Bicycle's sales lines (Lot-for-Lot, 7-day lots,
  // 14-day Rescheduling Period): too big for SO-1005's 12 at RED (Change Qty.), too small and a
  // week late for SO-1005's 50 at BLUE (Resched. & Chg. Qty.), a week late for SO-1006's 8
  // (Reschedule), and one no demand needs (Cancel). Everything uncovered gets New.
  { status: "PLANNED", sourceType: "ITEM", sourceNo: "1000", quantity: 20, dueDate: "2027-01-12", locationCode: "RED" },
  { status: "FIRM_PLANNED", sourceType: "ITEM", sourceNo: "1000", quantity: 30, dueDate: "2027-01-19", locationCode: "BLUE" },
  { status: "FIRM_PLANNED", sourceType: "ITEM", sourceNo: "1000", quantity: 8, dueDate: "2027-02-16", locationCode: "BLUE" },
  { status: "FIRM_PLANNED", sourceType: "ITEM", sourceNo: "1000", quantity: 5, dueDate: "2027-02-02", locationCode: "RED" },
];

async function actor(db: Db, role: "planner" | "supervisor"): Promise<Actor | null> {
  const email = DEMO_USERS.find((u) => u.role === role)!.email;
  return db.user.findUnique({ where: { email }, select: { id: true, email: true } });
}

// Any constant works; it only has to be the same for every process that seeds.
const DEMO_ORDERS_LOCK = 20261202;

/**
 * Creates the demo orders for a company that has never had a production order (none, and no
 * order in the audit trail: orders a user deleted stay deleted); returns how many. Two processes
 * starting on the same new database take turns (an advisory lock held by one connection while
 * the services write on others), so the second finds the first one's orders and adds none.
 */
export async function seedDemoOrders(db: Db): Promise<number> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${DEMO_ORDERS_LOCK})`;
      const [{ used }] = await tx.$queryRaw<{ used: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM "ProductionOrder") OR EXISTS (SELECT 1 FROM "AuditEntry" WHERE "entityType" = 'ProductionOrder') AS used`;
      if (used) return 0;
      const [planner, supervisor] = [await actor(db, "planner"), await actor(db, "supervisor")];
      if (!planner || !supervisor) return 0;
      for (const order of DEMO_ORDERS) {
        const { release, ...fields } = order;
        const input = createProductionOrderSchema.parse({ ...fields, refresh: true });
        const { id } = await createProductionOrder(db, input, planner);
        if (release) await changeProductionOrderStatus(db, { id, newStatus: "RELEASED" }, supervisor);
      }
      // A failed order throws (reported by prepareDatabase), so reaching here means all were created.
      return DEMO_ORDERS.length;
    },
    { timeout: 120_000, maxWait: 120_000 },
  );
}
