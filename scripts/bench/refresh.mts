// `npm run bench -- refresh`: RF refresh of generated BOM trees (~250 components on 3 levels,
// ~1,400 on 5, ~11,000 on 4, make-to-order so every subassembly becomes a line) through the
// service, against a raw-SQL floor on the same data (one recursive CTE + INSERT … SELECT into a
// scratch table), plus the number of SQL statements one refresh sends.
import { benchDatabase, percentile, printTable } from "./support.mts";
import { createCountingClient } from "../../tests/integration/refresh/counting-client.ts";
import { makeBomTree } from "../../tests/factories/bom-tree.ts";
import { refreshProductionOrderInTx } from "../../lib/services/production-orders/refresh/run-refresh.ts";
import { sqlTransaction } from "../../lib/services/sql-tx.ts";
import { Prisma } from "../../lib/generated/prisma/client.ts";

const SIZES = [
  { name: "250", levels: 3, fanOut: 6, runs: 15 },
  { name: "1400", levels: 5, fanOut: 4, runs: 10 },
  { name: "11k", levels: 4, fanOut: 10, runs: 7 },
];

const { url, stop } = await benchDatabase("refresh");
const { db, count, close } = createCountingClient(url);
type Db = typeof db;
const time = async (fn: () => Promise<unknown>) => { const t = performance.now(); await fn(); return performance.now() - t; };

/** As the refresh service runs it (refreshProductionOrder): in its own raw SQL transaction. */
async function refresh(client: Db, orderId: number) {
  return sqlTransaction(client, (tx) => refreshProductionOrderInTx(tx, { orderId }, null), { timeout: 120_000 });
}

/** The floors' explosion: every BOM reached from the item, with its quantity for 10 units and its level. */
const explosion = (topItemNo: string) => Prisma.sql`
  WITH RECURSIVE x(bom_no, qty, level) AS (
    SELECT i."productionBomNo", 10::numeric, 1 FROM "Item" i WHERE i.no = ${topItemNo}
    UNION ALL
    SELECT ci."productionBomNo", x.qty * l."quantityPer", x.level + 1
    FROM x JOIN "ProductionBomLine" l ON l."bomNo" = x.bom_no AND l."versionCode" IS NULL
    JOIN "Item" ci ON ci.no = l.no WHERE ci."productionBomNo" IS NOT NULL AND x.level < 60
  )`;

/** The floor: the same explosion as one recursive CTE inserting straight into a scratch table. */
async function floor(client: Db, topItemNo: string) {
  return client.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`DELETE FROM bench_floor`);
    return tx.$executeRaw`
      INSERT INTO bench_floor (parent_bom, item_no, quantity_per, expected_quantity, level)
      ${explosion(topItemNo)}
      SELECT x.bom_no, l.no, l."quantityPer", x.qty * l."quantityPer", x.level
      FROM x JOIN "ProductionBomLine" l ON l."bomNo" = x.bom_no AND l."versionCode" IS NULL`;
  }, { timeout: 120_000 });
}

/**
 * For reference only (not in the BENCH line): the same explosion inserted into the real
 * ProdOrderComponent table — its indexes and integrity triggers — under one line of a scratch
 * order. It shows how much of the refresh is the table's own cost of storing 11,000 rows.
 */
async function floorIntoTable(client: Db, topItemNo: string, orderId: number, lineId: number) {
  return client.$transaction(async (tx) => {
    await tx.$executeRaw`DELETE FROM "ProdOrderComponent" WHERE "orderLineId" = ${lineId}`;
    return tx.$executeRaw`
      INSERT INTO "ProdOrderComponent" ("orderId", "orderLineId", "lineNo", "itemNo", "unitOfMeasureCode", "quantityPer", "expectedQuantity", "remainingQuantity")
      ${explosion(topItemNo)}
      SELECT ${orderId}, ${lineId}, (row_number() OVER ())::int * 10000, l.no, 'PCS', l."quantityPer", x.qty * l."quantityPer", x.qty * l."quantityPer"
      FROM x JOIN "ProductionBomLine" l ON l."bomNo" = x.bom_no AND l."versionCode" IS NULL`;
  }, { timeout: 120_000 });
}

