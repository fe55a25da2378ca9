import { describe, expect, it } from "vitest";
import { validateSeriesLine, type SeriesLineInput } from "@/lib/domain/number-series/line-selection";
import { renderMessage } from "@/lib/i18n/domain-message";

const base: SeriesLineInput = { startingNo: "PO-00001", endingNo: "", warningNo: "", incrementBy: 1, lastNoUsed: "" };

describe("NS-2 series line setup", () => {
  it("accepts a plain line", () => {
    // GIVEN a Starting No. only / WHEN validated / THEN no errors and the line is open
    expect(validateSeriesLine(base)).toEqual({
      ok: true,
      fieldErrors: {},
      values: { startingNo: "PO-00001", endingNo: "", warningNo: "", lastNoUsed: "" },
      open: true,
    });
  });

  it.each([
    ["incrementBy 0", { incrementBy: 0 }, "incrementBy"],
    ["incrementBy -1", { incrementBy: -1 }, "incrementBy"],
    ["incrementBy 1.5", { incrementBy: 1.5 }, "incrementBy"],
    ["a blank Starting No.", { startingNo: "" }, "startingNo"],
    ["Ending No. below Starting No.", { startingNo: "A10", endingNo: "A9" }, "endingNo"],
    ["Warning No. below Starting No.", { startingNo: "A10", endingNo: "A99", warningNo: "A5" }, "warningNo"],
    ["Warning No. above Ending No.", { endingNo: "PO-00010", warningNo: "PO-00011" }, "warningNo"],
    ["Last No. Used above Ending No.", { endingNo: "PO-00010", lastNoUsed: "PO-00011" }, "lastNoUsed"],
    ["an Ending No. of another pattern", { endingNo: "SO-00010" }, "endingNo"],
    ["a Warning No. of another pattern", { warningNo: "PO-00010-X" }, "warningNo"],
    ["a Last No. Used of another pattern", { lastNoUsed: "X-00010" }, "lastNoUsed"],
    ["a Starting No. over 20 characters", { startingNo: "PO-000000000000000001" }, "startingNo"],
  ])("GIVEN %s THEN an error on %s only", (_label, change, field) => {
    // GIVEN one wrong field / WHEN validated / THEN exactly that field has an error
    const result = validateSeriesLine({ ...base, ...change });
    expect(result.ok).toBe(false);
    expect(Object.keys(result.fieldErrors)).toEqual([field]);
  });
});

describe("NS-3 setup rejects numbers without digits", () => {
  it.each([
    ["startingNo", "Starting No."],
    ["endingNo", "Ending No."],
    ["warningNo", "Warning No."],
    ["lastNoUsed", "Last No. Used"],
  ] as const)("GIVEN %s without digits THEN BC's message on that field", (field, caption) => {
    // GIVEN a number with no digit / WHEN validated / THEN it cannot be incremented, so it is refused
    const result = validateSeriesLine({ ...base, [field]: "ABC" });
    expect(renderMessage(result.fieldErrors[field]!)).toBe(
      `The value in the ${caption} field must have a number so that we can assign the next number in the series.`,
    );
  });
});

describe("NS-3 setup pads to one width", () => {
  it.each([
    [
      { startingNo: "A1", endingNo: "A10" },
      { startingNo: "A01", endingNo: "A10", warningNo: "", lastNoUsed: "" },
    ],
    [
      { startingNo: "PO-1", endingNo: "PO-1000", warningNo: "PO-900", lastNoUsed: "PO-5" },
      { startingNo: "PO-0001", endingNo: "PO-1000", warningNo: "PO-0900", lastNoUsed: "PO-0005" },
    ],
  ])("GIVEN %j THEN stores %j", (change, values) => {
    // GIVEN numbers of different widths / WHEN validated / THEN the padded values are returned
    const result = validateSeriesLine({ ...base, ...change });
    expect(result).toMatchObject({ ok: true, values });
  });
});

describe("NS-2 open is derived", () => {
  it.each([
    ["no Ending No.", { lastNoUsed: "PO-99999" }, true],
    ["nothing used yet", { endingNo: "PO-00010" }, true],
    ["room for one more", { endingNo: "PO-00010", lastNoUsed: "PO-00009" }, true],
    ["the last number used", { endingNo: "PO-00010", lastNoUsed: "PO-00010" }, false],
    ["the step jumping past", { endingNo: "PO-00010", lastNoUsed: "PO-00008", incrementBy: 5 }, false],
  ])("GIVEN %s THEN open = %s", (_label, change, open) => {
    // GIVEN Ending No. and Last No. Used / WHEN validated / THEN Open tells whether a number is left
    expect(validateSeriesLine({ ...base, ...change }).open).toBe(open);
  });
});
