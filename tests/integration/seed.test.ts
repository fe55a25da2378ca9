import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { applyMigrations } from "@/lib/db-migrate";
import { seedDemoCompany } from "@/lib/seed/demo-company";
import { scratchDatabase } from "./scratch-database";

// Self-contained: its own scratch (unseeded) database on the integration tier's server (or the
// local one when run alone), so it neither needs nor disturbs the shared template.
const scratch = scratchDatabase("seed_test");

const COUNTED_TABLES = [
  "UnitOfMeasure",
  "Location",
  "LocationHoliday",
  "ShopCalendar",
  "ShopCalendarDay",
  "ShopCalendarHoliday",
  "WorkCenter",
  "MachineCenter",
  "Item",
  "ItemUnitOfMeasure",
  "ItemVariant",
  "StockkeepingUnit",
  "InventoryBalance",
  "ProductionBom",
  "ProductionBomVersion",
  "ProductionBomLine",
  "Routing",
  "RoutingVersion",
  "RoutingLine",
  "Family",
  "FamilyLine",
  "SalesHeader",
  "SalesLine",
  "NoSeries",
  "NoSeriesLine",
  "ManufacturingSetup",
  "user",
  "ProductionOrder",
];

async function tableCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of COUNTED_TABLES) {
    const rows = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = rows[0].n;
  }
  return counts;
}

