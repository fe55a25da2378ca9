// Covers PO-2 (the header fields and their allowed values: Status, Source Type, lengths of No.,
// Source No., Variant Code, Location Code, Description, Description 2), PO-8 (Quantity > 0, a
// number, at most 5 decimals, at most 999,999,999), PO-3 (Due Date blank → left to the service,
// a real calendar date in 2000–2099), PO-11 (exactly one clear message per broken field) and
// X-2 (an edit must carry the order's id and version) — the zod schemas at the boundary.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  createProductionOrderSchema,
  optionalDateSchema,
  orderRefSchema,
  quantitySchema,
  sourceLookupSchema,
  previewProductionOrderSchema,
  updateProductionOrderSchema,
} from "@/lib/validation/production-order";

/** The messages of a failed parse, by field ("_" for a bare value). */
function errorsOf(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const r = schema.safeParse(input);
  if (r.success) return {};
  const out: Record<string, string[]> = {};
  for (const i of r.error.issues) (out[i.path.length ? String(i.path[0]) : "_"] ??= []).push(i.message);
  return out;
}

const CREATE = { sourceType: "ITEM", sourceNo: "1000", quantity: "5" };
const UPDATE = {
  id: "7",
  version: "3",
  description: "Bicycle",
  description2: "",
  sourceType: "ITEM",
  sourceNo: "1000",
  variantCode: "",
  quantity: "2",
  dueDate: "2026-12-14",
  locationCode: "",
};

describe("PO-8 Quantity", () => {
  it.each([
    ["5", 5],
    [" 12,5 ", 12.5],
    ["0.00001", 0.00001],
    ["999999999", 999_999_999],
    [3, 3],
  ])("accepts %j as %d", (input, value) => {
    expect(quantitySchema.parse(input)).toBe(value);
  });

  it.each([
    ["", "Quantity must have a value."],
    [undefined, "Quantity must have a value."],
    ["   ", "Quantity must have a value."],
    ["abc", "Quantity must be a number."],
    ["NaN", "Quantity must be a number."],
    ["Infinity", "Quantity must be a number."],
    ["1e400", "Quantity must be a number."],
    [Number.NaN, "Quantity must be a number."],
    [true, "Quantity must be a number."],
    [["1", "2"], "Quantity must be a number."],
    ["0", "Quantity must be greater than 0."],
    ["-5", "Quantity must be greater than 0."],
    ["-0.0000001", "Quantity must be greater than 0."],
    ["1,000,000,000,000", "Quantity cannot be greater than 999,999,999."],
    // PO-8: decimal notation only; Number() would read these as 16, 1000, 12 and 1e12
    ["0x10", "Quantity must be a number."],
    ["1e3", "Quantity must be a number."],
    ["0b1100", "Quantity must be a number."],
    ["1e12", "Quantity must be a number."],
    ["1000000000", "Quantity cannot be greater than 999,999,999."],
    ["1.123456", "Quantity can have at most 5 decimals."],
  ])("refuses %j with exactly one message: %s", (input, message) => {
    expect(errorsOf(quantitySchema, input)).toEqual({ _: [message] });
  });
});

describe("PO-3 Due Date", () => {
  const due = optionalDateSchema("partDueDate");

  it.each([
    ["", undefined],
    [null, undefined],
    [undefined, undefined],
    ["2026-12-14", "2026-12-14"],
    ["2028-02-29", "2028-02-29"],
    ["2000-01-01", "2000-01-01"],
    ["2099-12-31", "2099-12-31"],
  ])("accepts %j as %j", (input, value) => {
    expect(due.parse(input)).toBe(value);
  });

  it.each([
    ["2026-02-30", "Due Date must be a valid date."],
    ["2027-02-29", "Due Date must be a valid date."],
    ["2026-13-01", "Due Date must be a valid date."],
    ["31-12-2026", "Due Date must be a valid date."],
    ["2026-12-14T10:00", "Due Date must be a valid date."],
    ["tomorrow", "Due Date must be a valid date."],
    ["1999-12-31", "Due Date must be between 2000-01-01 and 2099-12-31."],
    ["2100-01-01", "Due Date must be between 2000-01-01 and 2099-12-31."],
    ["9999-01-01", "Due Date must be between 2000-01-01 and 2099-12-31."],
    [20261214, "Due Date must be a date."],
  ])("refuses %j with exactly one message: %s", (input, message) => {
    expect(errorsOf(due, input)).toEqual({ _: [message] });
  });
});

