// Covers RF-5's scheduling horizon through every door that schedules: create with refresh (in
// English and Dutch), Refresh (back and forward), Replan. An order that cannot be scheduled
// within ten years (Quantity 999,999,999 due 2099-12-31; Quantity 20,000,000, which used to
// store a Starting Date-Time in the year 809; a Run Time of 1e9 minutes; a work center of tiny
// capacity or efficiency; a calendar with holidays for years) answers with a message on the field
// that caused it, at once, and writes nothing.
import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { createProductionOrderAction, updateProductionOrderAction } from "@/lib/actions/production-orders";
import { refreshProductionOrderAction } from "@/lib/actions/refresh";
import { replanAction } from "@/lib/actions/replan";
import { db } from "@/lib/db";
import { refreshProductionOrder } from "@/lib/services/production-orders/refresh-production-order";
import { makeItem, makeRouting, makeShopCalendar, makeWorkCenter } from "../../factories";
import { setLocale } from "../../support/locale";
import { signInAs } from "../../support/session";
import { formOf, writeState } from "../production-orders/helpers";
import { makeOrder, snapshotOrder } from "./helpers";

const SPAN =
  /^The order cannot be scheduled within 10 years: operation \S+ of Routing \S+ \(Item \S+\) needs more working time than its calendar has in that span\.$/;
const SPAN_NL =
  /^De order kan niet binnen 10 jaar worden gepland: bewerking \S+ van routing \S+ \(artikel \S+\) heeft meer werktijd nodig dan de agenda in die periode heeft\.$/;
const CREATE = { status: "FIRM_PLANNED", sourceType: "ITEM", sourceNo: "1000", locationCode: "BLUE", refresh: "on" };

async function lineCount() {
  return db.prodOrderLine.count();
}

beforeAll(async () => {
  await signInAs("supervisor");
});

describe("RF-5 horizon: create with refresh", () => {
  it.each([
    ["Quantity 999,999,999 due 2099-12-31", "999999999", "2099-12-31"],
    ["Quantity 20,000,000 (once a Starting Date-Time in the year 809)", "20000000", "2026-12-18"],
  ])("%s → a message on Quantity, nothing written", async (_label, quantity, dueDate) => {
    // GIVEN the database as it is
    const before = await writeState();
    const lines = await lineCount();
    // WHEN an order of Bicycle 1000 is created with refresh
    const result = await createProductionOrderAction(null, formOf({ ...CREATE, quantity, dueDate }));
    // THEN the Quantity field says why, and no order, line, audit entry or number was written
    expect(result).toMatchObject({ ok: false, code: "OUT_OF_HORIZON" });
    if (!result || result.ok) throw new Error("unreachable");
    expect(result.fieldErrors.quantity).toEqual([expect.stringMatching(SPAN)]);
    expect(await writeState()).toEqual(before);
    expect(await lineCount()).toBe(lines);
  });

  it("answers in Dutch beside Aantal", async () => {
    // GIVEN a Dutch-speaking user
    await setLocale("nl");
    try {
      const before = await writeState();
      // WHEN the same order is created
      const result = await createProductionOrderAction(null, formOf({ ...CREATE, quantity: "999999999", dueDate: "2099-12-31" }));
      // THEN the message is Dutch and nothing was written
      if (!result || result.ok) throw new Error("expected a refusal");
      expect(result.fieldErrors.quantity).toEqual([expect.stringMatching(SPAN_NL)]);
      expect(await writeState()).toEqual(before);
    } finally {
      await setLocale("en");
    }
  });
});

describe("RF-5 horizon: Refresh and Replan of an existing order", () => {
  let orderId: number;
  let version: number;
  beforeAll(async () => {
    const order = await makeOrder({
      sourceNo: "1000",
      routingNo: "1000",
      quantity: 999_999_999,
      dueDate: "2099-12-31",
      startingDateTime: new Date("2099-01-04T08:00:00Z"),
    });
    orderId = order.id;
    version = order.version;
  });

  it.each(["BACK", "FORWARD"])("Refresh %s → a message on Quantity, the order unchanged", async (direction) => {
    // GIVEN an order of 999,999,999 bicycles
    const before = await snapshotOrder(orderId);
    // WHEN refreshed in that direction
    const result = await refreshProductionOrderAction(null, formOf({ id: String(orderId), version: String(version), direction }));
    // THEN the Quantity field says why, and nothing changed
    expect(result).toMatchObject({ ok: false, code: "OUT_OF_HORIZON", fieldErrors: { quantity: [expect.stringMatching(SPAN)] } });
    expect(await snapshotOrder(orderId)).toEqual(before);
  });

  it("Replan → a message on Quantity, the order unchanged", async () => {
    // GIVEN a refreshed order whose line was written for 999,999,999 before the horizon existed
    const order = await makeOrder({ sourceNo: "1000", routingNo: "1000", quantity: 5, dueDate: "2026-12-18" });
    await refreshProductionOrder({ orderId: order.id }, null);
    await db.prodOrderLine.updateMany({ where: { orderId: order.id }, data: { quantity: 999_999_999 } });
    const { version: current } = await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
    const before = await snapshotOrder(order.id);
    // WHEN replanned / THEN the Quantity field says why, and nothing changed
    const result = await replanAction(
      null,
      formOf({ id: String(order.id), version: String(current), direction: "BACK", plan: "NO_LEVELS" }),
    );
    expect(result).toMatchObject({ ok: false, code: "OUT_OF_HORIZON", fieldErrors: { quantity: [expect.stringMatching(SPAN)] } });
    expect(await snapshotOrder(order.id)).toEqual(before);
  });
});

