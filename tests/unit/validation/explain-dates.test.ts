import { describe, expect, it } from "vitest";
import { explainDateSchema } from "@/lib/validation/explain-dates";

// "Why this date?" at its boundary: only dates the card computes can be asked about.
describe("Why this date? input", () => {
  it.each([
    [{ orderId: 7, target: { kind: "header", field: "due" } }],
    [{ orderId: "7", target: { kind: "line", lineNo: "10000", field: "starting" } }],
    [{ orderId: 7, target: { kind: "operation", lineNo: 10000, operationNo: "20", field: "ending" } }],
    [{ orderId: 7, target: { kind: "component", lineNo: 10000, componentLineNo: 30000 } }],
  ])("accepts %j", (input) => {
    // GIVEN a date of the card / WHEN parsed / THEN accepted
    expect(explainDateSchema.safeParse(input).success).toBe(true);
  });

  it.each([
    ["an order id past PostgreSQL's integer", { orderId: 2 ** 31, target: { kind: "header", field: "due" } }],
    [
      "an operation's Due Date (it has none)",
      { orderId: 7, target: { kind: "operation", lineNo: 10000, operationNo: "20", field: "due" } },
    ],
    ["an unknown kind", { orderId: 7, target: { kind: "history", field: "due" } }],
    ["a negative line", { orderId: 7, target: { kind: "line", lineNo: -1, field: "due" } }],
    [
      "an operation no. longer than the column",
      { orderId: 7, target: { kind: "operation", lineNo: 1, operationNo: "12345678901", field: "ending" } },
    ],
  ])("refuses %s", (_label, input) => {
    // GIVEN input no card sends / WHEN parsed / THEN refused before any work
    expect(explainDateSchema.safeParse(input).success).toBe(false);
  });
});
