import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { createLocationAction, deleteLocationAction, updateLocationAction } from "@/lib/actions/master-data/locations";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { msg } from "@/lib/i18n/domain-message";
import { withForeignKeyGuard } from "@/lib/services/master-data/record-guards";
import { makeItem, makeLocation, makeSalesOrder, uniqueCode } from "../../factories";
import { signInAs, signOut } from "../../support/session";
import { auditOf, expectOnlyAdmins, form, makeOrder, snapshot } from "./md-forms-support";

// Master data: the location card with its base calendar (working weekdays + holidays).

const locationForm = (fields: Record<string, unknown> = {}) =>
  form({
    code: uniqueCode("L", 10),
    name: "Test",
    inboundHandlingDays: "1",
    workingWeekdays: [1, 2, 3, 4, 5],
    holidays: [],
    ...fields,
  } as Parameters<typeof form>[0]);

beforeAll(async () => {
  await signInAs("admin");
});

describe("MD-LOC-1 creating and editing a location", () => {
  it("GIVEN weekdays Mon–Sat and two holidays WHEN saved THEN the base calendar reads back and the create is audited", async () => {
    // GIVEN / WHEN
    const code = uniqueCode("L", 10);
    const result = await createLocationAction(
      null,
      locationForm({
        code: code.toLowerCase(),
        workingWeekdays: [6, 1, 2, 3, 4, 5],
        holidays: [
          { date: "2026-12-25", description: "Christmas" },
          { date: "2026-12-26", description: "" },
        ],
      }),
    );
    // THEN
    expect(result).toMatchObject({ ok: true, data: { code } });
    const row = await db.location.findUniqueOrThrow({ where: { code }, include: { holidays: { orderBy: { date: "asc" } } } });
    expect(row).toMatchObject({ inboundHandlingDays: 1, workingWeekdays: [1, 2, 3, 4, 5, 6], version: 1 });
    expect(row.holidays.map((h) => [h.date.toISOString().slice(0, 10), h.description])).toEqual([
      ["2026-12-25", "Christmas"],
      ["2026-12-26", ""],
    ]);
    expect((await auditOf("Location", code)).map((a) => a.action)).toEqual(["location.create"]);
  });

  it.each([
    ["a code of 11 characters", { code: "ABCDEFGHIJK" }, "code", "Code cannot be longer than 10 characters."],
    ["a weekday 8", { workingWeekdays: [1, 8] }, "workingWeekdays", "Working days must be weekdays 1 (Monday) to 7 (Sunday)."],
    [
      "a negative handling time",
      { inboundHandlingDays: "-1" },
      "inboundHandlingDays",
      "Inbound Whse. Handling Time must be between 0 and 365.",
    ],
    ["a holiday that is not a date", { holidays: [{ date: "2026-02-30" }] }, "holidays.0.date", "Date must be a date."],
    [
      "the same holiday twice",
      { holidays: [{ date: "2026-05-01" }, { date: "2026-05-01" }] },
      "holidays.1.date",
      "The holiday 2026-05-01 is already in the list.",
    ],
    ["an existing code", { code: "BLUE" }, "code", "Location BLUE already exists."],
  ] as const)("GIVEN %s WHEN saved THEN refused beside the field and nothing is written", async (_c, fields, field, message) => {
    const before = await snapshot();
    const result = await createLocationAction(null, locationForm(fields));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors[field]).toEqual([message]);
    expect(await snapshot()).toEqual(before);
  });

  it("GIVEN a location WHEN its weekdays and holidays change THEN they are replaced; a stale second save is refused", async () => {
    // GIVEN
    const loc = await makeLocation(db, { holidays: ["2026-01-01"] });
    // WHEN
    const saved = await updateLocationAction(
      null,
      locationForm({
        code: loc.code,
        version: 1,
        workingWeekdays: [1, 2, 3, 4],
        holidays: [{ date: "2026-04-27", description: "King's Day" }],
      }),
    );
    // THEN
    expect(saved).toMatchObject({ ok: true, data: { version: 2 } });
    const row = await db.location.findUniqueOrThrow({ where: { code: loc.code }, include: { holidays: true } });
    expect(row.workingWeekdays).toEqual([1, 2, 3, 4]);
    expect(row.holidays.map((h) => h.description)).toEqual(["King's Day"]);
    expect((await auditOf("Location", loc.code)).at(-1)?.changes).toMatchObject({ workingWeekdays: ["1,2,3,4,5", "1,2,3,4"] });
    const before = await snapshot();
    const stale = await updateLocationAction(null, locationForm({ code: loc.code, version: 1, name: "Late" }));
    expect(stale).toMatchObject({ ok: false, code: "STALE", message: `Location ${loc.code} was changed by someone else. Reload it.` });
    expect(await snapshot()).toEqual(before);
  });
});