describe("PO-2 create form", () => {
  it("defaults: Status Firm Planned, No. blank (from the series), Refresh off; text is trimmed; unknown keys dropped", () => {
    const data = createProductionOrderSchema.parse({ ...CREATE, sourceNo: "  1000 ", no: undefined, hack: "x" });
    expect(data).toEqual({
      status: "FIRM_PLANNED",
      no: "",
      sourceType: "ITEM",
      sourceNo: "1000",
      variantCode: "",
      quantity: 5,
      dueDate: undefined,
      locationCode: "",
      refresh: false,
    });
  });

  it.each(["SIMULATED", "PLANNED", "FIRM_PLANNED"])("accepts Status %s", (status) => {
    expect(createProductionOrderSchema.parse({ ...CREATE, status }).status).toBe(status);
  });

  it.each([
    ["on", true],
    ["true", true],
    ["1", true],
    [true, true],
    ["off", false],
    [undefined, false],
  ])("Refresh %j → %s", (refresh, value) => {
    expect(createProductionOrderSchema.parse({ ...CREATE, refresh }).refresh).toBe(value);
  });

  it("Quantity may be blank here (a Sales Header order takes its lines'); the service asks for it otherwise", () => {
    expect(createProductionOrderSchema.parse({ ...CREATE, quantity: "" }).quantity).toBeUndefined();
  });

  it.each([
    ["Status RELEASED", { status: "RELEASED" }, "status", "Status must be Simulated, Planned or Firm Planned."],
    ["Status FINISHED", { status: "FINISHED" }, "status", "Status must be Simulated, Planned or Firm Planned."],
    ["lower-case status", { status: "firm_planned" }, "status", "Status must be Simulated, Planned or Firm Planned."],
    ["unknown Source Type", { sourceType: "VENDOR" }, "sourceType", "Source Type must be Item, Family or Sales Header."],
    ["missing Source Type", { sourceType: undefined }, "sourceType", "Source Type must be Item, Family or Sales Header."],
    ["blank Source No.", { sourceNo: "   " }, "sourceNo", "Source No. must have a value."],
    ["missing Source No.", { sourceNo: undefined }, "sourceNo", "Source No. must have a value."],
    ["Source No. of 21", { sourceNo: "S".repeat(21) }, "sourceNo", "Source No. cannot be longer than 20 characters."],
    ["Source No. as an array", { sourceNo: ["1000", "1100"] }, "sourceNo", "Source No. must be text."],
    ["No. of 21", { no: "N".repeat(21) }, "no", "No. cannot be longer than 20 characters."],
    ["Variant Code of 11", { variantCode: "V".repeat(11) }, "variantCode", "Variant Code cannot be longer than 10 characters."],
    ["Location Code of 11", { locationCode: "L".repeat(11) }, "locationCode", "Location Code cannot be longer than 10 characters."],
    ["Location Code of 10,000", { locationCode: "L".repeat(10_000) }, "locationCode", "Location Code cannot be longer than 10 characters."],
    ["a bad Quantity", { quantity: "0" }, "quantity", "Quantity must be greater than 0."],
    ["a bad Due Date", { dueDate: "2026-02-30" }, "dueDate", "Due Date must be a valid date."],
  ])("refuses %s beside its field", (_case, over, field, message) => {
    expect(errorsOf(createProductionOrderSchema, { ...CREATE, ...over })).toEqual({ [field]: [message] });
  });

  it("a 20-character No. and 10-character codes are accepted (the column widths)", () => {
    const data = createProductionOrderSchema.parse({
      ...CREATE,
      no: "N".repeat(20),
      variantCode: "V".repeat(10),
      locationCode: "L".repeat(10),
    });
    expect([data.no.length, data.variantCode.length, data.locationCode.length]).toEqual([20, 10, 10]);
  });
});

