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
];

async function actor(db: Db, role: "planner" | "supervisor"): Promise<Actor | null> {
  const email = DEMO_USERS.find((u) => u.role === role)!.email;
  return db.user.findUnique({ where: { email }, select: { id: true, email: true } });
}

/** Creates the demo orders when the company has no production order yet; returns how many. */
export async function seedDemoOrders(db: Db): Promise<number> {
  if (await db.productionOrder.findFirst({ select: { id: true } })) return 0;
  const [planner, supervisor] = await Promise.all([actor(db, "planner"), actor(db, "supervisor")]);
  if (!planner || !supervisor) return 0;
  let created = 0;
  for (const order of DEMO_ORDERS) {
    const { release, ...fields } = order;
    const input = createProductionOrderSchema.parse({ ...fields, refresh: true });
    const { id } = await createProductionOrder(db, input, planner);
    if (release) await changeProductionOrderStatus(db, { id, newStatus: "RELEASED" }, supervisor);
    created++;
  }
  return created;
}
