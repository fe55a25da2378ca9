// Issue 23 item 1, lines: Quantity (components' Expected Quantity follows, RF-3), Due Date
// (rescheduled backward, PO-9/RF-5/RF-6), Location; version, audit, Finished (PO-10).
import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { expectedQuantity } from "@/lib/domain/bom/expected-quantity";
import { changeOrderLine } from "@/lib/services/production-orders/edit/change-order-line";
import { changeOrderLineAction } from "@/lib/actions/order-edit";
import { signInAs } from "../../support/session";
import { actor, expectDomainError, key, lastAudit, orderState, refreshedOrder, routingOf } from "./helpers";

beforeAll(async () => {
  await signInAs("supervisor");
});

const iso = (d: Date | null) => d!.toISOString().slice(0, 10);

describe("change an order line", () => {
  it("Quantity: every component's Expected Quantity follows (RF-3), the run grows and the line keeps its end; X-2, X-3", async () => {
    // GIVEN a refreshed order of 2
    const { order, line, components, routing } = await refreshedOrder({ quantity: 2 });
    // WHEN the line's quantity becomes 6
    const r = await changeOrderLine(
      db,
      { ...key(order), orderLineId: line.id, quantity: 6, dueDate: iso(line.dueDate), locationCode: line.locationCode },
      await actor(),
    );
    // THEN the line has 6, each component 6 × Quantity per × scraps, the line ends where it ended and starts no later
    const after = await db.prodOrderLine.findUniqueOrThrow({ where: { id: line.id } });
    expect(Number(after.quantity)).toBe(6);
    expect(Number(after.remainingQuantity)).toBe(6);
    expect(after.endingDateTime).toEqual(line.endingDateTime);
    expect(after.startingDateTime!.getTime()).toBeLessThanOrEqual(line.startingDateTime!.getTime());
    for (const c of components) {
      const row = await db.prodOrderComponent.findUniqueOrThrow({ where: { id: c.id } });
      expect(Number(row.expectedQuantity)).toBe(
        Number(
          expectedQuantity({
            quantityPer: String(c.quantityPer),
            lineQuantity: "6",
            lineScrapPercent: String(line.scrapPercent),
            componentScrapPercent: String(c.scrapPercent),
            calculationFormula: c.calculationFormula,
          }),
        ),
      );
    }
    const ops = await routingOf(line.id);
    expect(ops.every((o) => Number(o.inputQuantity) === 6)).toBe(true);
    if (routing.some((o) => Number(o.runTime) > 0))
      expect(ops[0].startingDateTime!.getTime()).toBeLessThan(routing[0].startingDateTime!.getTime());
    expect(r.version).toBe(order.version + 1);
    expect((await lastAudit(order.id)).changes).toMatchObject({ line: String(line.lineNo), quantity: ["2", "6"] });
  });

  it("Due Date: the line is rescheduled backward from it and keeps it; the header's dates follow (PO-9, RF-6)", async () => {
    // GIVEN a refreshed order due 2027-03-19
    const { order, line } = await refreshedOrder();
    // WHEN the line's Due Date becomes a week later
    await changeOrderLine(
      db,
      { ...key(order), orderLineId: line.id, quantity: Number(line.quantity), dueDate: "2027-03-26", locationCode: line.locationCode },
      await actor(),
    );
    // THEN the line is due then, ends 7 days later than before (same weekday, no holidays in between), and the header spans it
    const after = await db.prodOrderLine.findUniqueOrThrow({ where: { id: line.id } });
    expect(iso(after.dueDate)).toBe("2027-03-26");
    expect(after.endingDateTime!.getTime() - line.endingDateTime!.getTime()).toBe(7 * 24 * 3600 * 1000);
    const header = await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(iso(header.dueDate)).toBe("2027-03-26");
    expect(header.endingDateTime).toEqual(after.endingDateTime);
    expect(header.startingDateTime).toEqual(after.startingDateTime);
  });

  it("Location: an existing location is kept; an unknown one is refused beside the field and nothing is written", async () => {
    // GIVEN a refreshed order and a location of the demo company
    const { order, line } = await refreshedOrder();
    const location = await db.location.findFirstOrThrow({ orderBy: { code: "asc" } });
    // WHEN the line moves to it
    const r = await changeOrderLine(
      db,
      { ...key(order), orderLineId: line.id, quantity: Number(line.quantity), dueDate: iso(line.dueDate), locationCode: location.code },
      await actor(),
    );
    // THEN the line has it
    expect((await db.prodOrderLine.findUniqueOrThrow({ where: { id: line.id } })).locationCode).toBe(location.code);
    // AND an unknown location is refused
    const before = await orderState(order.id);
    await expectDomainError(
      changeOrderLine(
        db,
        { id: order.id, version: r.version, orderLineId: line.id, quantity: 1, dueDate: iso(line.dueDate), locationCode: "NOPE" },
        await actor(),
      ),
      "NOT_FOUND",
      "Location NOPE does not exist.",
      "locationCode",
    );
    expect(await orderState(order.id)).toBe(before);
  });

  it("X-2 stale, PO-10 Finished and PO-11 bad input are refused and write nothing", async () => {
    // GIVEN an order changed since it was read, and a Finished one
    const { order, line } = await refreshedOrder();
    await changeOrderLine(
      db,
      { ...key(order), orderLineId: line.id, quantity: 3, dueDate: iso(line.dueDate), locationCode: line.locationCode },
      await actor(),
    );
    const before = await orderState(order.id);
    const finished = await refreshedOrder();
    await db.productionOrder.update({ where: { id: finished.order.id }, data: { status: "FINISHED" } });
    // WHEN they are changed, and a zero quantity is posted through the action
    await expectDomainError(
      changeOrderLine(
        db,
        { ...key(order), orderLineId: line.id, quantity: 4, dueDate: iso(line.dueDate), locationCode: null },
        await actor(),
      ),
      "STALE",
      "The order was changed by someone else. Reload it.",
    );
    await expectDomainError(
      changeOrderLine(
        db,
        { ...key(finished.order), orderLineId: finished.line.id, quantity: 4, dueDate: iso(finished.line.dueDate), locationCode: null },
        await actor(),
      ),
      "ORDER_FINISHED",
      `Production order ${finished.order.no} is Finished and cannot be changed.`,
    );
    const bad = await changeOrderLineAction(null, {
      id: String(order.id),
      version: String(order.version + 1),
      orderLineId: String(line.id),
      quantity: "0",
      dueDate: "2027-02-30",
      locationCode: "",
    });
    // THEN messages stand beside their fields and nothing changed
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { quantity: ["Quantity must be greater than 0."], dueDate: ["Due Date must be a valid date."] },
    });
    expect(await orderState(order.id)).toBe(before);
  });
});
