// RP-3: projected availability = inventory on hand + open production-order output not yet
// finished − component demand of open orders − outstanding sales demand, up to the date — per
// item, variant and location. Finished and Simulated orders, later dates and other locations
// do not count. The SQL is checked against the pure formula (lib/domain/replan/availability.ts).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { projectedAvailability } from "@/lib/domain/replan/availability";
import { replanProductionOrder } from "@/lib/services/production-orders/replan";
import { loadComponentNeeds } from "@/lib/services/production-orders/replan/component-needs";
import { makeInventory, makeSalesOrder } from "../../factories";
import { actorFor, isoOf, newOrder } from "../change-status/support";
import { makeTwoLevelProduct, replanChildren } from "./support";

describe("RP-3 projected availability", () => {
  it("counts stock, open output and sales demand up to the due date, and nothing else", async () => {
    // GIVEN the product; an order for 10 P needs 20 C at BLUE on C's due date
    const t = await makeTwoLevelProduct();
    const order = await newOrder({ sourceNo: t.p, quantity: 10, dueDate: "2027-06-15" });
    const comp = await db.prodOrderComponent.findFirstOrThrow({ where: { orderId: order.id, itemNo: t.c } });
    const due = isoOf(comp.dueDate)!;
    // AND 30 C on hand at BLUE (+ 100 at RED, which does not count)
    await makeInventory(db, { itemNo: t.c, locationCode: "BLUE", quantity: 30 });
    await makeInventory(db, { itemNo: t.c, locationCode: "RED", quantity: 100 });
    // AND an open firm planned order making 7 C before then, of which 2 are already output
    const supply = await newOrder({ sourceNo: t.c, quantity: 7, dueDate: "2027-01-04" });
    await db.prodOrderLine.updateMany({ where: { orderId: supply.id }, data: { finishedQuantity: 2 } });
    // AND orders that do not count: a finished one, a simulated one, one due after the date
    const finished = await newOrder({ sourceNo: t.c, quantity: 50, dueDate: "2027-01-04" });
    await db.productionOrder.update({ where: { id: finished.id }, data: { status: "FINISHED" } });
    await newOrder({ status: "SIMULATED", sourceNo: t.c, quantity: 60, dueDate: "2027-01-04" });
    await newOrder({ sourceNo: t.c, quantity: 70, dueDate: "2027-12-31" });
    // AND a sales order shipping 25 C before then (outstanding 25 of 40) and one after
    await makeSalesOrder(db, {
      locationCode: "BLUE",
      shipmentDate: "2027-01-05",
      lines: [{ no: t.c, quantity: 40, outstandingQuantity: 25, reservedQuantity: 10 }],
    });
    await makeSalesOrder(db, { locationCode: "BLUE", shipmentDate: "2027-12-31", lines: [{ no: t.c, quantity: 999 }] });
    // WHEN the availability of the component is read
    const [need] = await loadComponentNeeds(db as never, [order.id], [order.id]);
    // THEN 30 + (7 − 2) − 20 − 25 = −10, and the SQL agrees with the formula part by part
    expect(need).toMatchObject({
      componentId: comp.id,
      itemNo: t.c,
      dueDate: due,
      onHand: "30",
      openOutput: "5",
      componentDemand: "20",
      salesDemand: "25",
      available: "-10",
    });
    expect(projectedAvailability(need)).toBe(need.available);
    // AND a One Level replan creates an order for exactly the shortage
    await replanProductionOrder(
      db,
      { id: order.id, version: order.version, direction: "BACK", plan: "ONE_LEVEL" },
      await actorFor("supervisor"),
    );
    expect((await replanChildren(order)).map((k) => [k.sourceNo, k.quantity.toString()])).toEqual([[t.c, "10"]]);
  });

  it("enough stock: no new order", async () => {
    const t = await makeTwoLevelProduct();
    await makeInventory(db, { itemNo: t.c, locationCode: "BLUE", quantity: 20 });
    const order = await newOrder({ sourceNo: t.p, quantity: 10 });
    const r = await replanProductionOrder(
      db,
      { id: order.id, version: order.version, direction: "BACK", plan: "ALL_LEVELS" },
      await actorFor("supervisor"),
    );
    expect(r.created).toEqual([]);
    expect(await replanChildren(order)).toEqual([]);
  });
});
