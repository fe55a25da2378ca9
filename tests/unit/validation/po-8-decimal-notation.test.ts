// Covers PO-8 (and the master data's decimal fields): a number is read only in the decimal
// notation of the user's locale — en 1,234.5 / 1234.5, nl 1.234,5 / 1234,5 — never as hex, an
// exponent, Infinity or an unbounded run of digits; one parser serves every decimal field.
import { describe, expect, it } from "vitest";
import { decimalField } from "@/lib/validation/master-data/fields";
import { numberField } from "@/lib/validation/master-data/shared-fields";
import { parseDecimalText, withNumberLocale } from "@/lib/validation/decimal-text";
import { quantitySchema } from "@/lib/validation/production-order";

describe("PO-8 decimal notation of the user's locale", () => {
  it.each([
    ["en", "1234.5", "1234.5"],
    ["en", "1,234.5", "1234.5"],
    ["en", "1,234,567", "1234567"],
    ["en", "1,234", "1234"],
    ["en", "2,5", "2.5"],
    ["en", " -0.25 ", "-0.25"],
    ["nl", "1234,5", "1234.5"],
    ["nl", "1.234,5", "1234.5"],
    ["nl", "1.234.567", "1234567"],
    // A single "." stays the decimal mark in Dutch: forms send stored values back as "12.345".
    ["nl", "1.234", "1.234"],
    ["nl", "12.345", "12.345"],
    ["nl", "7.5", "7.5"],
    ["nl", "0.123456", "0.123456"],
  ] as const)("%s reads %j as %s", (locale, text, value) => {
    // GIVEN a user of that locale / WHEN the text is read / THEN the decimal it stands for
    expect(parseDecimalText(text, locale)).toBe(value);
  });

  it.each(["0x10", "0X10", "1e3", "1E3", "1e-3", "0b101", "0o17", "Infinity", "-Infinity", "NaN", "+5", ".5", "5.", "1,2,3", "1.234,5.6",
    "1,23,456", "12 345", "١٢٣", "9".repeat(39), "9".repeat(10_000), "", "  "])("refuses %j in both locales", (text) => {
    // GIVEN text that is not decimal notation / WHEN read in en and nl / THEN not a number
    expect(parseDecimalText(text, "en")).toBeNull();
    expect(parseDecimalText(text, "nl")).toBeNull();
  });

  it("refuses what is grouping in one locale but not in the other", () => {
    // GIVEN 1,234.5 (English) and 1.234,5 (Dutch) / WHEN read in the other locale / THEN refused
    expect(parseDecimalText("1,234.5", "nl")).toBeNull();
    expect(parseDecimalText("1.234,5", "en")).toBeNull();
  });

  it("Quantity reads the locale the request set, and refuses 0x10 in both", () => {
    // GIVEN a Dutch request / WHEN Quantity 1.234,5 is parsed / THEN 1234.5; 0x10 is refused
    expect(withNumberLocale("nl", () => quantitySchema.parse("1.234,5"))).toBe(1234.5);
    expect(withNumberLocale("en", () => quantitySchema.parse("1,234.5"))).toBe(1234.5);
    for (const locale of ["en", "nl"] as const) {
      const r = withNumberLocale(locale, () => quantitySchema.safeParse("0x10"));
      expect(r.success ? r.data : r.error.issues.map((i) => i.message)).toEqual(["Quantity must be a number."]);
    }
  });

  it("master data decimal fields use the same parser (Quantity per, Scrap %, times)", () => {
    // GIVEN the BOM/routing field and the master-data number field
    const qtyPer = decimalField("partQuantityPer");
    // WHEN typed in Dutch notation / THEN read as decimals
    expect(withNumberLocale("nl", () => qtyPer.parse("1.000,25"))).toBe("1000.25");
    expect(withNumberLocale("nl", () => numberField("partScrapPercent", { min: 0, max: 100 }).parse("2,5"))).toBe(2.5);
    // WHEN hex or an exponent / THEN "must be a number" beside the field
    expect(qtyPer.safeParse("0x10").error?.issues.map((i) => i.message)).toEqual(["Quantity per must be a number."]);
    expect(qtyPer.safeParse("1e12").error?.issues.map((i) => i.message)).toEqual(["Quantity per must be a number."]);
    expect(numberField("partRunTime", { min: 0 }).safeParse("1e9").error?.issues.map((i) => i.message)).toEqual(["Run Time must be a number."]);
    expect(numberField("partScrapPercent", { min: 0, max: 100 }).safeParse("Infinity").error?.issues.map((i) => i.message)).toEqual(["Scrap % must be a number."]);
  });
});
