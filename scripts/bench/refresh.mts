// `npm run bench -- refresh`: RF refresh of generated BOM trees (~250 components on 3 levels,
// ~1,400 on 5, ~11,000 on 4, make-to-order so every subassembly becomes a line) through the
// service, against a raw-SQL floor on the same data (one recursive CTE + INSERT … SELECT writing
// the same order's lines, components and routing lines into their tables; floor-sql.mts), plus
// the number of SQL statements one refresh sends.
import type pg from "pg";
import { benchDatabase, percentile, printTable } from "./support.mts";
import { createCountingClient } from "../../tests/integration/refresh/counting-client.ts";
import { makeBomTree } from "../../tests/factories/bom-tree.ts";
import { refreshProductionOrderInTx } from "../../lib/services/production-orders/refresh/run-refresh.ts";
import { sqlTransaction } from "../../lib/services/sql-tx.ts";
import { rawPoolOf } from "../../lib/db-client.ts";
import { orderRowsCtes } from "./floor-sql.mts";

const SIZES = [
  { name: "250", levels: 3, fanOut: 6, runs: 15 },
  { name: "1400", levels: 5, fanOut: 4, runs: 10 },
  { name: "11k", levels: 4, fanOut: 10, runs: 7 },
];

const { url, stop } = await benchDatabase("refresh");
const { db, count, close } = createCountingClient(url);
type Db = typeof db;
const pool = rawPoolOf(db)!;
const time = async (fn: () => Promise<unknown>) => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};

/** As the refresh service runs it (refreshProductionOrder): in its own raw SQL transaction. */
async function refresh(client: Db, orderId: number) {
  return sqlTransaction(client, (tx) => refreshProductionOrderInTx(tx, { orderId }, null), { timeout: 120_000 });
}

type Written = { lines: number; components: number; routingLines: number };

/** The floor (the BENCH figure): the same refresh written by hand, into the order's own tables. */
async function floor(pool: pg.Pool, orderId: number, topItemNo: string): Promise<Written> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    // The old rows go as the refresh deletes them: routing lines, then lines (their delete trigger
    // takes the components), each found by index.
    await client.query({ name: "floor_delete", text: `SELECT po_refresh_delete($1::int, true, false, true)`, values: [orderId] });
    const { rows } = await client.query<Written>({ name: "floor_write", text: FLOOR_WRITE, values: [topItemNo, orderId] });
    await client.query("COMMIT");
    return rows[0];
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}
const FLOOR_WRITE = `
  WITH RECURSIVE o AS (SELECT id FROM "ProductionOrder" WHERE id = $2),
  ${orderRowsCtes({ item: "$1", qty: "10", due: "'2027-03-01'" })}
  SELECT (SELECT count(*) FROM ln)::int AS lines, (SELECT count(*) FROM c)::int AS components, (SELECT count(*) FROM r)::int AS "routingLines"`;

/**
 * For reference only (not in the BENCH line): the explosion alone, as one recursive CTE inserting
 * five columns into an unindexed scratch table. The gap between this and the floor is what it
 * costs PostgreSQL to store the rows in the order's tables.
 */
async function scratchFloor(client: Db, topItemNo: string) {
  return client.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`DELETE FROM bench_floor`);
      return tx.$executeRaw`
      INSERT INTO bench_floor (parent_bom, item_no, quantity_per, expected_quantity, level)
      WITH RECURSIVE x(bom_no, qty, level) AS (
        SELECT i."productionBomNo", 10::numeric, 1 FROM "Item" i WHERE i.no = ${topItemNo}
        UNION ALL
        SELECT ci."productionBomNo", x.qty * l."quantityPer", x.level + 1
        FROM x JOIN "ProductionBomLine" l ON l."bomNo" = x.bom_no AND l."versionCode" IS NULL
        JOIN "Item" ci ON ci.no = l.no WHERE ci."productionBomNo" IS NOT NULL AND x.level < 60
      )
      SELECT x.bom_no, l.no, l."quantityPer", x.qty * l."quantityPer", x.level
      FROM x JOIN "ProductionBomLine" l ON l."bomNo" = x.bom_no AND l."versionCode" IS NULL`;
    },
    { timeout: 120_000 },
  );
}

