// Issue 23 item 1, routing lines: a change reschedules the line from the changed operation
// (later operations forward, earlier ones backward, as BC's CalcStartingEndingDates), the line and
// header dates roll up (RF-5, RF-6), the version goes up and one audit entry is written.
import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeRoutingLine } from "@/lib/services/production-orders/edit/change-routing-line";
import { addRoutingLine } from "@/lib/services/production-orders/edit/add-routing-line";
import { deleteRoutingLine } from "@/lib/services/production-orders/edit/delete-routing-line";
import { changeRoutingLineAction } from "@/lib/actions/order-edit";
import { signInAs } from "../../support/session";
import { actor, expectDomainError, key, lastAudit, orderState, refreshedOrder, routingLineEdit, routingOf } from "./helpers";

beforeAll(async () => {
  await signInAs("supervisor");
});

describe("change a routing line", () => {
  it("RF-5: a longer run time keeps the operation's start, moves the later operations and the line's end; the header follows (RF-6)", async () => {
    // GIVEN a refreshed order whose line has at least two operations
    const { order, line, routing } = await refreshedOrder();
    expect(routing.length).toBeGreaterThanOrEqual(2);
    const [first, second] = routing;
    // WHEN the first operation's Run Time grows by a working day's worth of minutes per unit
    const result = await changeRoutingLine(
      db,
      { ...key(order), routingLineId: first.id, ...routingLineEdit(first), runTime: String(Number(first.runTime) + 480) },
      await actor(),
    );
    // THEN the first starts where it did and ends later, the second starts later, and the line and header end later
    const after = await routingOf(line.id);
    expect(after[0].startingDateTime).toEqual(first.startingDateTime);
    expect(after[0].endingDateTime!.getTime()).toBeGreaterThan(first.endingDateTime!.getTime());
    expect(after[1].startingDateTime!.getTime()).toBeGreaterThan(second.startingDateTime!.getTime());
    expect(String(after[0].runTime)).toBe(String(Number(first.runTime) + 480));
    const lineAfter = await db.prodOrderLine.findUniqueOrThrow({ where: { id: line.id } });
    expect(lineAfter.endingDateTime).toEqual(after.at(-1)!.endingDateTime);
    expect(lineAfter.startingDateTime).toEqual(after[0].startingDateTime);
    const header = await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(header.endingDateTime).toEqual(lineAfter.endingDateTime);
    expect(header.dueDate!.getTime()).toBeGreaterThanOrEqual(order.dueDate!.getTime());
    // X-2 the version went up; X-3 one audit entry names the operation and the change
    expect(result).toEqual({ orderId: order.id, version: order.version + 1 });
    expect(header.version).toBe(order.version + 1);
    const audit = await lastAudit(order.id);
    expect(audit).toMatchObject({ action: "changeRoutingLine", userEmail: "supervisor@cronus.demo", entityKey: order.no });
    expect(audit.changes).toMatchObject({
      line: `${line.lineNo} · ${first.operationNo}`,
      runTime: [String(Number(first.runTime)), String(Number(first.runTime) + 480)],
    });
  });

  it("RF-5: a change on a later operation schedules the earlier ones backward from its start", async () => {
    // GIVEN a refreshed order; the last operation's start is kept, the ones before it end before it
    const { order, line, routing } = await refreshedOrder();
    const last = routing.at(-1)!;
    // WHEN the last operation's Setup Time grows
    await changeRoutingLine(
      db,
      { ...key(order), routingLineId: last.id, ...routingLineEdit(last), setupTime: String(Number(last.setupTime) + 600) },
      await actor(),
    );
    // THEN it starts where it did, ends later, and every earlier operation ends no later than the next one starts
    const after = await routingOf(line.id);
    expect(after.at(-1)!.startingDateTime).toEqual(last.startingDateTime);
    expect(after.at(-1)!.endingDateTime!.getTime()).toBeGreaterThan(last.endingDateTime!.getTime());
    for (let i = 0; i + 1 < after.length; i++)
      expect(after[i].endingDateTime!.getTime()).toBeLessThanOrEqual(after[i + 1].startingDateTime!.getTime());
  });

  it("Type/No.: a machine center brings its work center and name; an unknown No. is refused beside No. and nothing is written", async () => {
    // GIVEN a refreshed order and the demo's machine centers
    const { order, routing } = await refreshedOrder();
    const machine = await db.machineCenter.findFirstOrThrow({ orderBy: { no: "asc" } });
    // WHEN the first operation moves to a machine center
    await changeRoutingLine(
      db,
      { ...key(order), routingLineId: routing[0].id, ...routingLineEdit(routing[0]), type: "MACHINE_CENTER", no: machine.no },
      await actor(),
    );
    // THEN the row names it, with its work center and name
    const row = await db.prodOrderRoutingLine.findUniqueOrThrow({ where: { id: routing[0].id } });
    expect(row).toMatchObject({ type: "MACHINE_CENTER", no: machine.no, workCenterNo: machine.workCenterNo, description: machine.name });
    // AND WHEN a No. that exists nowhere is posted
    const before = await orderState(order.id);
    await expectDomainError(
      changeRoutingLine(
        db,
        { ...key({ id: order.id, version: order.version + 1 }), routingLineId: routing[0].id, ...routingLineEdit(routing[0]), no: "NOPE" },
        await actor(),
      ),
      "NOT_FOUND",
      "Work Center NOPE does not exist.",
      "no",
    );
    // THEN nothing was written
    expect(await orderState(order.id)).toBe(before);
  });

  it("X-2: a stale version is refused and nothing is written", async () => {
    // GIVEN a refreshed order read at version v, then changed by someone else
    const { order, routing } = await refreshedOrder();
    await changeRoutingLine(
      db,
      { ...key(order), routingLineId: routing[0].id, ...routingLineEdit(routing[0]), waitTime: "5" },
      await actor(),
    );
    const before = await orderState(order.id);
    // WHEN a change is saved with version v
    await expectDomainError(
      changeRoutingLine(db, { ...key(order), routingLineId: routing[0].id, ...routingLineEdit(routing[0]), waitTime: "9" }, await actor()),
      "STALE",
      "The order was changed by someone else. Reload it.",
    );
    // THEN nothing changed
    expect(await orderState(order.id)).toBe(before);
  });

  it("PO-10: a Finished order's routing is read-only; X-1: a planner cannot change a Released one", async () => {
    // GIVEN a Finished and a Released order
    const finished = await refreshedOrder();
    await db.productionOrder.update({ where: { id: finished.order.id }, data: { status: "FINISHED", version: { increment: 0 } } });
    const released = await refreshedOrder();
    await db.productionOrder.update({ where: { id: released.order.id }, data: { status: "RELEASED" } });
    const before = await orderState(finished.order.id);
    // WHEN a run time is changed on each
    await expectDomainError(
      changeRoutingLine(
        db,
        { ...key(finished.order), routingLineId: finished.routing[0].id, ...routingLineEdit(finished.routing[0]), runTime: "99" },
        await actor(),
      ),
      "ORDER_FINISHED",
      `Production order ${finished.order.no} is Finished and cannot be changed.`,
    );
    await expectDomainError(
      changeRoutingLine(
        db,
        { ...key(released.order), routingLineId: released.routing[0].id, ...routingLineEdit(released.routing[0]), runTime: "99" },
        await actor("planner"),
      ),
      "PLANNER_CANNOT_EDIT",
      `Planners cannot change released production order ${released.order.no}.`,
    );
    // THEN the Finished order is exactly as it was, and a supervisor may change the Released one
    expect(await orderState(finished.order.id)).toBe(before);
    await changeRoutingLine(
      db,
      { ...key(released.order), routingLineId: released.routing[0].id, ...routingLineEdit(released.routing[0]), runTime: "99" },
      await actor(),
    );
    expect(String((await db.prodOrderRoutingLine.findUniqueOrThrow({ where: { id: released.routing[0].id } })).runTime)).toBe("99");
  });

  it("PO-11: bad input through the action comes back beside its field and writes nothing", async () => {
    // GIVEN a refreshed order
    const { order, routing } = await refreshedOrder();
    const before = await orderState(order.id);
    // WHEN a negative Run Time and a Setup Time with too many decimals are posted
    const result = await changeRoutingLineAction(null, {
      id: String(order.id),
      version: String(order.version),
      routingLineId: String(routing[0].id),
      type: routing[0].type,
      no: routing[0].no,
      setupTime: "1.123456",
      runTime: "-1",
      waitTime: "0",
      moveTime: "0",
      sendAheadQuantity: "0",
    });
    // THEN each field has its message and nothing was written
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { runTime: ["Run Time cannot be negative."], setupTime: ["Setup Time can have at most 5 decimals."] },
    });
    expect(await orderState(order.id)).toBe(before);
  });

  it("a routing line of another order is not this order's: refused, nothing written", async () => {
    // GIVEN two orders
    const a = await refreshedOrder();
    const b = await refreshedOrder();
    const before = await orderState(b.order.id);
    // WHEN order a is saved with a routing line id of order b
    await expectDomainError(
      changeRoutingLine(
        db,
        { ...key(a.order), routingLineId: b.routing[0].id, ...routingLineEdit(b.routing[0]), runTime: "1" },
        await actor(),
      ),
      "LINE_UNKNOWN",
      "The line is unknown. Reload the page.",
    );
    // THEN order b is untouched
    expect(await orderState(b.order.id)).toBe(before);
  });
});