describe("PO-10/X-2 edit form", () => {
  it("coerces id, version and quantity from the form's strings", () => {
    expect(updateProductionOrderSchema.parse(UPDATE)).toMatchObject({ id: 7, version: 3, quantity: 2, dueDate: "2026-12-14" });
  });

  it("carries no No. or Status: they cannot be changed through an edit", () => {
    const data = updateProductionOrderSchema.parse({ ...UPDATE, no: "HACK", status: "FINISHED" });
    expect(data).not.toHaveProperty("no");
    expect(data).not.toHaveProperty("status");
  });

  it.each([
    ["id abc", { id: "abc" }, "id", "The order is unknown."],
    ["id 0", { id: "0" }, "id", "The order is unknown."],
    ["id -1", { id: "-1" }, "id", "The order is unknown."],
    ["id 1.5", { id: "1.5" }, "id", "The order is unknown."],
    ["missing version", { version: undefined }, "version", "The order version is missing."],
    ["version -1", { version: "-1" }, "version", "The order version is missing."],
    ["version 1.5", { version: "1.5" }, "version", "The order version is missing."],
    ["Description of 101", { description: "D".repeat(101) }, "description", "Description cannot be longer than 100 characters."],
    ["Description 2 of 51", { description2: "D".repeat(51) }, "description2", "Description 2 cannot be longer than 50 characters."],
    ["blank Quantity (required on edit)", { quantity: "" }, "quantity", "Quantity must have a value."],
    ["negative Quantity", { quantity: "-1" }, "quantity", "Quantity must be greater than 0."],
    ["unknown Source Type", { sourceType: "X" }, "sourceType", "Source Type must be Item, Family or Sales Header."],
  ])("refuses %s beside its field", (_case, over, field, message) => {
    expect(errorsOf(updateProductionOrderSchema, { ...UPDATE, ...over })).toEqual({ [field]: [message] });
  });
});

describe("order reference, source lookup and preview", () => {
  it("an order reference needs a valid id; its version is optional", () => {
    expect(orderRefSchema.parse({ id: "4" })).toEqual({ id: 4, version: undefined });
    expect(orderRefSchema.parse({ id: "4", version: "2" })).toEqual({ id: 4, version: 2 });
    expect(errorsOf(orderRefSchema, { id: "x" })).toEqual({ id: ["The order is unknown."] });
  });

  it("the lookup accepts every status (Released/Finished pages search too) and caps the search text", () => {
    expect(sourceLookupSchema.parse({ sourceType: "ITEM", query: " bike ", status: "RELEASED" })).toEqual({
      sourceType: "ITEM",
      query: "bike",
      status: "RELEASED",
    });
    expect(sourceLookupSchema.parse({ sourceType: "FAMILY" }).status).toBe("FIRM_PLANNED");
    expect(errorsOf(sourceLookupSchema, { sourceType: "ITEM", query: "q".repeat(51) })).toEqual({
      query: ["Search cannot be longer than 50 characters."],
    });
    expect(errorsOf(sourceLookupSchema, { sourceType: "ITEM", status: "X" })).toEqual({
      status: ["Status must be Simulated, Planned, Firm Planned, Released or Finished."],
    });
  });

  it("the preview refuses a half-typed Quantity or Due Date as create does (it used to preview them as blank)", () => {
    // GIVEN half-typed fields / WHEN the preview reads them / THEN the same messages as create, beside the fields
    const input = { sourceType: "ITEM", sourceNo: "1000", quantity: "1,2,3", dueDate: "2026-02-3" };
    expect(errorsOf(previewProductionOrderSchema, input)).toEqual(errorsOf(createProductionOrderSchema, input));
    expect(Object.keys(errorsOf(previewProductionOrderSchema, input)).sort()).toEqual(["dueDate", "quantity"]);
  });
});