try {
  await db.$executeRawUnsafe(
    `CREATE TABLE IF NOT EXISTS bench_floor (parent_bom text, item_no text, quantity_per numeric, expected_quantity numeric, level int)`,
  );
  const rows: (string | number)[][] = [];
  const out: Record<string, number> = {};
  for (const size of SIZES) {
    const tree = await makeBomTree(db, { levels: size.levels, fanOut: size.fanOut, routingOperations: 3 });
    // Statistics as autovacuum would leave them after a bulk load of master data.
    await db.$executeRawUnsafe(`ANALYZE`);
    const order = await db.productionOrder.create({
      data: {
        status: "FIRM_PLANNED",
        no: `BENCH-${tree.prefix}`,
        sourceType: "ITEM",
        sourceNo: tree.topItemNo,
        routingNo: tree.routingNo,
        quantity: 10,
        dueDate: new Date("2027-03-01T00:00:00Z"),
        creationDate: new Date("2026-12-01T00:00:00Z"),
      },
    });
    // Warm-up: the refresh code compiled, as in a server that has been running (on Node 24 it
    // reaches its optimised tier later than on Node 20: with 2 runs, the 250 size still measured
    // the JIT at work). BENCH_REFRESH_WARMUP sets another number.
    for (let i = 0; i < Number(process.env.BENCH_REFRESH_WARMUP ?? 10); i++) await refresh(db, order.id);
    // Counted as the BENCH timings are taken: right after a master-data change, when the refresh
    // also reads its catalogs (a refresh that finds them held sends two statements fewer).
    await db.$executeRaw`UPDATE "MasterDataState" SET token = gen_random_uuid()`;
    const counted = await count(() => refresh(db, order.id));
    const result = counted.result;
    if (result.skipped || result.components !== tree.expectedComponentCount) {
      throw new Error(
        `refresh of ${size.name} made ${result.skipped ? "nothing" : result.components} components, expected ${tree.expectedComponentCount}`,
      );
    }
    // Cold (the BENCH figures): master data changed before each run, so the refresh reads its BOM
    // and capacity catalogs as the first refresh after an edit does. Warm: the catalogs the app
    // already holds under the current token (token-cache.ts), as for order after order of the same item.
    const times: number[] = [];
    for (let i = 0; i < size.runs; i++) {
      await db.$executeRaw`UPDATE "MasterDataState" SET token = gen_random_uuid()`;
      times.push(await time(() => refresh(db, order.id)));
    }
    const warm: number[] = [];
    for (let i = 0; i < size.runs; i++) warm.push(await time(() => refresh(db, order.id)));
    warm.sort((a, b) => a - b);
    const floorOrder = await db.productionOrder.create({
      data: {
        status: "FIRM_PLANNED",
        no: `BENCH-F-${tree.prefix}`,
        sourceType: "ITEM",
        sourceNo: tree.topItemNo,
        routingNo: tree.routingNo,
        quantity: 10,
        dueDate: new Date("2027-03-01T00:00:00Z"),
        creationDate: new Date("2026-12-01T00:00:00Z"),
      },
    });
    // The floor must store what the refresh stores.
    const written = await floor(pool, floorOrder.id, tree.topItemNo);
    const stored = { lines: result.lines, components: result.components, routingLines: result.routingLines };
    if (JSON.stringify(written) !== JSON.stringify(stored))
      throw new Error(`the floor of ${size.name} wrote ${JSON.stringify(written)}, the refresh ${JSON.stringify(stored)}`);
    const floors: number[] = [];
    for (let i = 0; i < size.runs; i++) floors.push(await time(() => floor(pool, floorOrder.id, tree.topItemNo)));
    await scratchFloor(db, tree.topItemNo);
    const scratch: number[] = [];
    for (let i = 0; i < size.runs; i++) scratch.push(await time(() => scratchFloor(db, tree.topItemNo)));
    scratch.sort((a, b) => a - b);
    times.sort((a, b) => a - b);
    floors.sort((a, b) => a - b);
    const p50 = percentile(times, 50),
      p95 = percentile(times, 95),
      f50 = percentile(floors, 50);
    const s50 = percentile(scratch, 50);
    rows.push([
      size.name,
      result.lines,
      result.components,
      result.routingLines,
      counted.statements.length,
      p50,
      p95,
      percentile(warm, 50),
      f50,
      p50 / f50,
      s50,
      p50 / s50,
    ]);
    out[`refresh_${size.name}_p50_ms`] = Math.round(p50 * 10) / 10;
    out[`refresh_${size.name}_p95_ms`] = Math.round(p95 * 10) / 10;
    out[`floor_${size.name}_p50_ms`] = Math.round(f50 * 10) / 10;
    out[`statements_${size.name}`] = counted.statements.length;
  }
  printTable(
    [
      "size",
      "lines",
      "components",
      "routing lines",
      "statements",
      "p50 ms",
      "p95 ms",
      "warm p50 ms",
      "floor p50 ms",
      "× floor",
      "scratch floor p50 ms",
      "× that",
    ],
    rows,
  );
  console.log("p50/p95 = refresh right after a master-data change (catalogs read; the BENCH figures); warm = the catalogs already held;");
  console.log("floor = the same order's lines, components and routing lines written by hand: one recursive CTE + INSERT … SELECT into");
  console.log("        the order's tables, after deleting the old ones (the BENCH figure; scripts/bench/floor-sql.mts);");
  console.log("scratch floor = the explosion alone, five columns into an unindexed scratch table (for reference).");
  const bench = {
    refresh_250_p50_ms: out.refresh_250_p50_ms,
    refresh_1400_p50_ms: out.refresh_1400_p50_ms,
    refresh_11k_p50_ms: out.refresh_11k_p50_ms,
    refresh_11k_p95_ms: out.refresh_11k_p95_ms,
    floor_11k_p50_ms: out.floor_11k_p50_ms,
    statements_250: out.statements_250,
    statements_11k: out.statements_11k,
  };
  console.log(`BENCH ${JSON.stringify(bench)}`);
} finally {
  await close();
  await stop();
}
