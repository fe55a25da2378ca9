// Exact decimal helpers for the refresh hot path. Inputs are normalized decimal strings (as
// PostgreSQL's trim_scale(...)::text prints them); the common factors "1" and "0" skip the
// BigInt arithmetic, which is what keeps an 11,000-component explosion fast.
import { addDecimal, decimalToString, mulDecimal, roundDecimal } from "@/lib/domain/bom/decimal";
import { convertQuantityPer } from "@/lib/domain/bom/expected-quantity";

export function mulQty(a: string, b: string): string {
  if (a === "1") return b;
  if (b === "1") return a;
  if (a === "0" || b === "0") return "0";
  return decimalToString(roundDecimal(mulDecimal(a, b)));
}

export function addQty(a: string, b: string): string {
  if (a === "0") return b;
  if (b === "0") return a;
  return decimalToString(addDecimal(a, b));
}

/** Quantity per in the component's base unit (RF-3: not rounded to a rounding precision). */
export function toBaseQty(quantityPer: string, uomQtyPer: string, baseQtyPer: string): string {
  if (uomQtyPer === baseQtyPer) return quantityPer;
  return convertQuantityPer(quantityPer, uomQtyPer, baseQtyPer);
}

/** Scrap of a phantom line and of a component inside it compound: (1 + p)(1 + c) = 1 + result. */
export function compoundScrap(outer: string, inner: string): string {
  if (outer === "0") return inner;
  if (inner === "0") return outer;
  const product = decimalToString(roundDecimal(mulDecimal(mulDecimal(outer, inner), "0.01")));
  return addQty(addQty(outer, inner), product);
}

/** Rounded to the 5 decimals a line quantity is stored with (numeric(18,5)). */
export function roundQty(a: string): string {
  const dot = a.indexOf(".");
  if (dot < 0 || a.length - dot - 1 <= 5) return a;
  return decimalToString(roundDecimal(a, 5));
}

/**
 * Whether a rounded quantity fits its column: numeric(38,15) (a Quantity per, 23 digits before
 * the point) by default, numeric(18,5) (a line quantity) with 13.
 */
export function fitsStoredQty(a: string, integerDigits = 23): boolean {
  const digits = a.replace(/^-/, "").split(".")[0].replace(/^0+/, "");
  return digits.length <= integerDigits;
}
