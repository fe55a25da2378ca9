import { addDecimal, compareDecimal, decimalToString, mulDecimal, type DecimalInput } from "@/lib/domain/bom/decimal";

// Output (BC's Production Journal reduced to output) and ST-4. Recording output adds to the
// line's Finished Quantity and takes it off its Remaining Quantity (never below 0, as BC's
// Remaining Quantity); a negative Output Quantity corrects an earlier one, down to nothing.
// Finishing asks for confirmation exactly where BC's CheckBeforeFinishProdOrder does: a line
// whose Remaining Quantity is not 0, i.e. whose Finished Quantity has not reached its Quantity.

export type LineQuantities = { quantity: DecimalInput; finishedQuantity: DecimalInput };

export type OutputApplied =
  { ok: true; finishedQuantity: string; remainingQuantity: string } | { ok: false; reason: "ZERO" | "BELOW_ZERO" };

export function applyOutput(line: LineQuantities, outputQuantity: DecimalInput): OutputApplied {
  if (compareDecimal(outputQuantity, 0) === 0) return { ok: false, reason: "ZERO" };
  const finished = addDecimal(line.finishedQuantity, outputQuantity);
  if (compareDecimal(finished, 0) < 0) return { ok: false, reason: "BELOW_ZERO" };
  const remaining = addDecimal(line.quantity, mulDecimal(finished, -1n));
  return {
    ok: true,
    finishedQuantity: decimalToString(finished),
    remainingQuantity: compareDecimal(remaining, 0) < 0 ? "0" : decimalToString(remaining),
  };
}

/** ST-4: the lines whose output is still missing (Finished Quantity below Quantity). */
export function linesLackingOutput<L extends LineQuantities>(lines: L[]): L[] {
  return lines.filter((l) => compareDecimal(l.finishedQuantity, l.quantity) < 0);
}
