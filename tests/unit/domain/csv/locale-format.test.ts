import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { detectDelimiter, formatDecimal, normalizeDecimal } from "@/lib/domain/csv/locale-format";
import { csvLine, toCsv } from "@/lib/domain/csv/write";

describe("CSV in the user's language (issue #21 item 3: Dutch files)", () => {
  it("reads Dutch decimals: a comma before the decimals, a point only between thousands", () => {
    expect(normalizeDecimal("1.234,50", "nl")).toBe("1234.50");
    expect(normalizeDecimal("1234,5", "nl")).toBe("1234.5");
    expect(normalizeDecimal("-0,25", "nl")).toBe("-0.25");
    expect(normalizeDecimal("12.345.678", "nl")).toBe("12345678");
    expect(normalizeDecimal(" 455 ", "nl")).toBe("455");
    expect(normalizeDecimal("", "nl")).toBe("");
  });

  it("refuses what is not a Dutch number rather than guessing (12.5 is neither 125 nor 12,5)", () => {
    for (const text of ["12.5", "1,234.50", "1.23,4", "12,", "abc", "1.2345"]) expect(normalizeDecimal(text, "nl"), text).toBeNull();
  });

  it("reads English decimals as they are, and refuses a decimal comma", () => {
    expect(normalizeDecimal("1234.50", "en")).toBe("1234.50");
    expect(normalizeDecimal("1234,50", "en")).toBeNull();
  });

  it("PO-8 in files: refuses hex, an exponent, Infinity and more than 38 digits in English as in Dutch", () => {
    // GIVEN cells JavaScript's Number() would read / WHEN read as a file cell in either locale / THEN not a number
    for (const text of ["0x10", "1e3", "1E-3", "Infinity", "-Infinity", "NaN", "9".repeat(39), `1.${"2".repeat(38)}`]) {
      expect(normalizeDecimal(text, "en"), text).toBeNull();
      expect(normalizeDecimal(text, "nl"), text).toBeNull();
    }
    // English grouping is read as Excel writes it; a lone comma is refused like a Dutch lone point
    expect(normalizeDecimal("1,234.50", "en")).toBe("1234.50");
    expect(normalizeDecimal("2,5", "en")).toBeNull();
  });

  it("writes a decimal comma in Dutch and a point in English", () => {
    expect(formatDecimal("1234.5", "nl")).toBe("1234,5");
    expect(formatDecimal("1234.5", "en")).toBe("1234.5");
  });

  it("GIVEN a Dutch user WHEN the header reads as known columns with ',' THEN ',' is taken, else ';'", () => {
    const known = (c: string) => ["No.", "Unit Cost", "Description"].includes(c);
    expect(detectDelimiter("No.;Unit Cost", "nl", known)).toBe(";");
    expect(detectDelimiter("No.,Unit Cost", "nl", known)).toBe(",");
    expect(detectDelimiter('\uFEFF"No.";Description', "nl", known)).toBe(";");
    expect(detectDelimiter("No.;Unit Cost", "en", known)).toBe(",");
  });

  it("GIVEN Dutch WHEN a file is written THEN ';' between values, decimal commas, and text with ';' quoted", () => {
    expect(
      toCsv(
        ["No.", "Unit Cost"],
        [
          ["1000", 12.5],
          ["a;b", new Prisma.Decimal("3.25")],
        ],
        "nl",
      ),
    ).toBe('No.;Unit Cost\r\n1000;12,5\r\n"a;b";3,25\r\n');
    expect(csvLine(["1000", 12.5])).toBe("1000,12.5\r\n");
  });
});
