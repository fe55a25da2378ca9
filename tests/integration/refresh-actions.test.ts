// The refresh server actions as public endpoints (X-1, X-2, RF-1): they check the role
// themselves, refuse a stale version with X-2's message, skip Finished orders, and return the
// counts that are really in the database afterwards.
import "../support/next-mocks";
import { beforeEach, describe, expect, it } from "vitest";
import { refreshOrderByNoAction, refreshOrdersBatchAction, refreshProductionOrderAction } from "@/lib/actions/refresh";
import { db } from "@/lib/db";
import { getOrderTimeline } from "@/lib/data/order-timeline";
import { makeOrder, snapshotOrder } from "./refresh/helpers";
import { signInAs, signOut } from "../support/session";

const STALE = "The order was changed by someone else. Reload it.";

async function countsInDb(orderId: number) {
  const [lines, components, routingLines] = await Promise.all([
    db.prodOrderLine.count({ where: { orderId } }),
    db.prodOrderComponent.count({ where: { orderId } }),
    db.prodOrderRoutingLine.count({ where: { orderId } }),
  ]);
  return { lines, components, routingLines };
}

function form(values: Record<string, string>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.append(k, v);
  return f;
}

beforeEach(() => signOut());

describe("X-1 only supervisors and admins may refresh", () => {
  it("a planner is refused and nothing is written; nobody signed in is refused too", async () => {
    // GIVEN a firm planned order for the bicycle, and a planner
    const order = await makeOrder({ sourceNo: "1000", quantity: 2, dueDate: "2027-01-15" });
    const before = await snapshotOrder(order.id);
    // WHEN the planner calls each refresh action directly
    const anonymous = await refreshProductionOrderAction(null, { id: order.id, version: order.version });
    await signInAs("planner");
    const single = await refreshProductionOrderAction(null, { id: order.id, version: order.version });
    const byNo = await refreshOrderByNoAction({ status: "FIRM_PLANNED", no: order.no });
    const batch = await refreshOrdersBatchAction({ status: "FIRM_PLANNED", nos: [order.no] });
    // THEN every call is refused and the order is exactly as it was
    expect(anonymous).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    for (const r of [single, byNo, batch]) expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await snapshotOrder(order.id)).toEqual(before);
  });
});

describe("X-2 a stale version is refused", () => {
  it("with the exact message, and the order keeps its state", async () => {
    // GIVEN an order someone else changed after the supervisor read version v
    await signInAs("supervisor");
    const order = await makeOrder({ sourceNo: "1000", quantity: 2, dueDate: "2027-01-15" });
    await db.productionOrder.update({ where: { id: order.id }, data: { quantity: 3, version: { increment: 1 } } });
    const before = await snapshotOrder(order.id);
    // WHEN the supervisor refreshes with the version read before
    const result = await refreshProductionOrderAction(null, form({ id: String(order.id), version: String(order.version) }));
    // THEN it is refused with X-2's message and nothing changed
    expect(result).toMatchObject({ ok: false, code: "STALE", message: STALE });
    expect(await snapshotOrder(order.id)).toEqual(before);
  });
});

