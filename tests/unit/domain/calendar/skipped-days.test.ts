import { describe, expect, it } from "vitest";
import { endingDateFromDueDate } from "@/lib/domain/production-order/dates";
import { skippedDays, type BaseCalendar } from "@/lib/domain/calendar/working-days";

// "Why this date?" (issue 23 item 2): the lead-time step names the location calendar's
// non-working days it did not count. 2027-03-19 is a Friday; 2027-03-15 a Monday.
const monFri: BaseCalendar = {
  workingWeekdays: [1, 2, 3, 4, 5],
  holidays: ["2027-03-17"],
  holidayNames: { "2027-03-17": "St. Patrick's Day" },
};

describe("skippedDays: the non-working days a lead-time count passed over", () => {
  it("GIVEN Due Date Tuesday − 3 working days THEN the weekend and the named holiday in between are listed, in date order", () => {
    // Tue 03-23 − 3 working days: Mon 22, Fri 19, Thu 18 (Wed 17 is a holiday; Sat 20 and Sun 21 the weekend)
    const ending = endingDateFromDueDate({ safetyLeadTimeDays: 3, inboundHandlingDays: 0, calendar: monFri, dueDate: "2027-03-23" });
    expect(ending).toBe("2027-03-18");
    expect(skippedDays(monFri, ending, "2027-03-23")).toEqual({
      days: [
        { date: "2027-03-20", reason: "weekend" },
        { date: "2027-03-21", reason: "weekend" },
      ],
      more: 0,
    });
    // AND across the holiday, it is named
    expect(skippedDays(monFri, "2027-03-16", "2027-03-18").days).toEqual([
      { date: "2027-03-17", reason: "holiday", name: "St. Patrick's Day" },
    ]);
  });

  it("GIVEN the dates in either order THEN the same days; the end points themselves are never listed", () => {
    expect(skippedDays(monFri, "2027-03-22", "2027-03-19")).toEqual(skippedDays(monFri, "2027-03-19", "2027-03-22"));
    expect(skippedDays(monFri, "2027-03-20", "2027-03-21").days).toEqual([]);
  });

  it("GIVEN a non-working weekday (a four-day week) THEN it is a non-working day, not a weekend", () => {
    const fourDays: BaseCalendar = { workingWeekdays: [1, 2, 3, 4], holidays: [] };
    expect(skippedDays(fourDays, "2027-03-18", "2027-03-22").days).toEqual([
      { date: "2027-03-19", reason: "nonWorkingDay" },
      { date: "2027-03-20", reason: "weekend" },
      { date: "2027-03-21", reason: "weekend" },
    ]);
  });

  it("GIVEN no location calendar (every day counts) THEN nothing was skipped; GIVEN many THEN the list is bounded and the rest counted", () => {
    expect(skippedDays(null, "2027-03-01", "2027-03-31")).toEqual({ days: [], more: 0 });
    const year = skippedDays(monFri, "2027-01-01", "2028-01-01", 20);
    expect(year.days).toHaveLength(20);
    expect(year.days.length + year.more).toBe(105); // 2027-01-02 … 2027-12-31: 104 weekend days and the holiday
  });
});
