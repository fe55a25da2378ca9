// RF-1/RF-6, X-3: a forward refresh schedules from the Starting Date-Time, so the order's Due
// Date (max line due = ending + lead times) can move. When it does, the result says from which
// date to which (the dialog tells the user) and the History's refresh entry keeps the change.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { refreshProductionOrder } from "@/lib/services/production-orders/refresh-production-order";
import { at, isoOf } from "../production-orders/helpers";
import { makeOrder } from "./helpers";

const actor = { id: "user-1", email: "supervisor@cronus.demo" };

describe("RF-6 a refresh that moves the Due Date says so and records it", () => {
  it("forward from the due day's morning: the Due Date moves later, result and audit name both dates", async () => {
    // GIVEN item 1000 (routing of several hours) at BLUE, due Monday 2027-03-15, starting that day 08:00
    const order = await makeOrder({
      sourceNo: "1000",
      quantity: 7,
      dueDate: "2027-03-15",
      locationCode: "BLUE",
      startingDateTime: at("2027-03-15", "08:00"),
    });
    // WHEN refreshed forward
    const result = await refreshProductionOrder({ orderId: order.id, direction: "FORWARD" }, actor);
    // THEN the order's Due Date is later, and the result says from which date to which
    const after = await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
    const moved = isoOf(after.dueDate)!;
    expect(moved > "2027-03-15").toBe(true);
    expect(result).toMatchObject({ skipped: false, dueDateMoved: { from: "2027-03-15", to: moved } });
    // AND the History's refresh entry holds the change
    const entry = await db.auditEntry.findFirstOrThrow({ where: { orderId: order.id, action: "refresh" } });
    expect(entry.changes).toMatchObject({ direction: "FORWARD", dueDate: ["2027-03-15", moved] });
  });

  it("a backward refresh keeps the Due Date: nothing to say, nothing in the entry", async () => {
    const order = await makeOrder({ sourceNo: "1000", quantity: 7, dueDate: "2027-03-15", locationCode: "BLUE" });
    const result = await refreshProductionOrder({ orderId: order.id, direction: "BACK" }, actor);
    expect(result).toMatchObject({ skipped: false, dueDateMoved: null });
    expect(isoOf((await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } })).dueDate)).toBe("2027-03-15");
    const entry = await db.auditEntry.findFirstOrThrow({ where: { orderId: order.id, action: "refresh" } });
    expect(entry.changes).not.toHaveProperty("dueDate");
  });
});
