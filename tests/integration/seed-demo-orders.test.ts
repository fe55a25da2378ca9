import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { prepareDatabase } from "@/lib/prepare-database";
import { seedDemoOrders } from "@/lib/seed/demo-orders";
import { scratchDatabase } from "./scratch-database";

// The app's first start (scripts/start.mts) prepares its database with demo production orders.
// Self-contained like seed.test.ts: a scratch database of its own, so the shared template (which
// has no orders, and whose first Firm Planned number other tests expect) is never touched.
const scratch = scratchDatabase("seed_orders_test");
// The orders a first plan acts on (demo-orders.ts, issue 25), after the five of every status.
const PLANNING_ORDERS = new Set(["PL-00002", "101004", "101005", "101006"]);

type OrderRow = {
  status: string;
  no: string;
  source_type: string;
  source_no: string;
  lines: number;
  components: number;
  routing_lines: number;
  audits: number;
};
const orders = (db: Db) => db.$queryRaw<OrderRow[]>`
  SELECT o.status::text, o.no, o."sourceType"::text AS source_type, o."sourceNo" AS source_no,
         (SELECT count(*)::int FROM "ProdOrderLine" l WHERE l."orderId" = o.id) AS lines,
         (SELECT count(*)::int FROM "ProdOrderComponent" c JOIN "ProdOrderLine" l ON l.id = c."orderLineId" WHERE l."orderId" = o.id) AS components,
         (SELECT count(*)::int FROM "ProdOrderRoutingLine" r WHERE r."orderId" = o.id) AS routing_lines,
         (SELECT count(*)::int FROM "AuditEntry" a WHERE a."orderId" = o.id) AS audits
  FROM "ProductionOrder" o ORDER BY o.status, o.no`;

describe("demo production orders on the app's first start", () => {
  let db: Db;
  let first: OrderRow[];

  beforeAll(async () => {
    await scratch.create();
    // GIVEN an empty database WHEN the app's start prepares it
    await prepareDatabase(scratch.url, { demoOrders: true });
    db = createPrismaClient(scratch.url, { max: 2 });
    first = await orders(db);
  });

  afterAll(async () => {
    await db?.$disconnect();
    await scratch.drop();
  });

  it("creates an order in each status a planner works with, numbered by the series, from each kind of source", () => {
    // THEN (after the first start) five orders, one per status and kind of source
    const planning = first.filter((o) => PLANNING_ORDERS.has(o.no));
    expect(first.filter((o) => !PLANNING_ORDERS.has(o.no)).map((o) => [o.status, o.no, o.source_type, o.source_no])).toEqual([
      ["SIMULATED", "S-PROD-00001", "FAMILY", "WHEELS"],
      ["PLANNED", "PL-00001", "ITEM", "1001"],
      ["FIRM_PLANNED", "101001", "ITEM", "1000"],
      ["FIRM_PLANNED", "101002", "SALES_HEADER", "SO-1001"],
      // Created Firm Planned (101003), then released by the supervisor: a new order, numbered by
      // the Released series, as Business Central's Change Status does.
      ["RELEASED", "201001", "ITEM", "1000"],
    ]);
    // … and the four a first plan acts on (issue 25: Change Qty., Resched. & Chg. Qty., Reschedule, Cancel)
    expect(planning.map((o) => [o.status, o.no, o.source_type, o.source_no])).toEqual([
      ["PLANNED", "PL-00002", "ITEM", "1000"],
      ["FIRM_PLANNED", "101004", "ITEM", "1000"],
      ["FIRM_PLANNED", "101005", "ITEM", "1000"],
      ["FIRM_PLANNED", "101006", "ITEM", "1000"],
    ]);
  });

  it("refreshes every order: lines, components and routing operations are there, and each order is audited", () => {
    // THEN each order has what a refresh writes, and its audit entries
    for (const o of first) {
      expect(o.lines, `${o.status} ${o.no}`).toBeGreaterThan(0);
      expect(o.components, `${o.status} ${o.no}`).toBeGreaterThan(0);
      expect(o.routing_lines, `${o.status} ${o.no}`).toBeGreaterThan(0);
    }
    // created; the released one (201001, last) also changed status
    expect(first.map((o) => o.audits)).toEqual([...first.slice(0, -1).map(() => 1), 2]);
    // A family order has a line per family item (WHEELS: 1100 and 1200).
    expect(first[0].lines).toBe(2);
  });

  it("runs once: a second start and a company that already has orders get none", async () => {
    // WHEN the app starts again, and the seed is asked again
    await prepareDatabase(scratch.url, { demoOrders: true });
    expect(await seedDemoOrders(db)).toBe(0);
    // THEN the orders are the same five
    expect(await orders(db)).toEqual(first);
  });

  it("a company whose orders were all deleted does not get them back (the audit trail remembers them)", async () => {
    // GIVEN every order deleted (their audit entries stay)
    await db.productionOrder.deleteMany({});
    // WHEN the app starts again THEN no demo order comes back
    await prepareDatabase(scratch.url, { demoOrders: true });
    expect(await orders(db)).toEqual([]);
  });
});

describe("demo production orders when two processes start on the same new database", () => {
  const twin = scratchDatabase("seed_orders_twin");
  let a: Db;
  let b: Db;

  beforeAll(async () => {
    // GIVEN a new company (no orders) and two app processes' clients
    await twin.create();
    await prepareDatabase(twin.url);
    a = createPrismaClient(twin.url, { max: 2 });
    b = createPrismaClient(twin.url, { max: 2 });
  });

  afterAll(async () => {
    await a?.$disconnect();
    await b?.$disconnect();
    await twin.drop();
  });

  it("creates the nine orders once", async () => {
    // WHEN both seed at the same moment
    const created = await Promise.all([seedDemoOrders(a), seedDemoOrders(b)]);
    // THEN one of them created nine and the other none
    expect(created.sort()).toEqual([0, 9]);
    expect((await orders(a)).map((o) => `${o.status} ${o.no}`)).toEqual([
      "SIMULATED S-PROD-00001",
      "PLANNED PL-00001",
      "PLANNED PL-00002",
      "FIRM_PLANNED 101001",
      "FIRM_PLANNED 101002",
      "FIRM_PLANNED 101004",
      "FIRM_PLANNED 101005",
      "FIRM_PLANNED 101006",
      "RELEASED 201001",
    ]);
  });
});
