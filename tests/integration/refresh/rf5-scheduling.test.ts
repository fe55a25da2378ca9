import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { refreshProductionOrder } from "@/lib/services/production-orders/refresh-production-order";
import { makeItem, makeLocation, makeRouting, makeStockkeepingUnit } from "../../factories";
import { linesOf, makeOrder } from "./helpers";

const HOLIDAYS = ["2026-12-25", "2026-12-26", "2027-01-01"]; // the demo STD calendar's

/** Within Mon–Fri 08:00–16:00 and not on a holiday (16:00 as an end and 08:00 as a start included). */
function inWorkingTime(t: Date): boolean {
  const day = t.toISOString().slice(0, 10);
  const weekday = t.getUTCDay();
  const minutes = t.getUTCHours() * 60 + t.getUTCMinutes() + t.getUTCSeconds() / 60;
  return weekday >= 1 && weekday <= 5 && !HOLIDAYS.includes(day) && minutes >= 480 && minutes <= 960;
}

describe("RF-5 routing and scheduling", () => {
  it("backward: every operation lies in working time and starts no later than the Due Date", async () => {
    // GIVEN 40 Bicycles 1000 at BLUE (1 day inbound handling) due on Monday 2026-12-28, right after Christmas
    const order = await makeOrder({ sourceNo: "1000", routingNo: "1000", locationCode: "BLUE", quantity: 40, dueDate: "2026-12-28" });
    // WHEN refreshed backward
    await refreshProductionOrder({ orderId: order.id, direction: "BACK" }, null);
    // THEN the routing of routing 1000 was copied, chained and scheduled in working time before the Due Date
    const [line] = await linesOf(order.id);
    expect(line.routingLines.map((r) => [r.operationNo, r.previousOperationNo, r.nextOperationNo])).toEqual([
      ["10", "", "20"],
      ["20", "10", "30"],
      ["30", "20", ""],
    ]);
    for (const r of line.routingLines) {
      expect(inWorkingTime(r.startingDateTime!)).toBe(true);
      expect(inWorkingTime(r.endingDateTime!)).toBe(true);
      expect(r.startingDateTime!.getTime()).toBeLessThan(Date.parse("2026-12-28T00:00:00Z"));
      expect(r.inputQuantity.toString()).toBe("40");
    }
    // AND ending = Due Date − 1 (safety) − 1 (inbound) working days at 16:00 at the latest: Wed 2026-12-23
    expect(line.endingDateTime!.getTime()).toBeLessThanOrEqual(Date.parse("2026-12-23T16:00:00Z"));
    expect(line.startingDateTime).toEqual(line.routingLines[0].startingDateTime);
    expect(line.endingDateTime).toEqual(line.routingLines[2].endingDateTime);
    expect(line.dueDate!.toISOString().slice(0, 10)).toBe("2026-12-28");
  });

  it("forward with a large quantity: the line ends after the Due Date", async () => {
    // GIVEN 2,000 Bicycles starting Tuesday 2026-12-01 08:00, due 2026-12-04
    const order = await makeOrder({
      sourceNo: "1000",
      routingNo: "1000",
      quantity: 2000,
      dueDate: "2026-12-04",
      startingDateTime: new Date("2026-12-01T08:00:00Z"),
    });
    // WHEN refreshed forward
    await refreshProductionOrder({ orderId: order.id, direction: "FORWARD" }, null);
    // THEN it starts at the given moment and ends well after the Due Date, in working time
    const [line] = await linesOf(order.id);
    expect(line.startingDateTime!.toISOString()).toBe("2026-12-01T08:00:00.000Z");
    expect(line.endingDateTime!.getTime()).toBeGreaterThan(Date.parse("2026-12-05T00:00:00Z"));
    for (const r of line.routingLines) expect(inWorkingTime(r.endingDateTime!)).toBe(true);
    const header = await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(header.endingDateTime).toEqual(line.endingDateTime);
  });

  it("a machine center works at its own capacity and efficiency on its work center's calendar", async () => {
    // GIVEN a routing with one operation on machine center 320 (capacity 2, 100 %): 100 × 6 min run
    const routing = await makeRouting(db, { lines: [{ type: "MACHINE_CENTER", no: "320", runTime: 6 }] });
    const item = await makeItem(db, { replenishmentSystem: "PROD_ORDER", routingNo: routing.no });
    const order = await makeOrder({ sourceNo: item.no, routingNo: routing.no, quantity: 100, dueDate: "2026-12-18" });
    // WHEN refreshed
    await refreshProductionOrder({ orderId: order.id }, null);
    // THEN 600 min ÷ 2 = 300 min of working time, ending Thu 2026-12-17 16:00 (1 day safety lead time)
    const [line] = await linesOf(order.id);
    expect(line.routingLines[0]).toMatchObject({ type: "MACHINE_CENTER", no: "320", workCenterNo: "300" });
    expect(line.endingDateTime!.toISOString()).toBe("2026-12-17T16:00:00.000Z");
    expect(line.startingDateTime!.toISOString()).toBe("2026-12-17T11:00:00.000Z");
  });

  it("a component is due when the operation with its Routing Link Code starts, else when the line starts", async () => {
    // GIVEN Bicycle 1000: wheels 1100/1200 linked to operation 10 (WHEELS), the rest not linked
    const order = await makeOrder({ sourceNo: "1000", routingNo: "1000", quantity: 5, dueDate: "2026-12-18" });
    // WHEN refreshed
    await refreshProductionOrder({ orderId: order.id }, null);
    // THEN
    const [line] = await linesOf(order.id);
    const op10 = line.routingLines.find((r) => r.operationNo === "10")!;
    for (const c of line.components) {
      expect(c.dueDateTime).toEqual(c.routingLinkCode === "WHEELS" ? op10.startingDateTime : line.startingDateTime);
      expect(c.dueDate!.toISOString().slice(0, 10)).toBe(c.dueDateTime!.toISOString().slice(0, 10));
    }
  });

  it("no routing: Starting Date = Ending Date − Lead Time Calculation working days (the SKU's overrides the item's)", async () => {
    // GIVEN an item with lead time 2 days, overridden to 4 by its SKU at a Mon–Fri location
    const location = await makeLocation(db, { inboundHandlingDays: 0 });
    const item = await makeItem(db, { replenishmentSystem: "PROD_ORDER", leadTimeDays: 2, safetyLeadTimeDays: 0 });
    await makeStockkeepingUnit(db, { itemNo: item.no, locationCode: location.code, leadTimeDays: 4 });
    const order = await makeOrder({ sourceNo: item.no, locationCode: location.code, dueDate: "2026-12-21" });
    // WHEN refreshed
    await refreshProductionOrder({ orderId: order.id }, null);
    // THEN ends Mon 2026-12-21 16:00, starts 4 working days earlier: Tue 2026-12-15 08:00
    const [line] = await linesOf(order.id);
    expect(line.endingDateTime!.toISOString()).toBe("2026-12-21T16:00:00.000Z");
    expect(line.startingDateTime!.toISOString()).toBe("2026-12-15T08:00:00.000Z");
  });
});