describe("RF-1 refresh through the actions", () => {
  it("returns the counts that are in the database, and bumps the version", async () => {
    // GIVEN a firm planned order for the bicycle (BOM and routing in the demo company)
    await signInAs("supervisor");
    const order = await makeOrder({ sourceNo: "1000", quantity: 5, dueDate: "2027-01-15", routingNo: "1000" });
    // WHEN the card's dialog posts Back with every option (the form sends them as true/false)
    const result = await refreshProductionOrderAction(
      null,
      form({
        id: String(order.id),
        version: String(order.version),
        direction: "BACK",
        calcLines: "true",
        calcRoutings: "true",
        calcComponents: "true",
      }),
    );
    // THEN the counts it reports are the rows read back, all non-zero, and the version moved on
    if (!result.ok || result.data.skipped) throw new Error(`refresh failed: ${JSON.stringify(result)}`);
    const inDb = await countsInDb(order.id);
    expect({ lines: result.data.lines, components: result.data.components, routingLines: result.data.routingLines }).toEqual(inDb);
    expect(inDb.lines).toBe(1);
    expect(inDb.components).toBeGreaterThan(0);
    expect(inDb.routingLines).toBeGreaterThan(0);
    const after = await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(result.data.version).toBe(after.version);
    expect(after.version).toBe(order.version + 1);
  });

  it("Calculate Lines forces the other two even when the form says no", async () => {
    await signInAs("supervisor");
    const order = await makeOrder({ sourceNo: "1000", quantity: 1, dueDate: "2027-01-15", routingNo: "1000" });
    const result = await refreshProductionOrderAction(
      null,
      form({ id: String(order.id), calcLines: "true", calcRoutings: "false", calcComponents: "false" }),
    );
    expect(result).toMatchObject({ ok: true });
    const inDb = await countsInDb(order.id);
    expect(inDb.components).toBeGreaterThan(0);
    expect(inDb.routingLines).toBeGreaterThan(0);
  });

  it("a missing Due Date comes back as RF-1's message beside Due Date", async () => {
    await signInAs("admin");
    const order = await makeOrder({ sourceNo: "1000", dueDate: null });
    const result = await refreshProductionOrderAction(null, { id: order.id, version: order.version });
    expect(result).toMatchObject({
      ok: false,
      message: "Due Date must have a value in Production Order",
      fieldErrors: { dueDate: ["Due Date must have a value in Production Order"] },
    });
    expect(await countsInDb(order.id)).toEqual({ lines: 0, components: 0, routingLines: 0 });
  });

  it("Finished orders are skipped and reported as skipped", async () => {
    // GIVEN a finished order
    await signInAs("supervisor");
    const order = await makeOrder({ sourceNo: "1000", dueDate: "2027-01-15", status: "FINISHED" });
    const before = await snapshotOrder(order.id);
    // WHEN it is refreshed by No. and in a batch
    const byNo = await refreshOrderByNoAction({ status: "FINISHED", no: order.no });
    const batch = await refreshOrdersBatchAction({ status: "FINISHED", nos: [order.no] });
    // THEN both report it skipped and the order is untouched
    expect(byNo).toEqual({ ok: true, data: { skipped: true } });
    expect(batch).toEqual({ ok: true, data: [{ no: order.no, ok: true, result: { skipped: true } }] });
    expect(await snapshotOrder(order.id)).toEqual(before);
  });
});

describe("RF-1 applies to a selection", () => {
  it("refreshes each order, reports an unknown No. without stopping the others", async () => {
    await signInAs("supervisor");
    const a = await makeOrder({ sourceNo: "1000", quantity: 1, dueDate: "2027-01-15" });
    const b = await makeOrder({ sourceNo: "1000", quantity: 2, dueDate: "2027-01-20" });
    const result = await refreshOrdersBatchAction({ status: "FIRM_PLANNED", nos: [a.no, "NOPE", b.no], direction: "FORWARD" });
    if (!result.ok) throw new Error(result.message);
    expect(result.data.map((r) => [r.no, r.ok])).toEqual([
      [a.no, true],
      ["NOPE", false],
      [b.no, true],
    ]);
    expect(result.data[1]).toMatchObject({ message: "Production Order NOPE does not exist." });
    expect((await countsInDb(a.id)).lines).toBe(1);
    expect((await countsInDb(b.id)).lines).toBe(1);
  });

  it("refuses more than 200 orders at once, and an empty selection", async () => {
    await signInAs("supervisor");
    const tooMany = await refreshOrdersBatchAction({ status: "FIRM_PLANNED", nos: Array.from({ length: 201 }, (_, i) => `X${i}`) });
    const none = await refreshOrdersBatchAction({ status: "FIRM_PLANNED", nos: [] });
    expect(tooMany).toMatchObject({ ok: false, fieldErrors: { nos: ["You can refresh at most 200 orders at a time."] } });
    expect(none).toMatchObject({ ok: false, fieldErrors: { nos: ["Select the orders to refresh."] } });
  });
});

describe("RF-5 the operations timeline reads what the refresh scheduled", () => {
  it("one operation per routing line, with its line No. and its work center's shop calendar", async () => {
    // GIVEN a refreshed bicycle order
    await signInAs("planner");
    const order = await makeOrder({ sourceNo: "1000", quantity: 5, dueDate: "2027-01-15", routingNo: "1000" });
    await signInAs("supervisor");
    expect(await refreshProductionOrderAction(null, { id: order.id })).toMatchObject({ ok: true });
    // WHEN a planner (orders.read) loads the timeline
    await signInAs("planner");
    const { operations, calendars } = await getOrderTimeline(order.id);
    // THEN it has every routing line, scheduled, on line 10000, and a calendar per work center
    const routing = await db.prodOrderRoutingLine.findMany({ where: { orderId: order.id } });
    expect(operations.map((o) => o.id).sort()).toEqual(routing.map((r) => r.id).sort());
    expect(operations.every((o) => o.lineNo === 10000 && o.start <= o.end)).toBe(true);
    for (const o of operations) expect(calendars.get(o.workCenterNo)?.calendar.days.length).toBeGreaterThan(0);
  });
});
