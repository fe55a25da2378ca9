// Issue 23 item 3, the timeline's drag: a new Starting Date-Time for one operation is a
// routing-line change (changeRoutingLine, one implementation). The operation starts there (a
// non-working moment moves to the next working one, as BC schedules forward), the later
// operations go forward from it, the earlier ones backward (RF-5), the line and header roll up
// (RF-6), one audit entry, the version goes up and a stale one is refused. The
// preview runs the same code and rolls back. Only supervisors drag (X-1, in the action).
import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeRoutingLine } from "@/lib/services/production-orders/edit/change-routing-line";
import { previewRoutingLineChange } from "@/lib/services/production-orders/edit/preview-routing-line-change";
import { moveOperationAction, previewMoveOperationAction } from "@/lib/actions/order-edit";
import { signInAs } from "../../support/session";
import { actor, expectDomainError, key, lastAudit, orderState, refreshedOrder, routingOf } from "./helpers";

beforeAll(async () => {
  await signInAs("supervisor");
});

const at = (s: string) => new Date(`${s}Z`);

describe("drag an operation to a new Starting Date-Time", () => {
  it("RF-5: the dragged operation starts at the new time, later ones follow forward, earlier ones backward; line and header roll up; X-3 audit, X-2 version", async () => {
    // GIVEN a refreshed order (due Friday 2027-03-19) whose line has at least two operations
    const { order, line, routing } = await refreshedOrder();
    expect(routing.length).toBeGreaterThanOrEqual(2);
    const i = 1;
    const target = at("2027-03-23T09:00"); // a Tuesday, inside Mon–Fri 08:00–16:00
    expect(target.getTime()).toBeGreaterThan(routing[i].startingDateTime!.getTime());
    // WHEN the second operation is dragged to Tuesday 09:00
    const result = await changeRoutingLine(db, { ...key(order), routingLineId: routing[i].id, startingDateTime: target }, await actor());
    // THEN it starts there, keeps its times, and each later operation starts no earlier than the one before ends
    const after = await routingOf(line.id);
    expect(after[i].startingDateTime).toEqual(target);
    expect(String(after[i].runTime)).toBe(String(routing[i].runTime));
    for (let j = i + 1; j < after.length; j++)
      expect(after[j].startingDateTime!.getTime()).toBeGreaterThanOrEqual(after[j - 1].endingDateTime!.getTime());
    // AND the earlier operation was scheduled backward: it ends no later than the dragged one starts, and later than before
    expect(after[0].endingDateTime!.getTime()).toBeLessThanOrEqual(target.getTime());
    expect(after[0].endingDateTime!.getTime()).toBeGreaterThan(routing[0].endingDateTime!.getTime());
    // AND the line spans its operations, the header its line (RF-6)
    const lineAfter = await db.prodOrderLine.findUniqueOrThrow({ where: { id: line.id } });
    expect(lineAfter.startingDateTime).toEqual(after[0].startingDateTime);
    expect(lineAfter.endingDateTime).toEqual(after.at(-1)!.endingDateTime);
    const header = await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(header.endingDateTime).toEqual(lineAfter.endingDateTime);
    expect(header.startingDateTime).toEqual(lineAfter.startingDateTime);
    // X-2 the version went up; X-3 one audit entry names the operation and its Starting Date-Time before → after
    expect(result).toEqual({ orderId: order.id, version: order.version + 1 });
    const audit = await lastAudit(order.id);
    expect(audit).toMatchObject({ action: "changeRoutingLine", userEmail: "supervisor@cronus.demo", entityKey: order.no });
    expect(audit.changes).toMatchObject({
      line: `${line.lineNo} · ${routing[i].operationNo}`,
      startingDateTime: [routing[i].startingDateTime!.toISOString().slice(0, 16), "2027-03-23T09:00"],
    });
    expect(Object.keys(audit.changes as object)).not.toContain("runTime");
  });

  it("RF-5: a start in non-working time (a Saturday) moves to the next working moment, Monday 08:00, as BC schedules forward", async () => {
    // GIVEN a refreshed order
    const { order, line, routing } = await refreshedOrder();
    // WHEN its first operation is dropped on Saturday 2027-03-20 10:00
    await changeRoutingLine(db, { ...key(order), routingLineId: routing[0].id, startingDateTime: at("2027-03-20T10:00") }, await actor());
    // THEN it starts Monday 2027-03-22 at 08:00, the start of the shop calendar's working day
    const after = await routingOf(line.id);
    expect(after[0].startingDateTime).toEqual(at("2027-03-22T08:00"));
    expect((await db.prodOrderLine.findUniqueOrThrow({ where: { id: line.id } })).startingDateTime).toEqual(at("2027-03-22T08:00"));
  });

  it("the preview shows the order as the save leaves it, and writes nothing", async () => {
    // GIVEN a refreshed order
    const { order, routing } = await refreshedOrder();
    const before = await orderState(order.id);
    const input = { ...key(order), routingLineId: routing[1].id, startingDateTime: at("2027-03-24T13:15") };
    // WHEN the drag is previewed
    const preview = await previewRoutingLineChange(db, input, await actor());
    // THEN nothing was written (the transaction rolled back, its audit entry with it)
    expect(await orderState(order.id)).toBe(before);
    expect(preview.before.operations.find((o) => o.id === routing[1].id)!.startingDateTime).toBe(
      routing[1].startingDateTime!.toISOString().replace(/\.\d{3}Z$/, "Z"),
    );
    // AND what it showed is exactly what the save then writes
    await changeRoutingLine(db, input, await actor());
    const header = await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
    const iso = (d: Date | null) => (d ? d.toISOString().replace(/\.\d{3}Z$/, "Z") : null);
    expect(preview.after.startingDateTime).toBe(iso(header.startingDateTime));
    expect(preview.after.endingDateTime).toBe(iso(header.endingDateTime));
    expect(preview.after.dueDate).toBe(header.dueDate!.toISOString().slice(0, 10));
    const ops = await routingOf(routing[1].orderLineId);
    expect(preview.after.operations.map((o) => [o.id, o.startingDateTime, o.endingDateTime])).toEqual(
      ops.map((o) => [o.id, iso(o.startingDateTime), iso(o.endingDateTime)]),
    );
  });

  it("X-2: a stale version is refused by the preview and the save, and nothing is written", async () => {
    // GIVEN an order read at version v, then changed by someone else
    const { order, routing } = await refreshedOrder();
    await changeRoutingLine(db, { ...key(order), routingLineId: routing[0].id, waitTime: "5" }, await actor());
    const before = await orderState(order.id);
    const input = { ...key(order), routingLineId: routing[0].id, startingDateTime: at("2027-03-23T09:00") };
    // WHEN the drag is previewed and saved with version v
    await expectDomainError(
      previewRoutingLineChange(db, input, await actor()),
      "STALE",
      "The order was changed by someone else. Reload it.",
    );
    await expectDomainError(changeRoutingLine(db, input, await actor()), "STALE", "The order was changed by someone else. Reload it.");
    // THEN nothing changed
    expect(await orderState(order.id)).toBe(before);
  });

  it("PO-11: a start outside the dates a user may type, or not a date-time, is refused beside Starting Date-Time; nothing is written", async () => {
    // GIVEN a refreshed order
    const { order, routing } = await refreshedOrder();
    const before = await orderState(order.id);
    const post = (startingDateTime: string) =>
      moveOperationAction(null, {
        id: String(order.id),
        version: String(order.version),
        routingLineId: String(routing[0].id),
        startingDateTime,
      });
    // WHEN a start in 2150, and one that is no date-time, are posted
    // THEN each is refused beside the field
    expect(await post("2150-01-01T10:00")).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { startingDateTime: ["Starting Date-Time must be between 2000-01-01 and 2099-12-31."] },
    });
    expect(await post("next tuesday")).toMatchObject({
      ok: false,
      fieldErrors: { startingDateTime: ["Starting Date-Time must be a valid date."] },
    });
    // AND the service itself refuses a start outside the scheduling horizon (a door that skips the form)
    await expectDomainError(
      changeRoutingLine(db, { ...key(order), routingLineId: routing[0].id, startingDateTime: at("1980-01-01T08:00") }, await actor()),
      "OUT_OF_HORIZON",
      "Starting Date-Time must be between 1990-01-01 and 2109-12-31.",
      "startingDateTime",
    );
    expect(await orderState(order.id)).toBe(before);
  });

  it("X-1: only a supervisor drags — a planner's preview and save are refused by the action; the supervisor's go through", async () => {
    // GIVEN a refreshed order
    const { order, routing } = await refreshedOrder();
    const before = await orderState(order.id);
    const form = {
      id: String(order.id),
      version: String(order.version),
      routingLineId: String(routing[0].id),
      startingDateTime: "2027-03-23T09:00",
    };
    try {
      // WHEN a planner previews and saves the drag
      await signInAs("planner");
      // THEN both are refused and nothing is written
      expect(await previewMoveOperationAction(null, form)).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await moveOperationAction(null, form)).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await orderState(order.id)).toBe(before);
    } finally {
      await signInAs("supervisor");
    }
    // AND a supervisor's preview shows the move and the save makes it
    const preview = await previewMoveOperationAction(null, form);
    expect(preview).toMatchObject({ ok: true });
    expect(preview.ok && preview.data.after.operations.find((o) => o.id === routing[0].id)!.startingDateTime).toBe("2027-03-23T09:00:00Z");
    expect(await moveOperationAction(null, form)).toMatchObject({ ok: true, data: { version: order.version + 1 } });
    expect((await db.prodOrderRoutingLine.findUniqueOrThrow({ where: { id: routing[0].id } })).startingDateTime).toEqual(
      at("2027-03-23T09:00"),
    );
  });
});
