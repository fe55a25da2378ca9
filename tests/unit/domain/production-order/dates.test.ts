import { describe, expect, it } from "vitest";
import { endingDateFromDueDate, lineDueDate, rollUpHeader, startingDateWithoutRouting } from "@/lib/domain/production-order/dates";
import type { BaseCalendar } from "@/lib/domain/calendar/working-days";

// Mon–Fri; 2025-06-09 (Monday) is a holiday. 2025-06-13 is a Friday.
const location: BaseCalendar = { workingWeekdays: [1, 2, 3, 4, 5], holidays: ["2025-06-09"] };

describe("PO-3 ending date from due date", () => {
  it.each([
    ["no lead times", "2025-06-13", 0, 0, location, "2025-06-13"],
    ["a due date on a Sunday and no lead times", "2025-06-15", 0, 0, location, "2025-06-15"],
    ["safety lead time only", "2025-06-13", 1, 0, location, "2025-06-12"],
    ["safety plus inbound handling", "2025-06-13", 1, 2, location, "2025-06-10"],
    ["over a holiday and a weekend", "2025-06-11", 2, 0, location, "2025-06-06"],
    ["a due date on a Sunday", "2025-06-15", 1, 0, location, "2025-06-13"],
    ["no location calendar: every day works", "2025-06-11", 2, 1, null, "2025-06-08"],
  ])("%s", (_label, dueDate, safetyLeadTimeDays, inboundHandlingDays, calendar, expected) => {
    // GIVEN a Due Date and lead times / WHEN the Ending Date is derived / THEN working days back
    expect(endingDateFromDueDate({ dueDate, safetyLeadTimeDays, inboundHandlingDays, calendar })).toBe(expected);
  });

  it.each([
    ["negative safety lead time", -1, 0],
    ["fractional inbound handling", 0, 0.5],
  ])("rejects %s", (_label, safetyLeadTimeDays, inboundHandlingDays) => {
    // GIVEN an impossible lead time / WHEN derived / THEN a RangeError
    expect(() => endingDateFromDueDate({ dueDate: "2025-06-13", safetyLeadTimeDays, inboundHandlingDays, calendar: location })).toThrow(
      RangeError,
    );
  });
});

describe("RF-6 line due date", () => {
  it.each([
    ["no lead times", "2025-06-06", 0, 0, location, "2025-06-06"],
    ["over a weekend and a holiday", "2025-06-06", 1, 0, location, "2025-06-10"],
    ["safety plus inbound handling", "2025-06-10", 1, 2, location, "2025-06-13"],
    ["no location calendar", "2025-06-06", 1, 1, null, "2025-06-08"],
  ])("%s", (_label, endingDate, safetyLeadTimeDays, inboundHandlingDays, calendar, expected) => {
    // GIVEN an Ending Date / WHEN the Due Date is derived / THEN working days forward
    expect(lineDueDate({ endingDate, safetyLeadTimeDays, inboundHandlingDays, calendar })).toBe(expected);
  });

  it("inverts the ending-date rule on working days", () => {
    // GIVEN a working Due Date / WHEN going back and forth by the same lead times / THEN the same date
    const input = { safetyLeadTimeDays: 2, inboundHandlingDays: 1, calendar: location };
    const endingDate = endingDateFromDueDate({ ...input, dueDate: "2025-06-12" });
    expect(lineDueDate({ ...input, endingDate })).toBe("2025-06-12");
  });
});

describe("RF-5 starting date without routing", () => {
  it.each([
    ["zero lead time", "2025-06-10", 0, location, "2025-06-10"],
    ["over a holiday and a weekend", "2025-06-10", 2, location, "2025-06-05"],
    ["no location calendar", "2025-06-10", 2, null, "2025-06-08"],
  ])("%s", (_label, endingDate, leadTimeDays, calendar, expected) => {
    // GIVEN an Ending Date and Lead Time Calculation / WHEN no routing exists / THEN working days back
    expect(startingDateWithoutRouting({ endingDate, leadTimeDays, calendar })).toBe(expected);
  });

  it("rejects a negative lead time", () => {
    // GIVEN a negative lead time / WHEN derived / THEN a RangeError
    expect(() => startingDateWithoutRouting({ endingDate: "2025-06-10", leadTimeDays: -1, calendar: null })).toThrow(RangeError);
  });
});

describe("RF-6 header roll-up", () => {
  const at = (text: string) => new Date(`${text}:00.000Z`);

  it("takes the earliest start, latest end and latest due date", () => {
    // GIVEN lines with different dates / WHEN rolled up / THEN the header spans them all
    const header = rollUpHeader([
      { startingDateTime: at("2025-06-03T08:00"), endingDateTime: at("2025-06-05T12:00"), dueDate: "2025-06-06" },
      { startingDateTime: at("2025-06-02T10:00"), endingDateTime: at("2025-06-04T16:00"), dueDate: "2025-06-10" },
      { startingDateTime: at("2025-06-04T08:00"), endingDateTime: at("2025-06-06T09:00"), dueDate: "2025-06-09" },
    ]);
    expect(header).toEqual({
      startingDateTime: at("2025-06-02T10:00"),
      endingDateTime: at("2025-06-06T09:00"),
      dueDate: "2025-06-10",
    });
  });

  it.each([
    ["no lines", [], { startingDateTime: null, endingDateTime: null, dueDate: null }],
    [
      "blank dates on some lines",
      [
        { startingDateTime: null, endingDateTime: at("2025-06-05T12:00"), dueDate: null },
        { startingDateTime: at("2025-06-02T10:00"), endingDateTime: null, dueDate: "2025-06-06" },
      ],
      { startingDateTime: at("2025-06-02T10:00"), endingDateTime: at("2025-06-05T12:00"), dueDate: "2025-06-06" },
    ],
  ])("GIVEN %s THEN blanks are skipped", (_label, lines, expected) => {
    // GIVEN lines with missing dates / WHEN rolled up / THEN only real dates count
    expect(rollUpHeader(lines)).toEqual(expected);
  });
});