try {
  await db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS bench_floor (parent_bom text, item_no text, quantity_per numeric, expected_quantity numeric, level int)`);
  const rows: (string | number)[][] = [];
  const out: Record<string, number> = {};
  for (const size of SIZES) {
    const tree = await makeBomTree(db, { levels: size.levels, fanOut: size.fanOut, routingOperations: 3 });
    // Statistics as autovacuum would leave them after a bulk load of master data.
    await db.$executeRawUnsafe(`ANALYZE`);
    const order = await db.productionOrder.create({
      data: { status: "FIRM_PLANNED", no: `BENCH-${tree.prefix}`, sourceType: "ITEM", sourceNo: tree.topItemNo, routingNo: tree.routingNo,
              quantity: 10, dueDate: new Date("2027-03-01T00:00:00Z"), creationDate: new Date("2026-12-01T00:00:00Z") },
    });
    for (let i = 0; i < 2; i++) await refresh(db, order.id); // warm-up
    const counted = await count(() => refresh(db, order.id));
    const result = counted.result;
    if (result.skipped || result.components !== tree.expectedComponentCount) {
      throw new Error(`refresh of ${size.name} made ${result.skipped ? "nothing" : result.components} components, expected ${tree.expectedComponentCount}`);
    }
    // Cold (the BENCH figures): master data changed before each run, so the refresh reads the BOM
    // catalog as the first refresh after an edit does. Warm: the catalog the app already holds
    // for the item (load-bom-catalog.ts), as for order after order of the same item.
    const times: number[] = [];
    for (let i = 0; i < size.runs; i++) {
      await db.$executeRaw`UPDATE "MasterDataState" SET token = gen_random_uuid()`;
      times.push(await time(() => refresh(db, order.id)));
    }
    const warm: number[] = [];
    for (let i = 0; i < size.runs; i++) warm.push(await time(() => refresh(db, order.id)));
    warm.sort((a, b) => a - b);
    await floor(db, tree.topItemNo);
    const floors: number[] = [];
    for (let i = 0; i < size.runs; i++) floors.push(await time(() => floor(db, tree.topItemNo)));
    const scratch = await db.productionOrder.create({
      data: { status: "SIMULATED", no: `BENCH-F-${tree.prefix}`, sourceType: "ITEM", sourceNo: tree.topItemNo, quantity: 10,
              dueDate: new Date("2027-03-01T00:00:00Z"), creationDate: new Date("2026-12-01T00:00:00Z"),
              lines: { create: { lineNo: 10000, itemNo: tree.topItemNo, quantity: 10, remainingQuantity: 10, unitOfMeasureCode: "PCS", dueDate: new Date("2027-03-01T00:00:00Z") } } },
      include: { lines: true },
    });
    await floorIntoTable(db, tree.topItemNo, scratch.id, scratch.lines[0].id);
    const tableFloors: number[] = [];
    for (let i = 0; i < size.runs; i++) tableFloors.push(await time(() => floorIntoTable(db, tree.topItemNo, scratch.id, scratch.lines[0].id)));
    tableFloors.sort((a, b) => a - b);
    times.sort((a, b) => a - b);
    floors.sort((a, b) => a - b);
    const p50 = percentile(times, 50), p95 = percentile(times, 95), f50 = percentile(floors, 50);
    const t50 = percentile(tableFloors, 50);
    rows.push([size.name, result.lines, result.components, result.routingLines, counted.statements.length, p50, p95, percentile(warm, 50), f50, p50 / f50, t50, p50 / t50]);
    out[`refresh_${size.name}_p50_ms`] = Math.round(p50 * 10) / 10;
    out[`refresh_${size.name}_p95_ms`] = Math.round(p95 * 10) / 10;
    out[`floor_${size.name}_p50_ms`] = Math.round(f50 * 10) / 10;
    out[`statements_${size.name}`] = counted.statements.length;
  }
  printTable(["size", "lines", "components", "routing lines", "statements", "p50 ms", "p95 ms", "warm p50 ms", "floor p50 ms", "× floor", "floor into table p50 ms", "× that"], rows);
  console.log("p50/p95 = refresh right after a master-data change (BOM catalog read; the BENCH figures); warm = the item's catalog already held;");
  console.log("floor = one recursive CTE + INSERT … SELECT into an unindexed scratch table (the BENCH figure);");
  console.log("floor into table = the same into ProdOrderComponent, with its indexes and integrity triggers (for reference).");
  const bench = {
    refresh_250_p50_ms: out.refresh_250_p50_ms, refresh_1400_p50_ms: out.refresh_1400_p50_ms,
    refresh_11k_p50_ms: out.refresh_11k_p50_ms, refresh_11k_p95_ms: out.refresh_11k_p95_ms,
    floor_11k_p50_ms: out.floor_11k_p50_ms, statements_250: out.statements_250, statements_11k: out.statements_11k,
  };
  console.log(`BENCH ${JSON.stringify(bench)}`);
} finally {
  await close();
  await stop();
}
