// RP-2/RP-3: each order a replan creates says why it has its quantity: which demand (the order
// whose component it covers, how much, when) and which availability (the four parts of RP-3),
// what earlier new orders of the same replan already cover, and the shortage left. A lower
// level's demand names its parent by the number it got at the end of the replan.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { replanProductionOrder } from "@/lib/services/production-orders/replan";
import { makeInventory } from "../../factories";
import { actorFor, isoOf, newOrder } from "../change-status/support";
import { makeTwoLevelProduct, replanChildren } from "./support";

describe("RP-3 a new order's quantity is explained", () => {
  it("One Level: 15 C = 20 needed by the order − 5 on hand; All Levels: D's demand names C's new order by its number", async () => {
    // GIVEN an order for 10 P (its S line needs 20 C) and 5 C on hand at BLUE
    const t = await makeTwoLevelProduct();
    await makeInventory(db, { itemNo: t.c, locationCode: "BLUE", quantity: 5 });
    const order = await newOrder({ sourceNo: t.p, quantity: 10 });
    const comp = await db.prodOrderComponent.findFirstOrThrow({ where: { orderId: order.id, itemNo: t.c } });
    // WHEN replanned with One Level
    const one = await replanProductionOrder(
      db,
      { id: order.id, version: order.version, direction: "BACK", plan: "ONE_LEVEL" },
      await actorFor("supervisor"),
    );
    // THEN the new C order of 15 explains: 20 needed by the order on C's due date, availability −15 = 5 on hand − 20 demand
    expect(one.created).toHaveLength(1);
    expect(one.created[0].why).toEqual([
      expect.objectContaining({
        orderNo: order.no,
        needed: "20",
        dueDate: isoOf(comp.dueDate),
        onHand: "5",
        openOutput: "0",
        componentDemand: "20",
        salesDemand: "0",
        available: "-15",
        coveredBefore: "0",
        shortage: "15",
      }),
    ]);
    // WHEN replanned with All Levels
    const { version } = await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
    const all = await replanProductionOrder(
      db,
      { id: order.id, version, direction: "BACK", plan: "ALL_LEVELS" },
      await actorFor("supervisor"),
    );
    // THEN D's order explains with C's new order's real number (not a placeholder)
    const kids = await replanChildren(order);
    const [cOrder] = kids.filter((k) => k.sourceNo === t.c);
    const d = all.created.find((c) => c.itemNo === t.d)!;
    expect(d.why.map((w) => w.orderNo)).toEqual([cOrder.no]);
    expect(d.why[0]).toMatchObject({ shortage: d.quantity });
  });
});
