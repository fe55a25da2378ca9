import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { createWorkCenterAction, deleteWorkCenterAction, updateWorkCenterAction } from "@/lib/actions/master-data/work-centers";
import { db } from "@/lib/db";
import { makeItem, makeMachineCenter, makeRouting, makeShopCalendar, makeWorkCenter, uniqueCode } from "../../factories";
import { signInAs, signOut } from "../../support/session";
import { auditOf, expectOnlyAdmins, form, makeOrder, snapshot } from "./md-forms-support";

// Master data: the work center card — Capacity > 0, Efficiency % in (0, 1000], an existing shop calendar.

let calendar: string;
const wcForm = (fields: Record<string, unknown> = {}) =>
  form({
    no: uniqueCode("WC"),
    name: "Test",
    capacity: "2",
    efficiency: "95",
    unitCost: "1.5",
    shopCalendarCode: calendar,
    ...fields,
  } as Parameters<typeof form>[0]);

beforeAll(async () => {
  await signInAs("admin");
  calendar = (await makeShopCalendar(db)).code;
});

describe("MD-WC-1 creating and editing a work center", () => {
  it("GIVEN valid values WHEN saved THEN the row reads back and the create is audited", async () => {
    const no = uniqueCode("WC");
    expect(await createWorkCenterAction(null, wcForm({ no }))).toMatchObject({ ok: true, data: { no } });
    const row = await db.workCenter.findUniqueOrThrow({ where: { no } });
    expect([Number(row.capacity), Number(row.efficiency), row.shopCalendarCode, row.version]).toEqual([2, 95, calendar, 1]);
    expect((await auditOf("WorkCenter", no)).map((a) => a.action)).toEqual(["workCenter.create"]);
  });

  it.each([
    ["Capacity 0", { capacity: "0" }, "capacity", "Capacity must be greater than 0 and at most 1000000."],
    ["Efficiency 0", { efficiency: "0" }, "efficiency", "Efficiency % must be greater than 0 and at most 1000."],
    ["Efficiency 1001", { efficiency: "1001" }, "efficiency", "Efficiency % must be greater than 0 and at most 1000."],
    ["Efficiency not a number", { efficiency: "abc" }, "efficiency", "Efficiency % must be a number."],
    ["an unknown shop calendar", { shopCalendarCode: "NOCAL" }, "shopCalendarCode", "Shop Calendar NOCAL does not exist."],
    ["an existing No.", { no: "100" }, "no", "Work Center 100 already exists."],
  ] as const)("GIVEN %s WHEN saved THEN refused beside the field and nothing is written", async (_c, fields, field, message) => {
    const before = await snapshot();
    const result = await createWorkCenterAction(null, wcForm(fields));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors[field]).toEqual([message]);
    expect(await snapshot()).toEqual(before);
  });

  it("GIVEN a work center WHEN edited twice from the same version THEN the second save is refused as stale", async () => {
    const wc = await makeWorkCenter(db, { shopCalendarCode: calendar });
    expect(await updateWorkCenterAction(null, wcForm({ no: wc.no, version: 1, efficiency: "1000" }))).toMatchObject({
      ok: true,
      data: { version: 2 },
    });
    expect(Number((await db.workCenter.findUniqueOrThrow({ where: { no: wc.no } })).efficiency)).toBe(1000);
    expect((await auditOf("WorkCenter", wc.no)).at(-1)?.changes).toMatchObject({ efficiency: ["100", "1000"] });
    const before = await snapshot();
    expect(await updateWorkCenterAction(null, wcForm({ no: wc.no, version: 1 }))).toMatchObject({
      ok: false,
      code: "STALE",
      message: `Work Center ${wc.no} was changed by someone else. Reload it.`,
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe("MD-WC-2 deleting a work center", () => {
  it("GIVEN a machine center, a routing operation and an order operation on it WHEN deleted THEN refused naming each", async () => {
    const wc = await makeWorkCenter(db, { shopCalendarCode: calendar });
    const mc = await makeMachineCenter(db, { workCenterNo: wc.no });
    const routing = await makeRouting(db, { lines: [{ operationNo: "30", workCenterNo: wc.no }] });
    const item = await makeItem(db);
    const order = await makeOrder({
      status: "PLANNED",
      no: uniqueCode("P"),
      sourceType: "ITEM",
      sourceNo: item.no,
      lineItemNo: item.no,
      workCenterNo: wc.no,
    });
    const before = await snapshot();
    expect(await deleteWorkCenterAction(null, { no: wc.no, version: 1 })).toMatchObject({
      ok: false,
      code: "IN_USE",
      message: `Work Center ${wc.no} cannot be deleted because Machine Center ${mc.no}, Routing ${routing.no} operation 30 and Planned production order ${order.no} refer to it.`,
    });
    expect(await snapshot()).toEqual(before);
  });

  it("GIVEN an unused work center WHEN deleted THEN it is gone and the delete is audited", async () => {
    const wc = await makeWorkCenter(db, { shopCalendarCode: calendar });
    expect(await deleteWorkCenterAction(null, { no: wc.no, version: 1 })).toMatchObject({ ok: true });
    expect(await db.workCenter.count({ where: { no: wc.no } })).toBe(0);
    expect((await auditOf("WorkCenter", wc.no)).map((a) => a.action)).toEqual(["workCenter.delete"]);
  });
});

describe("X-1 only admins maintain work centers", () => {
  it("GIVEN a planner, a supervisor or no session WHEN they create, edit or delete THEN each call is refused", async () => {
    const wc = await makeWorkCenter(db, { shopCalendarCode: calendar });
    await expectOnlyAdmins(
      () => [
        createWorkCenterAction(null, wcForm()),
        updateWorkCenterAction(null, wcForm({ no: wc.no, version: 1 })),
        deleteWorkCenterAction(null, { no: wc.no, version: 1 }),
      ],
      { signInAs, signOut },
    );
  });
});