describe("add and delete operations", () => {
  it("an added operation goes in by its Operation No., is scheduled after the one before it, and the line ends later (RF-5)", async () => {
    // GIVEN a refreshed order
    const { order, line, routing } = await refreshedOrder();
    const last = routing.at(-1)!;
    // WHEN an operation is added after the last one
    const r = await addRoutingLine(
      db,
      {
        ...key(order),
        orderLineId: line.id,
        operationNo: "999",
        type: last.type,
        no: last.no,
        setupTime: "30",
        runTime: "10",
        waitTime: "0",
        moveTime: "0",
        sendAheadQuantity: "0",
      },
      await actor(),
    );
    // THEN it is the last, starts after the former last ended, and the neighbours are linked
    const after = await routingOf(line.id);
    const added = after.find((o) => o.operationNo === "999")!;
    expect(added.startingDateTime!.getTime()).toBeGreaterThanOrEqual(last.endingDateTime!.getTime());
    expect(added.previousOperationNo).toBe(last.operationNo);
    expect(after.find((o) => o.id === last.id)!.nextOperationNo).toBe("999");
    const lineAfter = await db.prodOrderLine.findUniqueOrThrow({ where: { id: line.id } });
    expect(lineAfter.endingDateTime).toEqual(added.endingDateTime);
    expect(r.version).toBe(order.version + 1);
    expect((await lastAudit(order.id)).action).toBe("addRoutingLine");
    // AND an Operation No. that exists is refused beside it
    await expectDomainError(
      addRoutingLine(
        db,
        {
          ...key({ id: order.id, version: r.version }),
          orderLineId: line.id,
          operationNo: "999",
          type: last.type,
          no: last.no,
          setupTime: "0",
          runTime: "0",
          waitTime: "0",
          moveTime: "0",
          sendAheadQuantity: "0",
        },
        await actor(),
      ),
      "OPERATION_EXISTS",
      `Operation No. 999 already exists on line ${line.lineNo}.`,
      "operationNo",
    );
  });

  it("a deleted operation is gone, its neighbours are linked, and the line no longer spans it", async () => {
    // GIVEN a refreshed order with two or more operations
    const { order, line, routing } = await refreshedOrder();
    const last = routing.at(-1)!;
    // WHEN the last operation is deleted
    await deleteRoutingLine(db, { ...key(order), routingLineId: last.id }, await actor());
    // THEN the one before it is the last, and the line ends where it ends
    const after = await routingOf(line.id);
    expect(after.map((o) => o.id)).not.toContain(last.id);
    expect(after.at(-1)!.nextOperationNo).toBe("");
    const lineAfter = await db.prodOrderLine.findUniqueOrThrow({ where: { id: line.id } });
    expect(lineAfter.endingDateTime).toEqual(after.at(-1)!.endingDateTime);
    expect(await lastAudit(order.id)).toMatchObject({ action: "deleteRoutingLine" });
  });
});
