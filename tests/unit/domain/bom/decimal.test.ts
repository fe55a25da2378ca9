import { describe, expect, it } from "vitest";
import {
  addDecimal,
  compareDecimal,
  decimalToString,
  divDecimal,
  InvalidDecimalError,
  mulDecimal,
  parseDecimal,
  roundDecimal,
} from "@/lib/domain/bom/decimal";

describe("RF-3 exact decimals", () => {
  it.each([
    ["1.5", "1.5"],
    ["-0.25", "-0.25"],
    ["+2", "2"],
    [".5", "0.5"],
    ["5.", "5"],
    ["1e-7", "0.0000001"],
    ["1.5E3", "1500"],
    ["000.100", "0.1"],
    [0.1, "0.1"],
    [1e21, "1000000000000000000000"],
    [12345678901234567890n, "12345678901234567890"],
    ["-0", "0"],
  ] as const)("GIVEN %s WHEN parsed and printed THEN %s", (input, expected) => {
    // GIVEN text, a number or a bigint / WHEN read / THEN the exact value, printed plainly
    expect(decimalToString(parseDecimal(input))).toBe(expected);
  });

  it.each(["", "abc", "1.2.3", "--1", ".", "1e", Number.NaN, Number.POSITIVE_INFINITY])("rejects %j", (input) => {
    // GIVEN something that is not a number / WHEN parsed / THEN refused
    expect(() => parseDecimal(input)).toThrow(InvalidDecimalError);
  });

  it.each([
    ["0.1", "3", "0.3"],
    ["0.1", "0.2", "0.02"],
    ["-1.5", "2", "-3"],
    ["123456789.123456789012345", "1000", "123456789123.456789012345"],
  ])("%s × %s = %s exactly", (a, b, product) => {
    // GIVEN two decimals / WHEN multiplied / THEN no binary rounding error
    expect(decimalToString(mulDecimal(a, b))).toBe(product);
  });

  it.each([
    ["0.1", "0.2", "0.3"],
    ["1", "-1.000", "0"],
    ["99999999999999999999.999999999999999", "0.000000000000001", "100000000000000000000"],
  ])("%s + %s = %s exactly", (a, b, sum) => {
    // GIVEN two decimals / WHEN added / THEN exact
    expect(decimalToString(addDecimal(a, b))).toBe(sum);
  });

  it.each([
    ["1", "3", 15, "0.333333333333333"],
    ["2", "3", 15, "0.666666666666667"],
    ["-2", "3", 15, "-0.666666666666667"],
    ["1", "8", 2, "0.13"],
    ["-1", "8", 2, "-0.13"],
    ["10", "0.5", 15, "20"],
    ["0.000001", "1000", 15, "0.000000001"],
  ] as const)("%s ÷ %s to %i decimals = %s (half away from zero)", (a, b, scale, quotient) => {
    // GIVEN a division / WHEN rounded to the scale / THEN half away from zero, like PostgreSQL
    expect(decimalToString(divDecimal(a, b, scale))).toBe(quotient);
  });

  it("refuses to divide by zero", () => {
    // GIVEN a zero divisor / WHEN dividing / THEN a RangeError
    expect(() => divDecimal("1", "0.000")).toThrow(RangeError);
  });

  it.each([
    ["0.1234567890123455", "0.123456789012346"],
    ["-0.1234567890123455", "-0.123456789012346"],
    ["0.1234567890123454", "0.123456789012345"],
    ["2.5", "2.5"],
  ])("rounds %s to 15 decimals as %s", (value, rounded) => {
    // GIVEN more decimals than numeric(38,15) holds / WHEN rounded / THEN half away from zero
    expect(decimalToString(roundDecimal(value))).toBe(rounded);
  });

  it.each([
    ["1.0", "1", 0],
    ["0.9", "1", -1],
    ["-1", "-2", 1],
  ] as const)("compares %s and %s as %i", (a, b, expected) => {
    // GIVEN two decimals of different scales / WHEN compared / THEN by value
    expect(compareDecimal(a, b)).toBe(expected);
  });
});