describe("MD-LOC-2 deleting a location", () => {
  it("GIVEN demo location BLUE with SKUs, inventory, sales orders WHEN deleted THEN refused naming them", async () => {
    const { version } = await db.location.findUniqueOrThrow({ where: { code: "BLUE" } });
    const before = await snapshot();
    const result = await deleteLocationAction(null, { code: "BLUE", version });
    expect(result).toMatchObject({ ok: false, code: "IN_USE" });
    if (result.ok) return;
    expect(result.message).toMatch(
      /^Location BLUE cannot be deleted because Stockkeeping Unit of item 1100, Inventory of item .*Sales Order SO-1001.* refer to it\.$/,
    );
    expect(await snapshot()).toEqual(before);
  });

  it("GIVEN only a production order uses a location WHEN deleted THEN refused naming the order", async () => {
    const loc = await makeLocation(db);
    const item = await makeItem(db);
    const order = await makeOrder({
      status: "RELEASED",
      no: uniqueCode("R"),
      sourceType: "ITEM",
      sourceNo: item.no,
      locationCode: loc.code,
      lineItemNo: item.no,
    });
    const result = await deleteLocationAction(null, { code: loc.code, version: 1 });
    expect(result).toMatchObject({
      ok: false,
      message: `Location ${loc.code} cannot be deleted because Released production order ${order.no} refers to it.`,
    });
  });

  it("GIVEN only a sales line uses a location WHEN deleted THEN refused naming the sales order", async () => {
    const loc = await makeLocation(db);
    const so = await makeSalesOrder(db, { lines: [{ no: "1000", locationCode: loc.code }] });
    expect(await deleteLocationAction(null, { code: loc.code, version: 1 })).toMatchObject({
      ok: false,
      message: `Location ${loc.code} cannot be deleted because Sales Order ${so.no} refers to it.`,
    });
  });

  it("GIVEN an unused location WHEN deleted THEN it and its holidays are gone and the delete is audited", async () => {
    const loc = await makeLocation(db, { holidays: ["2026-01-01"] });
    expect(await deleteLocationAction(null, { code: loc.code, version: 1 })).toMatchObject({ ok: true });
    expect(await db.location.count({ where: { code: loc.code } })).toBe(0);
    expect(await db.locationHoliday.count({ where: { locationCode: loc.code } })).toBe(0);
    expect((await auditOf("Location", loc.code)).map((a) => a.action)).toEqual(["location.delete"]);
  });

  it("GIVEN a referrer the checks do not look at WHEN the database refuses the delete (23503) THEN the message still says what refers to it", async () => {
    // GIVEN BLUE has stockkeeping units; WHEN deleted without the checks
    const attempt = withForeignKeyGuard(msg("partLocation", { code: "BLUE" }), () => db.location.delete({ where: { code: "BLUE" } }));
    // THEN a clear domain error, not a crash
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    await expect(
      withForeignKeyGuard(msg("partLocation", { code: "BLUE" }), () => db.location.delete({ where: { code: "BLUE" } })),
    ).rejects.toMatchObject({
      code: "IN_USE",
      message: expect.stringMatching(/^Location BLUE cannot be deleted because Stockkeeping Unit records refer to it\.$/),
    });
  });
});

describe("X-1 only admins maintain locations", () => {
  it("GIVEN a planner, a supervisor or no session WHEN they create, edit or delete THEN each call is refused and nothing is written", async () => {
    const loc = await makeLocation(db);
    await expectOnlyAdmins(
      () => [
        createLocationAction(null, locationForm()),
        updateLocationAction(null, locationForm({ code: loc.code, version: 1 })),
        deleteLocationAction(null, { code: loc.code, version: 1 }),
      ],
      { signInAs, signOut },
    );
  });
});
