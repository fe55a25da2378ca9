import { describe, expect, it } from "vitest";
import { nextNoForLine, selectLine, type NextNoResult, type SeriesLineState } from "@/lib/domain/number-series/line-selection";
import { renderMessage } from "@/lib/i18n/domain-message";

/** A refusal with its message in English (the catalog's text for its key). */
const inEnglish = (r: NextNoResult) => (r.ok ? r : { ...r, message: renderMessage(r.message) });

function line(overrides: Partial<SeriesLineState> = {}): SeriesLineState {
  return {
    id: 1,
    lineNo: 10000,
    startingDate: null,
    startingNo: "PO-00001",
    endingNo: "",
    warningNo: "",
    incrementBy: 1,
    lastNoUsed: "",
    lastDateUsed: null,
    open: true,
    ...overrides,
  };
}

describe("NS-4 line for a date", () => {
  const undated = line({ id: 1, lineNo: 10000, startingDate: null });
  const jan = line({ id: 2, lineNo: 20000, startingDate: "2025-01-01" });
  const janSecond = line({ id: 3, lineNo: 30000, startingDate: "2025-01-01" });
  const janClosed = line({ id: 4, lineNo: 5000, startingDate: "2025-01-01", open: false });
  const july = line({ id: 5, lineNo: 40000, startingDate: "2025-07-01" });

  it.each([
    ["only an undated line", [undated], "2025-03-01", 1],
    ["the latest starting date on or before D", [undated, jan, july], "2025-03-01", 2],
    ["a line starting on D itself", [undated, jan, july], "2025-07-01", 5],
    ["the undated line before any dated one starts", [jan, undated, july], "2024-12-31", 1],
    ["the first open line by Line No. among equal dates", [janSecond, jan, janClosed], "2025-02-01", 2],
    ["nothing when every line starts after D", [jan, july], "2024-12-31", null],
    ["nothing when the latest date's lines are all closed", [undated, janClosed], "2025-02-01", null],
    ["nothing without lines", [], "2025-02-01", null],
  ])("GIVEN %s WHEN selecting THEN line %s", (_label, lines, date, expectedId) => {
    // GIVEN series lines / WHEN the line for the date is selected / THEN the expected one (or none)
    expect(selectLine(lines, date)?.id ?? null).toBe(expectedId);
  });
});

