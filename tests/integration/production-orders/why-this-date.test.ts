// "Why this date?" (issue 23 item 2) against the database: the explanation is the refresh's own
// computation with tracing on, so it gives exactly the dates the refresh wrote, names the demo
// calendar's holidays, accounts for every minute, and writes nothing.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { accountedMs } from "@/lib/domain/scheduling/schedule-trace";
import { explainOrderDates } from "@/lib/services/production-orders/explain-order-dates";
import { refreshProductionOrder } from "@/lib/services/production-orders/refresh-production-order";
import { linesOf, makeOrder } from "../refresh/helpers";

describe("Why this date? — explained by the refresh's own scheduler", () => {
  it("backward: the explanation computes exactly the stored header, line, operation and component dates", async () => {
    // GIVEN 40 Bicycles at BLUE due Monday 2026-12-28, refreshed backward
    const order = await makeOrder({ sourceNo: "1000", routingNo: "1000", locationCode: "BLUE", quantity: 40, dueDate: "2026-12-28" });
    await refreshProductionOrder({ orderId: order.id, direction: "BACK" }, null);
    const [line] = await linesOf(order.id);
    const header = await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
    // WHEN each kind of date is explained
    const ending = await explainOrderDates(order.id, { kind: "header", field: "ending" });
    const op = line.routingLines[1];
    const lineStart = await explainOrderDates(order.id, { kind: "line", lineNo: line.lineNo, field: "starting" });
    const operation = await explainOrderDates(order.id, {
      kind: "operation",
      lineNo: line.lineNo,
      operationNo: op.operationNo,
      field: "ending",
    });
    const component = await db.prodOrderComponent.findFirstOrThrow({ where: { orderLineId: line.id }, orderBy: { lineNo: "asc" } });
    const due = await explainOrderDates(order.id, { kind: "component", lineNo: line.lineNo, componentLineNo: component.lineNo });
    // THEN each computes what the refresh stored
    expect(ending).toMatchObject({
      direction: "BACK",
      fromLineNo: line.lineNo,
      computed: header.endingDateTime!.toISOString(),
      stored: header.endingDateTime!.toISOString(),
    });
    expect(lineStart.computed).toBe(line.startingDateTime!.toISOString());
    expect(operation.computed).toBe(op.endingDateTime!.toISOString());
    expect(operation.stored).toBe(op.endingDateTime!.toISOString());
    expect(due.computed).toBe(component.dueDate!.toISOString().slice(0, 10));
    expect(due.stored).toBe(due.computed);
    // AND the lead time reads Due Date − 1 safety − 1 inbound working day on BLUE's calendar
    const trace = ending.trace!;
    expect(trace).toMatchObject({
      dueDate: "2026-12-28",
      safetyLeadTimeDays: 1,
      inboundHandlingDays: 1,
      calendarLocation: "BLUE",
      endingDate: "2026-12-23",
    });
    // AND it lists the days of BLUE's calendar it did not count: Christmas Day by name, then the weekend
    expect(trace.leadSkipped).toEqual({
      days: [
        { date: "2026-12-25", reason: "holiday", name: "Christmas Day" },
        { date: "2026-12-26", reason: "weekend" },
        { date: "2026-12-27", reason: "weekend" },
      ],
      more: 0,
    });
    // AND the routing's steps account for exactly the line's span
    expect(trace.routing!.steps.reduce((n, s) => n + accountedMs(s), 0)).toBe(
      line.endingDateTime!.getTime() - line.startingDateTime!.getTime(),
    );
  });

  it("forward over Christmas: the skipped holidays are named from the shop calendar", async () => {
    // GIVEN 200 Bicycles starting Thursday 2026-12-24 08:00, refreshed forward
    const order = await makeOrder({
      sourceNo: "1000",
      routingNo: "1000",
      quantity: 200,
      dueDate: "2026-12-24",
      startingDateTime: new Date("2026-12-24T08:00:00Z"),
    });
    await refreshProductionOrder({ orderId: order.id, direction: "FORWARD" }, null);
    const before = await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
    // WHEN the line's Ending Date-Time is explained
    const e = await explainOrderDates(order.id, { kind: "line", lineNo: 10000, field: "ending" });
    // THEN it was scheduled forward, and Christmas Day is among the skipped periods, by name
    expect(e.direction).toBe("FORWARD");
    const skipped = JSON.stringify(e.trace!.routing);
    expect(skipped).toContain('"reason":"holiday","name":"Christmas Day"');
    expect(e.computed).toBe(e.stored);
    // AND nothing was written (same version)
    const after = await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(after.version).toBe(before.version);
  });
});