describe("seedDemoCompany", () => {
  let db: Db;
  let first: { seeded: boolean };
  let second: { seeded: boolean };
  let countsAfterFirst: Record<string, number>;
  let countsAfterSecond: Record<string, number>;

  beforeAll(async () => {
    await scratch.create();
    await applyMigrations(scratch.url);
    db = createPrismaClient(scratch.url, { max: 2 });
    // GIVEN an empty, migrated database WHEN the seed runs twice
    first = await seedDemoCompany(db);
    countsAfterFirst = await tableCounts(db);
    second = await seedDemoCompany(db);
    countsAfterSecond = await tableCounts(db);
  });

  afterAll(async () => {
    await db?.$disconnect();
    await scratch.drop();
  });

  it("is idempotent: the second run writes nothing", () => {
    expect(first).toEqual({ seeded: true });
    expect(second).toEqual({ seeded: false });
    expect(countsAfterSecond).toEqual(countsAfterFirst);
  });

  it("creates no users and no production orders", () => {
    expect(countsAfterFirst.user).toBe(0);
    expect(countsAfterFirst.ProductionOrder).toBe(0);
  });

  it("has at least 30 items, each with its base unit, and a component bought in boxes of 12", async () => {
    const items = await db.item.findMany({ include: { unitsOfMeasure: true } });
    expect(items.length).toBeGreaterThanOrEqual(30);
    for (const item of items) {
      const base = item.unitsOfMeasure.find((u) => u.code === item.baseUnitOfMeasure);
      expect(base?.qtyPerUnitOfMeasure.toNumber(), item.no).toBe(1);
    }
    const box = await db.itemUnitOfMeasure.findUniqueOrThrow({ where: { itemNo_code: { itemNo: "1120", code: "BOX" } } });
    expect(box.qtyPerUnitOfMeasure.toNumber()).toBe(12);
    const inBoxes = await db.productionBomLine.count({ where: { no: "1120", unitOfMeasureCode: "BOX" } });
    const inPieces = await db.productionBomLine.count({ where: { no: "1120", unitOfMeasureCode: "PCS" } });
    expect(inBoxes).toBeGreaterThan(0);
    expect(inPieces).toBeGreaterThan(0);
  });

  it("has variants (one blocked), a stockkeeping unit with a routing override and inventory", async () => {
    const variants = await db.itemVariant.findMany({ where: { itemNo: "1001" } });
    expect(variants.length).toBeGreaterThanOrEqual(2);
    expect(variants.some((v) => v.blocked)).toBe(true);
    const sku = await db.stockkeepingUnit.findFirstOrThrow({ where: { routingNo: { not: null } }, include: { item: true } });
    expect(sku.routingNo).not.toBe(sku.item.routingNo);
    const stocked = await db.inventoryBalance.groupBy({ by: ["locationCode"], _count: { itemNo: true } });
    expect(stocked.map((s) => s.locationCode).sort()).toEqual(["BLUE", "RED"]);
    expect(stocked.every((s) => s._count.itemNo >= 10)).toBe(true);
  });

  it("has a certified BOM structure at least 3 levels deep", async () => {
    const rows = await db.$queryRaw<{ depth: number }[]>`
      WITH RECURSIVE walk(bom_no, depth) AS (
        SELECT i."productionBomNo", 1 FROM "Item" i WHERE i."productionBomNo" IS NOT NULL
        UNION ALL
        SELECT COALESCE(child."productionBomNo", l."no"), w.depth + 1
        FROM walk w
        JOIN "ProductionBomLine" l ON l."bomNo" = w.bom_no AND l."versionCode" IS NULL
        LEFT JOIN "Item" child ON l."type" = 'ITEM' AND child."no" = l."no"
        WHERE (child."productionBomNo" IS NOT NULL OR l."type" = 'PRODUCTION_BOM') AND w.depth < 50
      )
      SELECT max(depth)::int AS depth FROM walk`;
    expect(rows[0].depth).toBeGreaterThanOrEqual(3);
    const used = await db.productionBom.findMany({ where: { items: { some: {} } } });
    expect(used.every((b) => b.status === "CERTIFIED")).toBe(true);
  });

  it("has a phantom BOM line pointing at a BOM that no item owns", async () => {
    const phantoms = await db.productionBomLine.findMany({ where: { type: "PRODUCTION_BOM" } });
    expect(phantoms.length).toBeGreaterThan(0);
    for (const line of phantoms) {
      const bom = await db.productionBom.findUniqueOrThrow({ where: { no: line.no }, include: { items: true, lines: true } });
      expect(bom.items).toHaveLength(0);
      expect(bom.status).toBe("CERTIFIED");
      expect(bom.lines.length).toBeGreaterThan(0);
    }
  });

  it("has a make-to-order subassembly under a make-to-order parent", async () => {
    const rows = await db.$queryRaw<{ parent: string; child: string }[]>`
      SELECT p."no" AS parent, c."no" AS child
      FROM "Item" p
      JOIN "ProductionBomLine" l ON l."bomNo" = p."productionBomNo" AND l."type" = 'ITEM'
      JOIN "Item" c ON c."no" = l."no"
      WHERE p."manufacturingPolicy" = 'MAKE_TO_ORDER' AND p."replenishmentSystem" = 'PROD_ORDER'
        AND c."manufacturingPolicy" = 'MAKE_TO_ORDER' AND c."replenishmentSystem" = 'PROD_ORDER'`;
    expect(rows.length).toBeGreaterThan(0);
  });

  it("has scrap on an item and a BOM line, a Fixed Quantity line, and an unused BOM under development", async () => {
    expect(await db.item.count({ where: { scrapPercent: { gt: 0 } } })).toBeGreaterThan(0);
    expect(await db.productionBomLine.count({ where: { scrapPercent: { gt: 0 } } })).toBeGreaterThan(0);
    expect(await db.productionBomLine.count({ where: { calculationFormula: "FIXED_QUANTITY" } })).toBeGreaterThan(0);
    const draft = await db.productionBom.findMany({ where: { status: "UNDER_DEVELOPMENT" }, include: { items: true } });
    expect(draft.length).toBeGreaterThan(0);
    expect(draft.every((b) => b.items.length === 0)).toBe(true);
  });

  it("has a BOM with two versions that differ in starting date and lines", async () => {
    const bom = await db.productionBom.findUniqueOrThrow({
      where: { no: "1300" },
      include: { versions: { include: { lines: true }, orderBy: { versionCode: "asc" } } },
    });
    expect(bom.versions).toHaveLength(2);
    const [v1, v2] = bom.versions;
    expect(v1.startingDate?.getTime()).not.toBe(v2.startingDate?.getTime());
    const items = (v: typeof v1) =>
      v.lines
        .map((l) => l.no)
        .sort()
        .join(",");
    expect(items(v1)).not.toBe(items(v2));
    expect(v1.lines.length && v2.lines.length).toBeGreaterThan(0);
  });

  it("has certified routings over at least 4 work centers and a machine center, one with a version", async () => {
    const routings = await db.routing.findMany({ include: { lines: true, versions: true } });
    expect(routings.every((r) => r.status === "CERTIFIED")).toBe(true);
    const lines = routings.flatMap((r) => r.lines);
    expect(new Set(lines.map((l) => l.workCenterNo)).size).toBeGreaterThanOrEqual(4);
    expect(lines.some((l) => l.type === "MACHINE_CENTER")).toBe(true);
    expect(routings.some((r) => r.versions.length > 0 && r.lines.some((l) => l.versionCode !== null))).toBe(true);
    expect(await db.workCenter.count()).toBeGreaterThanOrEqual(4);
    expect(await db.machineCenter.count()).toBeGreaterThanOrEqual(1);
    const calendar = await db.shopCalendar.findFirstOrThrow({ include: { days: true, holidays: true } });
    expect(calendar.days.map((x) => [x.weekday, x.startTime, x.endTime])).toEqual(
      expect.arrayContaining([1, 2, 3, 4, 5].map((w) => [w, 480, 960])),
    );
    expect(calendar.holidays.length).toBeGreaterThan(0);
  });

  it("has two locations with working weekdays and holidays, and two families with routings", async () => {
    const locations = await db.location.findMany({ include: { holidays: true }, orderBy: { code: "asc" } });
    expect(locations.map((l) => [l.code, l.inboundHandlingDays])).toEqual([
      ["BLUE", 1],
      ["RED", 2],
    ]);
    expect(locations.every((l) => l.holidays.length > 0 && l.workingWeekdays.join() === "1,2,3,4,5")).toBe(true);
    const families = await db.family.findMany({ include: { lines: true } });
    expect(families.length).toBeGreaterThanOrEqual(2);
    expect(families.every((f) => f.routingNo && f.lines.length >= 2)).toBe(true);
  });

  it("has at least 5 open sales orders with several lines and one quote", async () => {
    const orders = await db.salesHeader.findMany({ where: { documentType: "ORDER" }, include: { lines: true } });
    expect(orders.length).toBeGreaterThanOrEqual(5);
    expect(orders.every((o) => o.status === "OPEN" && o.lines.length >= 2 && o.shipmentDate)).toBe(true);
    const lines = orders.flatMap((o) => o.lines);
    expect(lines.some((l) => l.type !== "ITEM")).toBe(true);
    expect(lines.some((l) => l.type === "ITEM" && l.reservedQuantity.gt(0) && l.reservedQuantity.lt(l.outstandingQuantity))).toBe(true);
    expect(lines.some((l) => l.type === "ITEM" && l.outstandingQuantity.gt(0) && l.reservedQuantity.eq(l.outstandingQuantity))).toBe(true);
    const quotes = await db.salesHeader.findMany({ where: { documentType: "QUOTE" }, include: { lines: true } });
    expect(quotes).toHaveLength(1);
    expect(quotes[0].lines.length).toBeGreaterThan(0);
  });

  it("has number series for all four statuses in Manufacturing Setup, both implementations", async () => {
    const setup = await db.manufacturingSetup.findUniqueOrThrow({
      where: { id: 1 },
      include: {
        simulatedSeries: { include: { lines: true } },
        plannedSeries: { include: { lines: true } },
        firmPlannedSeries: { include: { lines: true } },
        releasedSeries: { include: { lines: true } },
      },
    });
    const series = [setup.simulatedSeries, setup.plannedSeries, setup.firmPlannedSeries, setup.releasedSeries];
    expect(series.every((s) => s && s.lines.length > 0)).toBe(true);
    const implementations = new Set(series.flatMap((s) => s!.lines.map((l) => l.implementation)));
    expect([...implementations].sort()).toEqual(["NORMAL", "SEQUENCE"]);
    expect(series.flatMap((s) => s!.lines).every((l) => l.sequenceName === null)).toBe(true);
    expect(setup.firmPlannedSeries?.manualNos).toBe(true);
    expect(await db.noSeriesLine.count({ where: { warningNo: { not: "" } } })).toBeGreaterThan(0);
    expect([setup.normalStartingTime, setup.normalEndingTime, setup.defaultSafetyLeadTimeDays]).toEqual([480, 960, 1]);
  });
});
