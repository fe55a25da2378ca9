import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { refreshProductionOrder } from "@/lib/services/production-orders/refresh-production-order";
import { loadBomCatalog } from "@/lib/services/production-orders/refresh/load-bom-catalog";
import { sqlTransaction } from "@/lib/services/sql-tx";
import { makeItem, makeProductionBom } from "../../factories";
import { linesOf, makeOrder } from "./helpers";

// The BOM catalog a refresh reads is kept per master-data token (MasterDataState): the token
// changes with every statement on the tables the catalog reads, and a catalog is only reused
// while the database still shows the token it was read under.

const SETUP = { normalStartingTime: 480, normalEndingTime: 960, defaultSafetyLeadTimeDays: 0 };
const token = async () => (await db.$queryRaw<{ token: string }[]>`SELECT token::text AS token FROM "MasterDataState"`)[0].token;
const catalogOf = (itemNo: string) => sqlTransaction(db, (tx) => loadBomCatalog(tx, [itemNo], SETUP));

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
    ["Item", "description"], ["ItemUnitOfMeasure", "code"], ["StockkeepingUnit", "routingNo"],
    ["ProductionBom", "description"], ["ProductionBomVersion", "description"], ["ProductionBomLine", "quantityPer"],
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
    await expect(db.$transaction(async (tx) => {
      await tx.$executeRaw`UPDATE "Item" SET description = description WHERE false`;
      throw new Error("rolled back");
    })).rejects.toThrow("rolled back");
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
    expect(() => { (first.bomLines.get(top.productionBomNo!) as unknown[]).push({}); }).toThrow(TypeError);
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
