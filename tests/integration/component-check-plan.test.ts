import pg from "pg";
import { Prisma } from "@/lib/generated/prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db-client";
import { refreshProductionOrderInTx, type RefreshInput } from "@/lib/services/production-orders/refresh/run-refresh";
import { sqlTransaction } from "@/lib/services/sql-tx";
import { makeItem } from "../factories";
import { makeBomTree } from "../factories/bom-tree";
import { makeOrder } from "./refresh/helpers";

// The reference check of ProdOrderComponent (a statement-level trigger) probes each distinct
// order line of the inserted rows. A refresh runs under generic plans (sql-tx.ts), planned from
// whatever statistics the tables have. On a fresh install ProdOrderLine was last analysed while
// empty; a probe on "id AND orderId" then went through the ("orderId", "lineNo") index and read
// every line of the order once per line: an 11,000-component refresh with 1,111 lines spent
// 480 ms in the check instead of 2. This file runs in its own database copy, whose
// ProdOrderLine is empty, so it can recreate exactly those statistics.

let client: pg.Client;
const plans: string[] = [];

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  client.on("notice", (n) => {
    if (n.message?.includes("plan:")) plans.push(n.message);
  });
  await client.connect();
});
afterAll(async () => {
  await client.end();
});

describe("Component reference check under a fresh install's statistics", () => {
  it("finds each order line by its primary key, not by scanning the order's lines", async () => {
    // GIVEN statistics taken while ProdOrderLine was empty, as on a freshly seeded company
    const [{ n }] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "ProdOrderLine"`;
    expect(n).toBe(0);
    await client.query(`ANALYZE "ProdOrderLine"`);
    // AND an order with 300 lines
    const item = await makeItem(db);
    const part = await makeItem(db);
    const order = await makeOrder({ sourceNo: item.no });
    await db.$executeRaw`
      INSERT INTO "ProdOrderLine" ("orderId", "lineNo", "itemNo", quantity, "unitOfMeasureCode")
      SELECT ${order.id}, g * 10000, ${item.no}, 1, 'PCS' FROM generate_series(1, 300) g`;

    // WHEN one statement inserts a component on every line, under a generic plan as a refresh
    // does, with each statement's plan (the trigger's included) reported back
    await client.query(`LOAD 'auto_explain'`);
    await client.query("BEGIN");
    for (const s of [
      "plan_cache_mode = force_generic_plan",
      "auto_explain.log_min_duration = 0",
      "auto_explain.log_nested_statements = on",
      "auto_explain.log_level = notice",
      "client_min_messages = notice",
    ])
      await client.query(`SET LOCAL ${s}`);
    const inserted = await client.query(
      `INSERT INTO "ProdOrderComponent" ("orderId", "orderLineId", "lineNo", "itemNo", "unitOfMeasureCode", "quantityPer", "expectedQuantity")
       SELECT l."orderId", l.id, 10000, $2, 'PCS', 1, 1 FROM "ProdOrderLine" l WHERE l."orderId" = $1`,
      [order.id, part.no],
    );
    await client.query("COMMIT");

    // THEN every component is stored
    expect(inserted.rowCount).toBe(300);
    expect(await db.prodOrderComponent.count({ where: { orderId: order.id } })).toBe(300);
    // AND the check read ProdOrderLine through its primary key only
    const check = plans.find((p) => p.includes('FROM "ProdOrderLine" l WHERE l.id'));
    expect(check, plans.join("\n---\n")).toBeDefined();
    expect(check).toContain('Index Scan using "ProdOrderLine_pkey" on "ProdOrderLine"');
    expect(check).not.toContain("ProdOrderLine_orderId_lineNo_key");
  });
});

describe("A refresh removes the old components under a fresh install's statistics", () => {
  it("by order line, probing ProdOrderComponent through its index, never walking the table", async () => {
    // GIVEN an empty ProdOrderComponent, analysed so (it has no ("orderId") index); this database
    // copy is the file's own, so the test above's components can go
    await client.query(`TRUNCATE "ProdOrderComponent"`);
    await client.query(`ANALYZE "ProdOrderComponent"`);
    // AND a make-to-order tree (4 lines, 12 components) and an order for it
    const tree = await makeBomTree(db, { levels: 2, fanOut: 3 });
    const order = await makeOrder({ sourceNo: tree.topItemNo, routingNo: tree.routingNo, dueDate: "2027-03-01" });
    // The app's own transaction path, on connections that report each statement's plan.
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
    pool.on("error", () => {}); // the database copy is dropped with its connections at the end
    const reported: string[] = [];
    pool.on("connect", (c) => {
      c.on("notice", (m) => {
        if (m.message?.includes("plan:")) reported.push(m.message);
      });
      void c.query(`LOAD 'auto_explain'`);
    });
    const app = createPrismaClient(process.env.DATABASE_URL!, { pool });
    try {
      const refresh = (options: Partial<RefreshInput> = {}) =>
        sqlTransaction(app, async (tx) => {
          for (const s of [
            "auto_explain.log_min_duration = 0",
            "auto_explain.log_nested_statements = on",
            "auto_explain.log_level = notice",
            "client_min_messages = notice",
          ]) {
            await tx.$executeRaw(Prisma.raw(`SET LOCAL ${s}`));
          }
          return refreshProductionOrderInTx(tx, { orderId: order.id, ...options }, null);
        });
      // Calculate Component Need alone: the lines stay, their components are replaced.
      const componentsOnly = { calcLines: false, calcRoutings: false, calcComponents: true };
      // AND its first refreshes on this connection, a full one and one of its components only, which
      // plan the deletes while the table is still empty (a connection keeps those plans: PL/pgSQL
      // caches the delete function's and the line trigger's, sql-tx.ts prepares the others)
      await refresh();
      await refresh(componentsOnly);
      // AND since then other orders' components filled the table: 20,000 rows on 200 lines
      const other = await makeOrder({ sourceNo: (await makeItem(db)).no });
      const part = await makeItem(db);
      await db.$executeRaw`
        INSERT INTO "ProdOrderLine" ("orderId", "lineNo", "itemNo", quantity, "unitOfMeasureCode")
        SELECT ${other.id}, g * 10000, ${other.sourceNo}, 1, 'PCS' FROM generate_series(1, 200) g`;
      await db.$executeRaw`
        INSERT INTO "ProdOrderComponent" ("orderId", "orderLineId", "lineNo", "itemNo", "unitOfMeasureCode", "quantityPer", "expectedQuantity")
        SELECT l."orderId", l.id, g * 10000, ${part.no}, 'PCS', 1, 1 FROM "ProdOrderLine" l, generate_series(1, 100) g WHERE l."orderId" = ${other.id}`;

      for (const [what, options] of [
        ["a full refresh (the line delete's cascade)", {}],
        ["Calculate Component Need alone", componentsOnly],
      ] as const) {
        // WHEN the order is refreshed again on the same connection, which replaces its components
        reported.length = 0;
        const again = await refresh(options);

        // THEN its components are the new ones, as many as before
        expect(again, what).toMatchObject({ skipped: false, lines: 4, components: 12 });
        expect(await db.prodOrderComponent.count({ where: { orderId: order.id } }), what).toBe(12);
        // AND the other order's components are untouched
        expect(await db.prodOrderComponent.count({ where: { orderId: other.id } }), what).toBe(20_000);
        // AND the delete found them by ("orderLineId"), one probe per old line, not by reading the table
        const del = reported.find((p) => p.includes('DELETE FROM "ProdOrderComponent"'));
        expect(del, `${what}\n${reported.join("\n---\n")}`).toBeDefined();
        expect(del, what).toMatch(/(Index Scan using|Bitmap Index Scan on) "ProdOrderComponent_orderLineId_idx"/);
        expect(del, what).toMatch(/Index Cond: \("orderLineId" = ANY/);
        // AND no statement of the refresh read ProdOrderComponent from end to end, and no delete
        // read ProdOrderLine so either (the order's lines are found by ("orderId", "lineNo"))
        expect(
          reported.filter((p) => p.includes('Seq Scan on "ProdOrderComponent"')),
          what,
        ).toEqual([]);
        expect(
          reported.filter((p) => p.includes("DELETE FROM") && p.includes('Seq Scan on "ProdOrderLine"')),
          what,
        ).toEqual([]);
      }
    } finally {
      await app.$disconnect();
    }
  });
});
