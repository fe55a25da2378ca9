import { describe, expect, it } from "vitest";
import { describeChanges, type ChangeWords } from "@/lib/i18n/describe-changes";

// the order's History shows what changed in the reader's words (the card passes next-intl's
// translators; here a small dictionary stands in for them).
const CAPTIONS: Record<string, string> = {
  sourceType: "Source Type",
  quantity: "Quantity",
  dueDate: "Due Date",
  status: "Status",
  refreshed: "Refresh",
  deleted: "Orders deleted",
};
const CODES: Record<string, string> = { "sourceType.ITEM": "Item", "status.FIRM_PLANNED": "Firm Planned", "status.RELEASED": "Released" };
const words: ChangeWords = {
  caption: (key) => CAPTIONS[key] ?? null,
  code: (key, value) => CODES[`${key}.${value}`] ?? null,
  date: (iso) => `<date ${iso.slice(0, 10)}>`,
  dateTime: (iso) => `<time ${iso}>`,
  number: (n) => `<${n}>`,
  yes: "Yes",
  no: "No",
};

describe("X-3 describeChanges", () => {
  it("names fields by caption and codes, dates, quantities and booleans in the reader's words; a code that looks like a number stays as it is", () => {
    // GIVEN a create entry as the service stores it WHEN it is rendered
    const text = describeChanges({ sourceType: "ITEM", sourceNo: "1000", quantity: "10", dueDate: "2027-01-15", refreshed: true }, words);
    // THEN captions and words replace keys and codes; Source No. 1000 is not a quantity
    expect(text).toBe("Source Type: Item; sourceNo: 1000; Quantity: <10>; Due Date: <date 2027-01-15>; Refresh: Yes");
  });

  it("shows an edited field as old → new, a date column stored at midnight UTC as a date, and an empty value as ∅", () => {
    // GIVEN edit and status-change entries ([old, new] pairs) WHEN rendered THEN each reads old → new
    expect(describeChanges({ dueDate: ["2027-01-15T00:00:00.000Z", "2027-02-01T00:00:00.000Z"], quantity: [null, 5] }, words)).toBe(
      "Due Date: <date 2027-01-15> → <date 2027-02-01>; Quantity: ∅ → <5>",
    );
    expect(describeChanges({ status: ["FIRM_PLANNED", "RELEASED"], finishedDate: [null, "2027-01-15T00:00:00.000Z"] }, words)).toBe(
      "Status: Firm Planned → Released; finishedDate: ∅ → <date 2027-01-15>",
    );
  });

  it("reads a value by its field, not by its shape: a date-time at midnight stays a date-time, a date-like Description stays text", () => {
    // GIVEN a Starting Date-Time at 00:00 UTC and a Description that looks like a date WHEN rendered
    const text = describeChanges(
      { startingDateTime: ["2027-01-15T00:00:00.000Z", "2027-01-16T08:00:00.000Z"], description: ["2026-12-01", "2026-13-45"] },
      words,
    );
    // THEN the date-time keeps its time and the Description is shown as typed
    expect(text).toBe(
      "startingDateTime: <time 2027-01-15T00:00:00.000Z> → <time 2027-01-16T08:00:00.000Z>; description: 2026-12-01 → 2026-13-45",
    );
  });

  it("lists a replan's order numbers rather than reading two of them as old → new", () => {
    // GIVEN a replan entry that deleted two child orders WHEN rendered THEN both numbers are listed
    expect(describeChanges({ deleted: ["101003", "101004"] }, words)).toBe("Orders deleted: 101003, 101004");
  });

  it("lists the fields in the reader's order, whatever order the stored entry has", () => {
    // GIVEN jsonb's own key order WHEN rendered with the card's order THEN fields follow the card, unknown keys last
    const ordered = { ...words, order: ["sourceType", "quantity", "dueDate"] };
    expect(describeChanges({ dueDate: "2027-01-15", extra: "x", quantity: "5", sourceType: "ITEM" }, ordered)).toBe(
      "Source Type: Item; Quantity: <5>; Due Date: <date 2027-01-15>; extra: x",
    );
  });

  it("keeps an unknown code as it is and shows nothing for an entry without changes", () => {
    // GIVEN a code the dictionary does not know, counts, and entries without changes WHEN rendered
    // THEN the code is shown as stored, counts as numbers, and an empty entry as nothing
    expect(describeChanges({ status: "SOMETHING_NEW" }, words)).toBe("Status: SOMETHING_NEW");
    expect(describeChanges({ lines: 3, components: 12 }, words)).toBe("lines: <3>; components: <12>");
    expect(describeChanges(null, words)).toBe("");
    expect(describeChanges([1, 2], words)).toBe("");
  });
});