describe("RF-5 horizon: a Due Date change on the card (PO-9 reschedules the lines)", () => {
  it("an order whose line cannot be scheduled → a message on Quantity, the order unchanged", async () => {
    // GIVEN a refreshed single-level order whose line was written for 999,999,999
    const order = await makeOrder({ sourceNo: "1000", routingNo: "1000", quantity: 5, dueDate: "2026-12-18" });
    await refreshProductionOrder({ orderId: order.id }, null);
    await db.prodOrderLine.updateMany({ where: { orderId: order.id }, data: { quantity: 999_999_999 } });
    const o = await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
    const before = await snapshotOrder(order.id);
    // WHEN its Due Date is moved on the card
    const result = await updateProductionOrderAction(
      null,
      formOf({
        id: String(o.id),
        version: String(o.version),
        description: o.description,
        description2: o.description2,
        sourceType: o.sourceType,
        sourceNo: o.sourceNo,
        variantCode: o.variantCode,
        quantity: "5",
        dueDate: "2027-01-15",
        locationCode: o.locationCode ?? "",
      }),
    );
    // THEN the Quantity field says why, and nothing changed
    expect(result).toMatchObject({ ok: false, code: "OUT_OF_HORIZON", fieldErrors: { quantity: [expect.stringMatching(SPAN)] } });
    expect(await snapshotOrder(order.id)).toEqual(before);
  });
});

describe("RF-5 horizon: master data at extreme values", () => {
  const cases: [string, () => Promise<string>][] = [
    ["a Run Time of 1e9 minutes", async () => (await makeWorkCenter(db)).no],
    ["a work center of Capacity 0.00001", async () => (await makeWorkCenter(db, { capacity: "0.00001" })).no],
    ["a work center of Efficiency 0.001 %", async () => (await makeWorkCenter(db, { efficiency: "0.001" })).no],
    [
      "a calendar with a holiday on every day for 12 years",
      async () => {
        const holidays = Array.from({ length: 12 * 366 }, (_, i) => new Date(Date.UTC(2015, 0, 1 + i)).toISOString().slice(0, 10));
        const calendar = await makeShopCalendar(db, { holidays });
        return (await makeWorkCenter(db, { shopCalendarCode: calendar.code })).no;
      },
    ],
  ];

  it.each(cases)("%s → a message at once, nothing written", async (label, workCenter) => {
    // GIVEN an item whose one operation runs on that work center
    const runTime = label.startsWith("a Run Time") ? "1000000000" : "10";
    const routing = await makeRouting(db, { lines: [{ workCenterNo: await workCenter(), runTime }] });
    const item = await makeItem(db, { replenishmentSystem: "PROD_ORDER", routingNo: routing.no });
    const order = await makeOrder({ sourceNo: item.no, routingNo: routing.no, quantity: 10, dueDate: "2026-12-18" });
    const before = await snapshotOrder(order.id);
    // WHEN refreshed
    const result = await refreshProductionOrderAction(
      null,
      formOf({ id: String(order.id), version: String(order.version), direction: "BACK" }),
    );
    // THEN the order cannot be scheduled within ten years (the holidays: the calendar has no
    // working time, found within ten years of idle days), and nothing changed
    if (label.startsWith("a calendar")) {
      expect(result).toMatchObject({
        ok: false,
        code: "NO_WORKING_TIME",
        fieldErrors: { routingNo: [expect.stringMatching(/cannot be scheduled: The calendar has no working time\.$/)] },
      });
    } else {
      expect(result).toMatchObject({ ok: false, code: "OUT_OF_HORIZON", fieldErrors: { quantity: [expect.stringMatching(SPAN)] } });
    }
    expect(await snapshotOrder(order.id)).toEqual(before);
  });
});
