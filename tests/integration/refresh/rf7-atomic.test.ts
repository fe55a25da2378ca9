import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { refreshProductionOrder } from "@/lib/services/production-orders/refresh-production-order";
import { makeFamily, makeItem, makeProductionBom, makeRouting, makeShopCalendar, makeWorkCenter } from "../../factories";
import { makeOrder, snapshotOrder } from "./helpers";

async function producedItem(status: "CERTIFIED" | "UNDER_DEVELOPMENT" = "CERTIFIED") {
  const c = await makeItem(db);
  const bom = await makeProductionBom(db, { status, lines: [{ no: c.no, quantityPer: 3 }] });
  return { item: await makeItem(db, { replenishmentSystem: "PROD_ORDER", productionBomNo: bom.no }), bom };
}

describe("RF-7 refresh is one transaction", () => {
  it("the second line's BOM turning uncertified leaves the order and its earlier lines exactly unchanged", async () => {
    // GIVEN a family order refreshed once (two lines, two components, routing lines)
    const first = await producedItem();
    const second = await producedItem();
    const family = await makeFamily(db, { routingNo: "FAM-CHAINS", lines: [{ itemNo: first.item.no }, { itemNo: second.item.no }] });
    const order = await makeOrder({ sourceType: "FAMILY", sourceNo: family.no, routingNo: "FAM-CHAINS", quantity: 5 });
    await refreshProductionOrder({ orderId: order.id }, null);
    const before = await snapshotOrder(order.id);
    expect((before.lines as unknown[]).length).toBe(2);
    // WHEN the second item's BOM goes back under development and the order is refreshed
    await db.productionBom.update({ where: { no: second.bom.no }, data: { status: "UNDER_DEVELOPMENT" } });
    await expect(refreshProductionOrder({ orderId: order.id }, null)).rejects.toThrow("Status must be Certified");
    // THEN header, lines, components, routing lines and audit trail are as they were
    expect(await snapshotOrder(order.id)).toEqual(before);
  });

  it("a routing line on a work center whose calendar has no working time fails cleanly and changes nothing", async () => {
    // GIVEN an order refreshed once on a good routing, then switched to a routing on a calendar without hours
    const { item } = await producedItem();
    const good = await makeRouting(db);
    const idle = await makeShopCalendar(db, { days: [] });
    const center = await makeWorkCenter(db, { shopCalendarCode: idle.code });
    const bad = await makeRouting(db, { lines: [{ workCenterNo: center.no, runTime: 5 }] });
    const order = await makeOrder({ sourceNo: item.no, routingNo: good.no, quantity: 5 });
    await refreshProductionOrder({ orderId: order.id }, null);
    await db.productionOrder.update({ where: { id: order.id }, data: { routingNo: bad.no } });
    const before = await snapshotOrder(order.id);
    // WHEN refreshed
    const error = await refreshProductionOrder({ orderId: order.id }, null).catch((e: unknown) => e);
    // THEN a clear error naming the work center and its calendar, and nothing changed
    expect(error).toMatchObject({ code: "NO_WORKING_TIME" });
    expect((error as Error).message).toContain(center.no);
    expect((error as Error).message).toContain(idle.code);
    expect(await snapshotOrder(order.id)).toEqual(before);
  });
});
