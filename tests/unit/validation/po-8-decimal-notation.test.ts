// Covers PO-8 (and the master data's decimal fields): a number is read only in the decimal
// notation of the user's locale — en 1,234.5 / 1234.5, nl 1.234,5 / 1234,5 — never as hex, an
// exponent, Infinity or an unbounded run of digits; one parser serves every decimal field.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { decimalField } from "@/lib/validation/master-data/fields";
import { numberField } from "@/lib/validation/master-data/shared-fields";
import { parseDecimalText, schemaForLocale } from "@/lib/validation/decimal-text";
import { createProductionOrderSchema, quantitySchema } from "@/lib/validation/production-order";
import { createItemSchema } from "@/lib/validation/master-data/items";
import { saveBomVersionSchema } from "@/lib/validation/master-data/bom";

const qtyOnly = z.object({ no: z.string() });

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
    "9".repeat(39),
    "9".repeat(10_000),
    "",
    "  ",
  ])("refuses %j in both locales", (text) => {
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
    expect(quantitySchema.forLocale("nl").parse("1.234,5")).toBe(1234.5);
    expect(quantitySchema.forLocale("en").parse("1,234.5")).toBe(1234.5);
    for (const locale of ["en", "nl"] as const) {
      const r = quantitySchema.forLocale(locale).safeParse("0x10");
      expect(r.success ? r.data : r.error.issues.map((i) => i.message)).toEqual(["Quantity must be a number."]);
    }
  });

  it("master data decimal fields use the same parser (Quantity per, Scrap %, times)", () => {
    // GIVEN the BOM/routing field and the master-data number field
    const qtyPer = decimalField("en", "partQuantityPer");
    // WHEN typed in Dutch notation / THEN read as decimals
    expect(decimalField("nl", "partQuantityPer").parse("1.000,25")).toBe("1000.25");
    expect(numberField("nl", "partScrapPercent", { min: 0, max: 100 }).parse("2,5")).toBe(2.5);
    // WHEN hex or an exponent / THEN "must be a number" beside the field
    expect(qtyPer.safeParse("0x10").error?.issues.map((i) => i.message)).toEqual(["Quantity per must be a number."]);
    expect(qtyPer.safeParse("1e12").error?.issues.map((i) => i.message)).toEqual(["Quantity per must be a number."]);
    expect(
      numberField("en", "partRunTime", { min: 0 })
        .safeParse("1e9")
        .error?.issues.map((i) => i.message),
    ).toEqual(["Run Time must be a number."]);
    expect(
      numberField("en", "partScrapPercent", { min: 0, max: 100 })
        .safeParse("Infinity")
        .error?.issues.map((i) => i.message),
    ).toEqual(["Scrap % must be a number."]);
  });

  it("a request's schema is the one built for its locale: nothing is shared between requests", () => {
    // GIVEN a Dutch and an English request for the same form, parsed one inside the other's turn
    const form = { sourceType: "ITEM", sourceNo: "1000", quantity: "1.234,5" };
    const dutch = schemaForLocale(createProductionOrderSchema, "nl");
    const english = schemaForLocale(createProductionOrderSchema, "en");
    // WHEN each parses Quantity 1.234,5
    const nl = dutch.safeParse(form);
    const en = english.safeParse(form);
    // THEN the Dutch one reads 1234.5, the English one refuses it, and the schema itself is English
    expect(nl.success && nl.data.quantity).toBe(1234.5);
    expect(en.success).toBe(false);
    expect(english).toBe(createProductionOrderSchema);
    // AND a schema without decimal fields is used as it is
    expect(schemaForLocale(qtyOnly, "nl")).toBe(qtyOnly);
  });

  it("a card's grids read the request's notation like its fields (item inventory, BOM lines)", () => {
    // GIVEN a Dutch item card with Scrap % 2,5 and an inventory row of 1.234,5, and a Dutch BOM version line
    const item = {
      no: "X1",
      baseUnitOfMeasure: "PCS",
      scrapPercent: "2,5",
      inventory: JSON.stringify([{ locationCode: "BLUE", quantity: "1.234,5" }]),
    };
    const bom = { bomNo: "B1", versionCode: "V1", unitOfMeasureCode: "PCS", lines: JSON.stringify([{ no: "1000", quantityPer: "0,5" }]) };
    // WHEN parsed for a Dutch request
    const parsedItem = schemaForLocale(createItemSchema, "nl").parse(item);
    const parsedBom = schemaForLocale(saveBomVersionSchema, "nl").parse(bom);
    // THEN every number is read in Dutch notation
    expect(parsedItem.scrapPercent).toBe(2.5);
    expect(parsedItem.inventory[0].quantity).toBe(1234.5);
    expect(parsedBom.lines[0].quantityPer).toBe("0.5");
  });
});
