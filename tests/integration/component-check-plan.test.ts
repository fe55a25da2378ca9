import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeItem } from "../factories";
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
  client.on("notice", (n) => { if (n.message?.includes("plan:")) plans.push(n.message); });
  await client.connect();
});
afterAll(async () => { await client.end(); });

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
    for (const s of ["plan_cache_mode = force_generic_plan", "auto_explain.log_min_duration = 0", "auto_explain.log_nested_statements = on",
                     "auto_explain.log_level = notice", "client_min_messages = notice"]) await client.query(`SET LOCAL ${s}`);
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
