import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { createShopCalendarAction, deleteShopCalendarAction, updateShopCalendarAction } from "@/lib/actions/master-data/shop-calendars";
import { db } from "@/lib/db";
import { calendarHash } from "@/lib/services/master-data/shop-calendars/calendar-hash";
import { makeShopCalendar, makeWorkCenter, uniqueCode } from "../../factories";
import { signInAs, signOut } from "../../support/session";
import { auditOf, expectOnlyAdmins, form, snapshot } from "./md-forms-support";

// Master data: shop calendars — working hours per weekday (HH:MM, start < end, no overlap) and holidays.

const MON_FRI = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startTime: "08:00", endTime: "16:00" }));
const calForm = (fields: Record<string, unknown> = {}) =>
  form({ code: uniqueCode("C", 10), description: "Test", days: MON_FRI, holidays: [], ...fields } as Parameters<typeof form>[0]);
const hashOf = async (code: string) =>
  calendarHash(await db.shopCalendar.findUniqueOrThrow({ where: { code }, include: { days: true, holidays: true } }));

beforeAll(async () => {
  await signInAs("admin");
});

describe("MD-CAL-1 creating and editing a shop calendar", () => {
  it("GIVEN split shifts and a holiday WHEN saved THEN the hours are stored in minutes and audited", async () => {
    const code = uniqueCode("C", 10);
    const result = await createShopCalendarAction(
      null,
      calForm({
        code,
        days: [
          { weekday: 1, startTime: "08:00", endTime: "12:00" },
          { weekday: 1, startTime: "12:00", endTime: "24:00" },
        ],
        holidays: [{ date: "2026-12-25", description: "Christmas" }],
      }),
    );
    expect(result).toMatchObject({ ok: true });
    const days = await db.shopCalendarDay.findMany({ where: { calendarCode: code }, orderBy: { startTime: "asc" } });
    expect(days.map((d) => [d.weekday, d.startTime, d.endTime])).toEqual([
      [1, 480, 720],
      [1, 720, 1440],
    ]);
    expect(await db.shopCalendarHoliday.count({ where: { calendarCode: code } })).toBe(1);
    expect((await auditOf("ShopCalendar", code)).map((a) => a.action)).toEqual(["shopCalendar.create"]);
  });

  it.each([
    [
      "start after end",
      { days: [{ weekday: 2, startTime: "16:00", endTime: "08:00" }] },
      "days.0.endTime",
      "Ending Time must be later than Starting Time.",
    ],
    [
      "a time that is not HH:MM",
      { days: [{ weekday: 2, startTime: "8am", endTime: "16:00" }] },
      "days.0.startTime",
      "Starting Time must be a time (HH:MM).",
    ],
    [
      "weekday 0",
      { days: [{ weekday: 0, startTime: "08:00", endTime: "16:00" }] },
      "days.0.weekday",
      "Weekday must be 1 (Monday) to 7 (Sunday).",
    ],
    [
      "overlapping hours",
      {
        days: [
          { weekday: 3, startTime: "08:00", endTime: "12:00" },
          { weekday: 3, startTime: "11:00", endTime: "14:00" },
        ],
      },
      "days.1.startTime",
      "The working hours overlap other hours of the same weekday.",
    ],
    ["no working hours at all", { days: [] }, "days", undefined],
  ] as const)("GIVEN %s WHEN saved THEN refused beside the field and nothing is written", async (_c, fields, field, message) => {
    const before = await snapshot();
    const result = await createShopCalendarAction(null, calForm(fields));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors[field]).toEqual(message ? [message] : [expect.stringContaining("must have working hours")]);
    expect(await snapshot()).toEqual(before);
  });

  it("GIVEN a calendar WHEN saved with the fingerprint it read THEN hours are replaced; a second save with the old fingerprint is stale", async () => {
    const cal = await makeShopCalendar(db);
    const read = await hashOf(cal.code);
    expect(
      await updateShopCalendarAction(
        null,
        calForm({ code: cal.code, readHash: read, days: [{ weekday: 6, startTime: "06:00", endTime: "14:00" }] }),
      ),
    ).toMatchObject({ ok: true });
    expect((await db.shopCalendarDay.findMany({ where: { calendarCode: cal.code } })).map((d) => d.weekday)).toEqual([6]);
    const before = await snapshot();
    expect(await updateShopCalendarAction(null, calForm({ code: cal.code, readHash: read }))).toMatchObject({
      ok: false,
      code: "STALE",
      message: `Shop Calendar ${cal.code} was changed by someone else. Reload it.`,
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe("MD-CAL-2 deleting a shop calendar", () => {
  it("GIVEN a work center on the calendar WHEN deleted THEN refused naming the work center", async () => {
    const cal = await makeShopCalendar(db);
    const wc = await makeWorkCenter(db, { shopCalendarCode: cal.code });
    expect(await deleteShopCalendarAction(null, { code: cal.code, readHash: await hashOf(cal.code) })).toMatchObject({
      ok: false,
      code: "IN_USE",
      message: `Shop Calendar ${cal.code} cannot be deleted because Work Center ${wc.no} refers to it.`,
    });
  });

  it("GIVEN an unused calendar WHEN deleted THEN its days and holidays are gone and the delete is audited", async () => {
    const cal = await makeShopCalendar(db, { holidays: ["2026-01-01"] });
    expect(await deleteShopCalendarAction(null, { code: cal.code, readHash: await hashOf(cal.code) })).toMatchObject({ ok: true });
    expect(await db.shopCalendarDay.count({ where: { calendarCode: cal.code } })).toBe(0);
    expect((await auditOf("ShopCalendar", cal.code)).map((a) => a.action)).toEqual(["shopCalendar.delete"]);
  });
});

describe("X-1 only admins maintain shop calendars", () => {
  it("GIVEN a planner, a supervisor or no session WHEN they create, edit or delete THEN each call is refused", async () => {
    const cal = await makeShopCalendar(db);
    const readHash = await hashOf(cal.code);
    await expectOnlyAdmins(
      () => [
        createShopCalendarAction(null, calForm()),
        updateShopCalendarAction(null, calForm({ code: cal.code, readHash })),
        deleteShopCalendarAction(null, { code: cal.code, readHash }),
      ],
      { signInAs, signOut },
    );
  });
});
