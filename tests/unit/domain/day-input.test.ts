import { describe, expect, it } from "vitest";
import { dayPattern, formatDay, parseDay } from "@/lib/domain/dates/day-input";

describe("Date fields in the user's format, whatever the browser's language", () => {
  it("GIVEN a Dutch user WHEN a day is shown THEN it reads dd-mm-jjjj; an English user reads mm/dd/yyyy", () => {
    expect(formatDay("2027-03-01", "nl")).toBe("01-03-2027");
    expect(formatDay("2027-03-01", "en")).toBe("03/01/2027");
    expect(dayPattern("nl")).toBe("dd-mm-jjjj");
  });

  it.each([
    ["1-3-2027", "nl", "2027-03-01"],
    ["01.03.27", "nl", "2027-03-01"],
    ["010327", "nl", "2027-03-01"],
    ["3/1/2027", "en", "2027-03-01"],
    ["2027-03-01", "nl", "2027-03-01"],
    ["2027-03-01", "en", "2027-03-01"],
    ["", "nl", ""],
  ] as const)("GIVEN %s typed by a %s user WHEN read THEN it is %s", (text, locale, iso) => {
    expect(parseDay(text, locale)).toBe(iso);
  });

  it.each([
    ["31-02-2027", "nl"],
    ["13/13/2027", "en"],
    ["morgen", "nl"],
    ["1-3", "nl"],
  ] as const)("GIVEN %s (%s) WHEN read THEN it is not a date", (text, locale) => {
    expect(parseDay(text, locale)).toBeNull();
  });
});
