// X-3 hostile input, production orders (create/edit/delete, lookups, status changes, refresh,
// replan): random and malicious inputs end in a refusal with nothing written, never a 500.
import "../../support/next-mocks";
import { beforeAll, beforeEach } from "vitest";
import * as status from "@/lib/actions/change-status";
import * as orders from "@/lib/actions/production-orders";
import * as refresh from "@/lib/actions/refresh";
import { replanAction } from "@/lib/actions/replan";
import * as statusSchemas from "@/lib/validation/change-status";
import * as poSchemas from "@/lib/validation/production-order";
import * as refreshSchemas from "@/lib/validation/refresh";
import { replanSchema } from "@/lib/validation/replan";
import { z } from "zod";
import { db } from "@/lib/db";
import { signInAs } from "../../support/session";
import { form, hostileSuite, type Case } from "./suite";

const peekSchema = z.object({ status: z.enum(["SIMULATED", "PLANNED", "FIRM_PLANNED"]) });

// A real Firm Planned order the near-valid inputs point at (the delete case runs last).
const order = { id: 0, version: 0, no: "", status: "FIRM_PLANNED" };
beforeAll(async () => {
  await signInAs("admin");
  const created = await orders.createProductionOrderAction(undefined, { sourceType: "ITEM", sourceNo: "1000", quantity: 2, refresh: true });
  if (!created.ok) throw new Error(`could not create the order: ${created.message}`);
  const row = await db.productionOrder.findUniqueOrThrow({ where: { id: created.data.id } });
  Object.assign(order, { id: row.id, version: row.version, no: row.no, status: row.status });
});
// Earlier calls may have changed (or deleted) it: point at what is there now.
beforeEach(async () => {
  const row = await db.productionOrder.findUnique({ where: { id: order.id } });
  if (row) Object.assign(order, { version: row.version, no: row.no, status: row.status });
});
const ref = () => ({ id: order.id, version: order.version });
const create = () => ({
  status: "FIRM_PLANNED",
  sourceType: "ITEM",
  sourceNo: "1000",
  quantity: 3,
  dueDate: "2026-06-01",
  locationCode: "BLUE",
});
const byNo = () => ({ status: order.status, no: order.no });

const cases: Case[] = [
  ["createProductionOrderAction", form(orders.createProductionOrderAction), poSchemas.createProductionOrderSchema, create],
  [
    "updateProductionOrderAction",
    form(orders.updateProductionOrderAction),
    poSchemas.updateProductionOrderSchema,
    () => ({ ...ref(), ...create(), description: "Hostile" }),
  ],
  [
    "lookupSourcesAction",
    orders.lookupSourcesAction,
    poSchemas.sourceLookupSchema,
    () => ({ sourceType: "ITEM", query: "10", status: "FIRM_PLANNED" }),
  ],
  ["previewProductionOrderAction", orders.previewProductionOrderAction, poSchemas.previewProductionOrderSchema, create],
  ["peekOrderNoAction", orders.peekOrderNoAction, peekSchema],
  ["changeStatusAction", form(status.changeStatusAction), statusSchemas.changeStatusSchema, () => ({ ...ref(), newStatus: "RELEASED" })],
  [
    "batchChangeStatusAction",
    status.batchChangeStatusAction,
    statusSchemas.batchChangeStatusSchema,
    () => ({ ...byNo(), newStatus: "FINISHED" }),
  ],
  [
    "refreshProductionOrderAction",
    form(refresh.refreshProductionOrderAction),
    refreshSchemas.refreshOrderSchema,
    () => ({ ...ref(), direction: "FORWARD" }),
  ],
  ["refreshOrderByNoAction", refresh.refreshOrderByNoAction, refreshSchemas.refreshOrderByNoSchema, byNo],
  [
    "refreshOrdersBatchAction",
    refresh.refreshOrdersBatchAction,
    refreshSchemas.refreshOrdersBatchSchema,
    () => ({ status: order.status, nos: [order.no, "NOPE"] }),
  ],
  ["replanAction", form(replanAction), replanSchema, () => ({ ...ref(), plan: "ALL_LEVELS" })],
  ["deleteProductionOrderAction", form(orders.deleteProductionOrderAction), poSchemas.orderRefSchema, ref],
];

hostileSuite("X-3 hostile input to the production order actions is refused, never a 500", cases);
hostileSuite("X-3 hostile input from a planner to supervisor actions is refused", cases.slice(5, 7).concat(cases.slice(10)), "planner", 8);
