import { describe, expect, it } from "vitest";
import { compareNos, digitValue, incrementNo, NoDigitsError, padToWidth, samePattern, splitNo } from "@/lib/domain/number-series/increment";

describe("NS-3 increment", () => {
  it.each([
    ["PO-00009", 1, "PO-00010"],
    ["A10B20", 1, "A10B21"],
    ["X99", 1, "X100"],
    ["A01", 7, "A08"],
    ["9", 1, "10"],
    ["0", 1, "1"],
    ["PO-00001-X", 1, "PO-00002-X"],
    ["2024-0001", 10, "2024-0011"],
    ["A10B20", 0, "A10B20"],
    ["99999999999999999999", 1, "100000000000000000000"],
    ["00000000000000000001", 1, "00000000000000000002"],
    ["N12345678901234567890", 10, "N12345678901234567900"],
  ])("GIVEN %s WHEN incremented by %i THEN %s", (no, by, expected) => {
    // GIVEN a number and an Increment-by No. / WHEN incremented / THEN only the right-most run moves
    expect(incrementNo(no, by)).toBe(expected);
  });

  it("defaults the increment to 1 and accepts a bigint step", () => {
    // GIVEN no explicit step / WHEN incremented / THEN one is added; a bigint step works the same
    expect(incrementNo("PO-001")).toBe("PO-002");
    expect(incrementNo("PO-001", 10n)).toBe("PO-011");
  });

  it.each(["", "PO-", "ABC", "---"])("rejects %j with NoDigitsError carrying the number", (no) => {
    // GIVEN a number without digits / WHEN incremented / THEN a typed error names it
    expect(() => incrementNo(no)).toThrow(NoDigitsError);
    try {
      incrementNo(no);
    } catch (error) {
      expect((error as NoDigitsError).no).toBe(no);
    }
  });

  it.each([-1, 1.5, Number.NaN])("rejects the step %s", (by) => {
    // GIVEN a negative or fractional step / WHEN incremented / THEN a RangeError, not a wrong number
    expect(() => incrementNo("A1", by)).toThrow(RangeError);
  });

  it.each([
    ["A10B20", { prefix: "A10B", digits: "20", suffix: "" }],
    ["PO-7X", { prefix: "PO-", digits: "7", suffix: "X" }],
    ["123", { prefix: "", digits: "123", suffix: "" }],
    ["ABC", null],
  ])("splits %s around its right-most digit run", (no, parts) => {
    // GIVEN a number / WHEN split / THEN the digit run is the whole right-most run
    expect(splitNo(no)).toEqual(parts);
  });
});

describe("NS-3 padding to one width", () => {
  it.each([
    [
      ["A1", "A10"],
      ["A01", "A10"],
    ],
    [
      ["A1", "A10", "A9", "A5"],
      ["A01", "A10", "A09", "A05"],
    ],
    [
      ["PO-1", "", "", ""],
      ["PO-1", "", "", ""],
    ],
    [
      ["PO-1", "PO-999", "", "PO-50"],
      ["PO-001", "PO-999", "", "PO-050"],
    ],
    [
      ["X1Y", "X100Y"],
      ["X001Y", "X100Y"],
    ],
    [
      ["ABC", "A5", "A10"],
      ["ABC", "A05", "A10"],
    ],
    [[], []],
  ])("GIVEN %j WHEN padded THEN %j", (values, expected) => {
    // GIVEN Starting/Ending/Warning/Last No. Used / WHEN padded / THEN all digit runs share a width
    expect(padToWidth(values)).toEqual(expected);
  });
});

describe("NS-3 numeric comparison and pattern", () => {
  it.each([
    ["A9", "A10", -1],
    ["A10", "A9", 1],
    ["A010", "A10", 0],
    ["PO-00001", "PO-00001", 0],
    ["99999999999999999998", "99999999999999999999", -1],
  ] as const)("compareNos(%s, %s) = %i", (a, b, expected) => {
    // GIVEN two numbers of one pattern / WHEN compared / THEN by value, not by text
    expect(compareNos(a, b)).toBe(expected);
  });

  it("reads 20-digit runs exactly", () => {
    // GIVEN a run beyond Number.MAX_SAFE_INTEGER / WHEN read / THEN no digit is lost
    expect(digitValue("N99999999999999999999")).toBe(99999999999999999999n);
  });

  it("throws NoDigitsError when comparing a number without digits", () => {
    // GIVEN a number without digits / WHEN compared / THEN the comparison refuses
    expect(() => compareNos("ABC", "A1")).toThrow(NoDigitsError);
  });

  it.each([
    ["PO-9", "PO-00010", true],
    ["A10B20", "A10B99", true],
    ["A10B20", "A11B20", false],
    ["PO-1", "SO-1", false],
    ["PO-1X", "PO-1Y", false],
    ["PO-1", "PO-1-A", false],
    ["PO-", "PO-", false],
  ] as const)("samePattern(%s, %s) = %s", (a, b, expected) => {
    // GIVEN two numbers / WHEN their patterns are compared / THEN only the run width may differ
    expect(samePattern(a, b)).toBe(expected);
  });
});