describe("NS-5 next number", () => {
  it.each([
    ["Starting No. when nothing was used", line(), "PO-00001"],
    ["Last No. Used + 1", line({ lastNoUsed: "PO-00009" }), "PO-00010"],
    ["Last No. Used + Increment-by", line({ startingNo: "A01", lastNoUsed: "A01", incrementBy: 7 }), "A08"],
    ["a grown number", line({ startingNo: "X1", lastNoUsed: "X99" }), "X100"],
    ["the Ending No. itself", line({ endingNo: "PO-00010", lastNoUsed: "PO-00009" }), "PO-00010"],
  ])("GIVEN %s WHEN the next number is taken THEN %s", (_label, state, expected) => {
    // GIVEN a line / WHEN the next number is taken / THEN it is the expected number
    const result = nextNoForLine(state, "2025-01-10", "P-ORD", false);
    expect(result).toMatchObject({ ok: true, no: expected });
  });

  it.each([
    ["stays open below Ending No.", line({ endingNo: "PO-00010", lastNoUsed: "PO-00008" }), false],
    ["closes on the last number", line({ endingNo: "PO-00010", lastNoUsed: "PO-00009" }), true],
    ["closes when the next would pass", line({ endingNo: "PO-00010", lastNoUsed: "PO-00005", incrementBy: 5 }), true],
    ["closes when the step jumps past", line({ endingNo: "PO-00010", lastNoUsed: "PO-00004", incrementBy: 5 }), true],
    ["never closes without Ending No.", line({ lastNoUsed: "PO-99998" }), false],
  ])("GIVEN a line that %s", (_label, state, closes) => {
    // GIVEN a line near its Ending No. / WHEN a number is taken / THEN closesLine says so
    const result = nextNoForLine(state, "2025-01-10", "P-ORD", false);
    expect(result.ok && result.closesLine).toBe(closes);
  });

  it.each([
    ["past Ending No.", line({ endingNo: "PO-00010", lastNoUsed: "PO-00010" })],
    ["past Ending No. by the step", line({ endingNo: "PO-00010", lastNoUsed: "PO-00008", incrementBy: 5 })],
    ["closed", line({ endingNo: "PO-00010", lastNoUsed: "PO-00010", open: false })],
  ])("GIVEN a line %s THEN the Ending No. message", (_label, state) => {
    // GIVEN an exhausted line / WHEN a number is taken / THEN BC's message with Ending No.
    expect(inEnglish(nextNoForLine(state, "2025-01-10", "P-ORD", false))).toEqual({
      ok: false,
      code: "PAST_ENDING",
      message: "You cannot assign numbers greater than PO-00010 from the number series P-ORD.",
    });
  });

  it("GIVEN no line THEN the no-line message with series and date", () => {
    // GIVEN selectLine found nothing / WHEN a number is asked / THEN NS-4's message
    expect(inEnglish(nextNoForLine(null, "2025-01-10", "P-ORD", false))).toEqual({
      ok: false,
      code: "NO_LINE",
      message: "You cannot assign new numbers from the number series P-ORD on 2025-01-10.",
    });
  });

  it.each([
    ["another prefix", line({ lastNoUsed: "SO-00005" })],
    ["a number below Starting No.", line({ startingNo: "PO-00100", lastNoUsed: "PO-00005" })],
    ["a number longer than 20 characters", line({ startingNo: "P1", lastNoUsed: "P9999999999999999999" })],
    ["a Last No. Used without digits", line({ lastNoUsed: "PO-" })],
    ["a Starting No. without digits", line({ startingNo: "PO-" })],
  ])("GIVEN %s THEN a PATTERN error", (_label, state) => {
    // GIVEN a line whose next number does not fit the series / WHEN taken / THEN refused
    const result = nextNoForLine(state, "2025-01-10", "P-ORD", false);
    expect(result).toMatchObject({ ok: false, code: "PATTERN" });
  });
});

describe("NS-6 warning number", () => {
  it.each([
    ["before Warning No.", "PO-00007", false],
    ["on Warning No.", "PO-00008", true],
    ["past Warning No.", "PO-00009", true],
  ])("GIVEN the next number is %s", (_label, lastNoUsed, warning) => {
    // GIVEN Warning No. PO-00009 / WHEN a number is taken / THEN it is assigned, with a warning once reached
    const state = line({ endingNo: "PO-00010", warningNo: "PO-00009", lastNoUsed });
    const result = nextNoForLine(state, "2025-01-10", "P-ORD", false);
    expect(result).toMatchObject({ ok: true, warning });
  });
});

describe("NS-7 date order", () => {
  const used = line({ lastNoUsed: "PO-00003", lastDateUsed: "2025-01-10" });

  it.each([
    ["a date before Last Date Used with Date Order", "2025-01-09", true, false],
    ["the same date with Date Order", "2025-01-10", true, true],
    ["a later date with Date Order", "2025-01-11", true, true],
    ["an earlier date without Date Order", "2025-01-01", false, true],
  ])("GIVEN %s", (_label, date, dateOrder, ok) => {
    // GIVEN a line last used on 2025-01-10 / WHEN a number is taken for the date / THEN allowed or not
    expect(nextNoForLine(used, date, "P-ORD", dateOrder).ok).toBe(ok);
  });

  it("names the series and Last Date Used in the message", () => {
    // GIVEN Date Order / WHEN an earlier date asks / THEN BC's date-order message
    expect(inEnglish(nextNoForLine(used, "2025-01-09", "P-ORD", true))).toEqual({
      ok: false,
      code: "DATE_ORDER",
      message: "You cannot assign new numbers from the number series P-ORD on a date before 2025-01-10.",
    });
  });
});
