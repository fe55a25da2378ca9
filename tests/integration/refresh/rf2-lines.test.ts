import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { refreshProductionOrder } from "@/lib/services/production-orders/refresh-production-order";
import { makeFamily, makeItem, makeSalesOrder } from "../../factories";
import { linesOf, makeOrder } from "./helpers";

const day = (d: Date | null) => d?.toISOString().slice(0, 10);

describe("RF-2 order lines from the source", () => {
  it("Item: one line with the header quantity, variant, location and routing; unit = base unit", async () => {
    // GIVEN an order for Touring Bicycle 1001, variant BLUE, at BLUE, routing 1001
    const order = await makeOrder({
      sourceNo: "1001",
      variantCode: "BLUE",
      locationCode: "BLUE",
      routingNo: "1001",
      quantity: 3,
      dueDate: "2026-12-18",
    });
    // WHEN refreshed
    await refreshProductionOrder({ orderId: order.id }, null);
    // THEN the top line carries the header's data (1001 is make-to-order: its frame 1950 gets a line too)
    const [top, ...rest] = await linesOf(order.id);
    expect(top).toMatchObject({
      itemNo: "1001",
      variantCode: "BLUE",
      locationCode: "BLUE",
      routingNo: "1001",
      unitOfMeasureCode: "PCS",
      planningLevelCode: 0,
      description: "Touring Bicycle",
    });
    expect(top.quantity.toString()).toBe("3");
    expect(day(top.dueDate)).toBe("2026-12-18");
    expect(rest.map((l) => l.itemNo)).toEqual(["1950"]);
  });

  it("Family: one line per family item, Quantity = family quantity × order quantity, on the family's routing", async () => {
    // GIVEN family with A ×1 and B ×2.5
    const [a, b] = [await makeItem(db, { replenishmentSystem: "PROD_ORDER" }), await makeItem(db, { replenishmentSystem: "PROD_ORDER" })];
    const family = await makeFamily(db, {
      routingNo: "FAM-WHEELS",
      lines: [
        { itemNo: a.no, quantity: 1 },
        { itemNo: b.no, quantity: 2.5 },
      ],
    });
    const order = await makeOrder({ sourceType: "FAMILY", sourceNo: family.no, routingNo: "FAM-WHEELS", quantity: 4 });
    // WHEN refreshed
    await refreshProductionOrder({ orderId: order.id }, null);
    // THEN two lines: 4 of A and 10 of B, both on FAM-WHEELS with its operations
    const lines = await linesOf(order.id);
    expect(lines.map((l) => [l.itemNo, l.quantity.toString(), l.routingNo])).toEqual([
      [a.no, "4", "FAM-WHEELS"],
      [b.no, "10", "FAM-WHEELS"],
    ]);
    expect(lines[0].routingLines.map((r) => r.operationNo)).toEqual(["10", "20"]);
  });

  it("Sales order: one line per item line to produce (Outstanding − Reserved), at its location and shipment date", async () => {
    // GIVEN a sales order with a produced line (10 − 4 reserved), a fully reserved one, a purchased item and a resource line
    const made = await makeItem(db, { replenishmentSystem: "PROD_ORDER" });
    const bought = await makeItem(db);
    const so = await makeSalesOrder(db, {
      locationCode: "BLUE",
      shipmentDate: "2026-12-21",
      lines: [
        { no: made.no, quantity: 10, reservedQuantity: 4, locationCode: "RED", shipmentDate: "2026-12-17" },
        { no: made.no, quantity: 5, reservedQuantity: 5 },
        { no: bought.no, quantity: 3 },
        { type: "RESOURCE", no: "LIFT", quantity: 2 },
        { no: made.no, quantity: 2 },
      ],
    });
    const order = await makeOrder({ sourceType: "SALES_HEADER", sourceNo: so.no, locationCode: "BLUE", dueDate: "2026-12-21" });
    // WHEN refreshed
    await refreshProductionOrder({ orderId: order.id }, null);
    // THEN two lines for the same item — sales lines are not merged
    const lines = await linesOf(order.id);
    expect(lines.map((l) => [l.itemNo, l.quantity.toString(), l.locationCode, day(l.dueDate)])).toEqual([
      [made.no, "6", "RED", "2026-12-17"],
      [made.no, "2", "BLUE", "2026-12-21"],
    ]);
    // AND the header's Due Date is the latest line's
    expect(day((await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } })).dueDate)).toBe("2026-12-21");
  });

  it("a Simulated order reads the sales quote of that No. (demo SQ-1001)", async () => {
    // GIVEN a simulated order from quote SQ-1001 (12 Touring Bicycles 1001, 8 Bicycles 1000)
    const order = await makeOrder({
      status: "SIMULATED",
      sourceType: "SALES_HEADER",
      sourceNo: "SQ-1001",
      locationCode: "BLUE",
      dueDate: "2027-01-19",
    });
    // WHEN refreshed
    await refreshProductionOrder({ orderId: order.id }, null);
    // THEN the top-level lines are the quote's
    const top = (await linesOf(order.id)).filter((l) => l.planningLevelCode === 0);
    expect(top.map((l) => [l.itemNo, l.quantity.toString()])).toEqual([
      ["1001", "12"],
      ["1000", "8"],
    ]);
  });

  it("demo SO-1003: skips the fully reserved Chain Assy line and the comment line", async () => {
    const order = await makeOrder({ sourceType: "SALES_HEADER", sourceNo: "SO-1003", locationCode: "BLUE", dueDate: "2026-12-22" });
    await refreshProductionOrder({ orderId: order.id }, null);
    const lines = await linesOf(order.id);
    expect(lines.map((l) => [l.itemNo, l.quantity.toString(), day(l.dueDate)])).toEqual([["1000", "10", "2026-12-22"]]);
  });
});
