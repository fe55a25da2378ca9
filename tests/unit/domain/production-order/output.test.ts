// Output and ST-4: what recording output does to a line, and which lines still lack output when
// the order is finished (BC: Remaining Quantity ≠ 0).
import { describe, expect, it } from "vitest";
import { applyOutput, linesLackingOutput } from "@/lib/domain/production-order/output";

describe("Output adds to Finished Quantity and takes it off Remaining Quantity", () => {
  it.each([
    ["part of the line", { quantity: "10", finishedQuantity: "0" }, "4", { finishedQuantity: "4", remainingQuantity: "6" }],
    ["the rest of it", { quantity: "10", finishedQuantity: "4" }, "6", { finishedQuantity: "10", remainingQuantity: "0" }],
    [
      "more than planned (Remaining stays 0)",
      { quantity: "10", finishedQuantity: "4" },
      "7.5",
      { finishedQuantity: "11.5", remainingQuantity: "0" },
    ],
    [
      "a correction (negative output)",
      { quantity: "10", finishedQuantity: "4" },
      "-1.25",
      { finishedQuantity: "2.75", remainingQuantity: "7.25" },
    ],
    ["exact decimals", { quantity: "0.3", finishedQuantity: "0.1" }, "0.2", { finishedQuantity: "0.3", remainingQuantity: "0" }],
  ])("%s", (_case, line, output, expected) => {
    // GIVEN a line / WHEN output is recorded / THEN its new quantities
    expect(applyOutput(line, output)).toEqual({ ok: true, ...expected });
  });

  it("zero output and a correction below nothing are refused", () => {
    expect(applyOutput({ quantity: "10", finishedQuantity: "4" }, "0")).toEqual({ ok: false, reason: "ZERO" });
    expect(applyOutput({ quantity: "10", finishedQuantity: "4" }, "-4.00001")).toEqual({ ok: false, reason: "BELOW_ZERO" });
  });
});

describe("ST-4 only lines whose output is still missing need the confirmation", () => {
  it("a line with some but not all output lacks output; a fully (or over-) produced line does not", () => {
    // GIVEN lines with no, partial, full and extra output
    const lines = [
      { lineNo: 1, quantity: "10", finishedQuantity: "0" },
      { lineNo: 2, quantity: "10", finishedQuantity: "9.99999" },
      { lineNo: 3, quantity: "10", finishedQuantity: "10" },
      { lineNo: 4, quantity: "10", finishedQuantity: "12" },
    ];
    // WHEN asked / THEN lines 1 and 2
    expect(linesLackingOutput(lines).map((l) => l.lineNo)).toEqual([1, 2]);
  });
});
