import { describe, expect, it } from "vitest";
import { dayBefore, weekOf } from "@/lib/domain/role-center/cue-dates";

describe("Role Center cue dates", () => {
  it.each([
    ["2026-12-07", "2026-12-07", "2026-12-13"], // Monday
    ["2026-12-09", "2026-12-07", "2026-12-13"], // Wednesday
    ["2026-12-13", "2026-12-07", "2026-12-13"], // Sunday belongs to the week before it
    ["2027-01-01", "2026-12-28", "2027-01-03"], // across a year end
  ])("GIVEN %s WHEN its week is asked for THEN it runs Monday %s to Sunday %s", (day, from, to) => {
    expect(weekOf(day)).toEqual({ from, to });
  });

  it("GIVEN the first of March WHEN the day before is asked for THEN it is the last of February", () => {
    expect(dayBefore("2028-03-01")).toBe("2028-02-29");
    expect(dayBefore("2027-03-01")).toBe("2027-02-28");
  });
});
