// Covers PO-8 (and every decimal of the master data and the CSV import): one pure module reads a
// decimal in the notation of the user's locale, in two modes — "form" (what a person types, with
// the stored-value and other-keyboard tolerances) and "file" (what the locale's spreadsheet
// writes, nothing else) — and both refuse hex, exponents, Infinity and more than 38 digits.
import { describe, expect, it } from "vitest";
import { MAX_DECIMAL_DIGITS, readDecimal, writeDecimal } from "@/lib/domain/number/decimal-notation";

const LOCALES = ["en", "nl"] as const;
const MODES = ["form", "file"] as const;

describe("PO-8 decimal notation: one rule for form fields and file cells", () => {
  it.each([
    ["en", "1234.5", "1234.5"],
    ["en", "1,234.5", "1234.5"],
    ["en", "1,234,567", "1234567"],
    ["en", "1,234", "1234"],
    ["en", " -0.25 ", "-0.25"],
    ["en", "1234.50", "1234.50"],
    ["nl", "1234,5", "1234.5"],
    ["nl", "1.234,5", "1234.5"],
    ["nl", "1.234.567", "1234567"],
    ["nl", "-0,25", "-0.25"],
    ["nl", "455", "455"],
  ] as const)("%s reads %j as %s in both modes", (locale, text, value) => {
    // GIVEN the locale's own notation / WHEN read as a form field and as a file cell / THEN the same decimal
    for (const mode of MODES) expect(readDecimal(text, locale, mode), mode).toBe(value);
  });

  it.each([
    "0x10",
    "0X10",
    "1e3",
    "1E3",
    "1e-3",
    "0b101",
    "0o17",
    "Infinity",
    "-Infinity",
    "NaN",
    "+5",
    ".5",
    "5.",
    "1,2,3",
    "1.234,5.6",
    "1,23,456",
    "12 345",
    "١٢٣",
    "0.123,5",
    "01.234,5",
    "9".repeat(MAX_DECIMAL_DIGITS + 1),
    "9".repeat(10_000),
    "",
    "  ",
  ])("refuses %j in every locale and mode", (text) => {
    // GIVEN text that is not decimal notation / WHEN read in en and nl, form and file / THEN not a number
    for (const locale of LOCALES) for (const mode of MODES) expect(readDecimal(text, locale, mode), `${locale} ${mode}`).toBeNull();
  });

  it("refuses more than 38 digits however they are split or grouped", () => {
    // GIVEN 39 digits as whole and fraction, and grouped / WHEN read / THEN refused; 38 digits pass
    const d38 = `${"1".repeat(20)}.${"2".repeat(18)}`;
    expect(readDecimal(d38, "en", "file")).toBe(d38);
    expect(readDecimal(`${d38}3`, "en", "file")).toBeNull();
    expect(readDecimal(`${"1".repeat(20)},${"2".repeat(19)}`, "nl", "file")).toBeNull();
    expect(readDecimal(`1${".999".repeat(13)}`, "nl", "file")).toBeNull();
    expect(readDecimal(`1${",999".repeat(13)}`, "en", "form")).toBeNull();
  });

  it.each([
    // [locale, text, form, file]: where a person's typing and a spreadsheet's file differ
    ["nl", "12.345", "12.345", "12345"],
    ["nl", "1.234", "1.234", "1234"],
    ["nl", "7.5", "7.5", null],
    ["nl", "12.5", "12.5", null],
    ["nl", "0.123456", "0.123456", null],
    ["nl", "0.123", "0.123", null],
    ["nl", "1,234.50", null, null],
    ["en", "2,5", "2.5", null],
    ["en", "1234,50", "1234.50", null],
    ["en", "1,2345", "1.2345", null],
    ["en", "0,123", null, null],
    ["en", "1.234,5", null, null],
  ] as const)("%s %j is %s in a form and %s in a file", (locale, text, form, file) => {
    // GIVEN text in the other notation / WHEN read in each mode
    // THEN a form keeps the stored value and the other keyboard's decimal mark; a file refuses what it cannot be sure of
    expect(readDecimal(text, locale, "form")).toBe(form);
    expect(readDecimal(text, locale, "file")).toBe(file);
  });

  it("writes a canonical decimal with the locale's decimal mark and no grouping", () => {
    // GIVEN 1234.5 / WHEN written for a file / THEN as that locale reads it back in mode file
    expect(writeDecimal("1234.5", "nl")).toBe("1234,5");
    expect(writeDecimal("1234.5", "en")).toBe("1234.5");
    for (const locale of LOCALES) expect(readDecimal(writeDecimal("-1234.5", locale), locale, "file")).toBe("-1234.5");
  });
});