describe("RF-6 line Due Date and header roll-up", () => {
  it("forward: Due Date = Ending Date + Safety Lead Time + Inbound Whse. Handling Time in working days", async () => {
    // GIVEN item with safety lead time 2 days, location RED (2 days inbound, Mon–Fri), no routing, lead time 0
    const item = await makeItem(db, { replenishmentSystem: "PROD_ORDER", safetyLeadTimeDays: 2 });
    const order = await makeOrder({
      sourceNo: item.no,
      locationCode: "RED",
      dueDate: "2026-12-04",
      startingDateTime: new Date("2026-12-04T08:00:00Z"),
    });
    // WHEN refreshed forward
    await refreshProductionOrder({ orderId: order.id, direction: "FORWARD" }, null);
    // THEN ends Fri 2026-12-04, due 4 working days later: Thu 2026-12-10; the header follows its line
    const [line] = await linesOf(order.id);
    expect(line.endingDateTime!.toISOString()).toBe("2026-12-04T16:00:00.000Z");
    expect(line.dueDate!.toISOString().slice(0, 10)).toBe("2026-12-10");
    const header = await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(header.dueDate).toEqual(line.dueDate);
    expect(header.startingDateTime).toEqual(line.startingDateTime);
    expect(header.endingDateTime).toEqual(line.endingDateTime);
  });

  it("header Starting/Ending = earliest start / latest end over all lines (multi-level)", async () => {
    const order = await makeOrder({ sourceNo: "1001", routingNo: "1001", locationCode: "BLUE", quantity: 2, dueDate: "2026-12-18" });
    await refreshProductionOrder({ orderId: order.id }, null);
    const lines = await linesOf(order.id);
    const header = await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(header.startingDateTime!.getTime()).toBe(Math.min(...lines.map((l) => l.startingDateTime!.getTime())));
    expect(header.endingDateTime!.getTime()).toBe(Math.max(...lines.map((l) => l.endingDateTime!.getTime())));
    expect(header.startingDateTime).toEqual(lines[1].startingDateTime); // the frame starts first
  });
});
