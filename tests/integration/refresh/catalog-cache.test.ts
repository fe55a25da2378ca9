import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { isRetryable } from "@/lib/services/db-errors";
import { refreshProductionOrder } from "@/lib/services/production-orders/refresh-production-order";
import { refreshProductionOrderInTx } from "@/lib/services/production-orders/refresh/run-refresh";
import { loadBomCatalog } from "@/lib/services/production-orders/refresh/load-bom-catalog";
import { sqlTransaction } from "@/lib/services/sql-tx";
import { makeItem, makeProductionBom, makeRouting, makeWorkCenter } from "../../factories";
import { createCountingClient } from "./counting-client";
import { linesOf, makeOrder, snapshotOrder } from "./helpers";

// The catalogs a refresh reads (BOM structure; routings, capacities, calendars, locations) are
// kept per master-data token (MasterDataState): the token changes with every statement on the
// tables they read, and a catalog is only reused while the transaction sees the token it was read under.

const SETUP = { normalStartingTime: 480, normalEndingTime: 960, defaultSafetyLeadTimeDays: 0 };
const token = async () => (await db.$queryRaw<{ token: string }[]>`SELECT token::text AS token FROM "MasterDataState"`)[0].token;
/** As a refresh reads it: the token first (with the order row), then the catalog. */
const catalogOf = (itemNo: string) =>
  sqlTransaction(db, async (tx) => {
    const [{ token: seen }] = await tx.$queryRaw<{ token: string }[]>`SELECT token::text AS token FROM "MasterDataState"`;
    return (await loadBomCatalog(tx, [itemNo], SETUP, seen)).catalog;
  });
const client = createCountingClient(process.env.DATABASE_URL!);
afterAll(() => client.close());
/** The statements of one refresh through the service, on a client that counts them. */
const refreshCounted = async (orderId: number) =>
  (await client.count(() => refreshProductionOrder({ orderId }, null, undefined, client.db))).statements;
const readsBoms = (statements: string[]) => statements.some((s) => s.includes("WITH RECURSIVE x AS"));
const readsCapacity = (statements: string[]) => statements.some((s) => s.includes("WITH rl AS"));

/** A make-to-order item whose BOM holds one make-to-order subassembly (quantity per 1) of one purchased part. */
async function twoLevelItem() {
  const part = await makeItem(db);
  const subBom = await makeProductionBom(db, { lines: [{ no: part.no, quantityPer: 2 }] });
  const sub = await makeItem(db, { replenishmentSystem: "PROD_ORDER", manufacturingPolicy: "MAKE_TO_ORDER", productionBomNo: subBom.no });
  const topBom = await makeProductionBom(db, { lines: [{ no: sub.no, quantityPer: 1 }] });
  const top = await makeItem(db, { replenishmentSystem: "PROD_ORDER", manufacturingPolicy: "MAKE_TO_ORDER", productionBomNo: topBom.no });
  return { part, sub, top, topBom };
}

describe("Master data token", () => {
  it.each([
    ["Item", "description"],
    ["ItemUnitOfMeasure", "code"],
    ["StockkeepingUnit", "routingNo"],
    ["ProductionBom", "description"],
    ["ProductionBomVersion", "description"],
    ["ProductionBomLine", "quantityPer"],
    ["Routing", "description"],
    ["RoutingVersion", "description"],
    ["RoutingLine", "runTime"],
    ["WorkCenter", "efficiency"],
    ["MachineCenter", "capacity"],
    ["ShopCalendar", "description"],
    ["ShopCalendarDay", "endTime"],
    ["ShopCalendarHoliday", "date"],
    ["Location", "inboundHandlingDays"],
    ["LocationHoliday", "date"],
  ])("changes with every statement on %s, even one that changes no row", async (table, column) => {
    const before = await token();
    await db.$executeRawUnsafe(`UPDATE "${table}" SET "${column}" = "${column}" WHERE false`);
    expect(await token()).not.toBe(before);
  });

  it("stays when orders change", async () => {
    const item = await makeItem(db);
    const before = await token();
    const order = await makeOrder({ sourceNo: item.no });
    await db.productionOrder.update({ where: { id: order.id }, data: { description: "changed" } });
    expect(await token()).toBe(before);
  });

  it("does not change when a master-data transaction rolls back", async () => {
    const before = await token();
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE "Item" SET description = description WHERE false`;
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await token()).toBe(before);
  });
});

describe("BOM catalog kept per token", () => {
  it("is read once for the same items while master data stays the same, and shared frozen", async () => {
    const { sub, top } = await twoLevelItem();
    const first = await catalogOf(top.no);
    const second = await catalogOf(top.no);
    // The same objects: the second statement read no BOM.
    expect(second.items.get(sub.no)).toBe(first.items.get(sub.no));
    expect(second.bomLines.get(top.productionBomNo!)).toBe(first.bomLines.get(top.productionBomNo!));
    expect(Object.isFrozen(first.items.get(sub.no))).toBe(true);
    expect(() => {
      (first.bomLines.get(top.productionBomNo!) as unknown[]).push({});
    }).toThrow(TypeError);
    // Each refresh gets maps of its own (the capacity loader adds routings to them).
    expect(second.routings).not.toBe(first.routings);
    expect(second.items).not.toBe(first.items);
  });

  it("is read again after a BOM line changes", async () => {
    const { top, topBom } = await twoLevelItem();
    const first = await catalogOf(top.no);
    await db.productionBomLine.updateMany({ where: { bomNo: topBom.no }, data: { quantityPer: 3 } });
    const second = await catalogOf(top.no);
    expect(first.bomLines.get(topBom.no)![0].quantityPer).toBe("1");
    expect(second.bomLines.get(topBom.no)![0].quantityPer).toBe("3");
  });

  it("RF-3 a refresh after a BOM line changes uses the new Quantity per", async () => {
    // GIVEN an order for 5 of a make-to-order item whose subassembly line is quantity per 1, refreshed
    const { part, sub, top, topBom } = await twoLevelItem();
    const order = await makeOrder({ sourceNo: top.no, quantity: 5 });
    await refreshProductionOrder({ orderId: order.id }, null);
    const [, before] = await linesOf(order.id);
    expect(before).toMatchObject({ itemNo: sub.no });
    expect(before.quantity.toString()).toBe("5");
    // WHEN the subassembly's Quantity per becomes 3 and the order is refreshed again
    await db.productionBomLine.updateMany({ where: { bomNo: topBom.no }, data: { quantityPer: 3 } });
    await refreshProductionOrder({ orderId: order.id }, null);
    // THEN the subassembly line is for 15, and its part's Expected Quantity follows (2 per)
    const [, after] = await linesOf(order.id);
    expect(after.quantity.toString()).toBe("15");
    expect(after.components.find((c) => c.itemNo === part.no)!.expectedQuantity.toString()).toBe("30");
  });
});

/** 10 of an item whose routing has one 6-minute operation, refreshed forward from Tuesday 2026-12-01 08:00. */
async function oneOperationOrderRefreshed() {
  const workCenter = await makeWorkCenter(db);
  const routing = await makeRouting(db, { lines: [{ workCenterNo: workCenter.no, runTime: 6 }] });
  const item = await makeItem(db, { replenishmentSystem: "PROD_ORDER", routingNo: routing.no });
  const order = await makeOrder({
    sourceNo: item.no,
    quantity: 10,
    routingNo: routing.no,
    dueDate: "2026-12-04",
    startingDateTime: new Date("2026-12-01T08:00:00Z"),
  });
  await refreshProductionOrder({ orderId: order.id, direction: "FORWARD" }, null);
  return { workCenter, routing, order };
}

describe("Catalogs not read again while the token stays", () => {
  it("a second refresh of the same item sends neither catalog statement; one after a master-data change reads both", async () => {
    // GIVEN an order of a two-level item with a routing, refreshed once
    const { top } = await twoLevelItem();
    const routing = await makeRouting(db);
    const order = await makeOrder({ sourceNo: top.no, quantity: 2, routingNo: routing.no });
    await refreshCounted(order.id);
    // WHEN it is refreshed again with nothing changed
    const warm = await refreshCounted(order.id);
    // THEN neither the BOM structure nor the routing and calendars were read
    expect(readsBoms(warm)).toBe(false);
    expect(readsCapacity(warm)).toBe(false);
    // AND after an unrelated item changes (a new token), the next refresh reads both again
    await makeItem(db);
    const cold = await refreshCounted(order.id);
    expect(readsBoms(cold)).toBe(true);
    expect(readsCapacity(cold)).toBe(true);
    expect(cold.length).toBe(warm.length + 2);
  });

  it("RF-5 a refresh after an operation's Run Time changes schedules with the new time", async () => {
    // GIVEN 10 of an item whose routing has one 6-minute operation, refreshed forward from Tuesday 08:00
    const { routing, order } = await oneOperationOrderRefreshed();
    const [before] = await linesOf(order.id);
    expect(before.routingLines[0].endingDateTime!.toISOString()).toBe("2026-12-01T09:00:00.000Z");
    // WHEN the Run Time becomes 12 minutes and the order is refreshed again
    await db.routingLine.updateMany({ where: { routingNo: routing.no }, data: { runTime: 12 } });
    await refreshProductionOrder({ orderId: order.id, direction: "FORWARD" }, null);
    // THEN the operation takes two hours
    const [after] = await linesOf(order.id);
    expect(after.routingLines[0].runTime.toString()).toBe("12");
    expect(after.routingLines[0].endingDateTime!.toISOString()).toBe("2026-12-01T10:00:00.000Z");
  });

  it("RF-5 a refresh after a holiday is added to the work center's calendar works around it", async () => {
    // GIVEN the same one-operation order, refreshed forward from Tuesday 08:00
    const { workCenter, order } = await oneOperationOrderRefreshed();
    // WHEN Tuesday becomes a holiday of the work center's calendar and the order is refreshed again
    await db.shopCalendarHoliday.create({
      data: { calendarCode: workCenter.shopCalendarCode, date: new Date("2026-12-01T00:00:00Z"), description: "Closed" },
    });
    await refreshProductionOrder({ orderId: order.id, direction: "FORWARD" }, null);
    // THEN the operation runs on Wednesday
    const [line] = await linesOf(order.id);
    expect(line.routingLines[0].startingDateTime!.toISOString()).toBe("2026-12-02T08:00:00.000Z");
    expect(line.routingLines[0].endingDateTime!.toISOString()).toBe("2026-12-02T09:00:00.000Z");
  });
});

describe("Kept catalogs and the rows written from the live BOM agree", () => {
  it("RF-3 a refresh with its catalogs held writes exactly what one that read them writes", async () => {
    // GIVEN an order of a two-level item with a routing, refreshed right after a master-data change
    const { top } = await twoLevelItem();
    const routing = await makeRouting(db);
    const order = await makeOrder({ sourceNo: top.no, quantity: 3, routingNo: routing.no });
    await makeItem(db);
    expect(readsBoms(await refreshCounted(order.id))).toBe(true);
    const rows = async () => {
      const { lines, components, routingLines } = await snapshotOrder(order.id);
      // Ids and the line ids they point at are new on every refresh; everything else must match.
      const strip = (r: Prisma.JsonValue) => {
        const { id: _id, orderLineId: _line, ...rest } = r as Record<string, unknown>;
        return rest;
      };
      return {
        lines: (lines as Prisma.JsonArray).map(strip),
        components: (components as Prisma.JsonArray).map(strip),
        routing: (routingLines as Prisma.JsonArray).map(strip),
      };
    };
    const cold = await rows();
    // WHEN it is refreshed again with its catalogs held
    expect(readsBoms(await refreshCounted(order.id))).toBe(false);
    // THEN lines, components and routing lines are the same
    expect(await rows()).toEqual(cold);
  });

  it("RF-7 master data that changes between the catalog read and the component write fails the attempt as a serialization failure", async () => {
    // GIVEN an order of a two-level item, refreshed once (its catalogs are held)
    const { top, topBom } = await twoLevelItem();
    const order = await makeOrder({ sourceNo: top.no, quantity: 2 });
    await refreshProductionOrder({ orderId: order.id }, null);
    const before = await snapshotOrder(order.id);
    // WHEN a BOM line changes (committed by another connection) just before the refresh writes its components
    const attempt = sqlTransaction(db, (tx) =>
      refreshProductionOrderInTx(
        {
          $queryRaw: (q: TemplateStringsArray | Prisma.Sql, ...v: unknown[]) => tx.$queryRaw(q, ...v),
          $executeRaw: async (q: TemplateStringsArray | Prisma.Sql, ...v: unknown[]) => {
            const sql = q instanceof Prisma.Sql ? q : Prisma.sql(q, ...v);
            if (sql.text.includes('INSERT INTO "ProdOrderComponent"')) {
              await db.productionBomLine.updateMany({ where: { bomNo: topBom.no }, data: { quantityPer: 4 } });
            }
            return tx.$executeRaw(sql);
          },
        },
        { orderId: order.id },
        null,
      ),
    );
    // THEN the attempt fails as a serialization failure (the services run it again) and nothing changed
    const failure = await attempt.then(
      () => null,
      (e: unknown) => e,
    );
    expect(failure).not.toBeNull();
    expect(isRetryable(failure)).toBe(true);
    expect(await snapshotOrder(order.id)).toEqual(before);
    // AND the next refresh reads the new BOM: the subassembly line is for 2 × 4
    await refreshProductionOrder({ orderId: order.id }, null);
    const [, sub] = await linesOf(order.id);
    expect(sub.quantity.toString()).toBe("8");
  });
});
