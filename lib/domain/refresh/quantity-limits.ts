// RF-3/RF-4 storage limits: a refresh must not compute a quantity its columns cannot hold, or
// PostgreSQL ends the transaction with "numeric field overflow" and the user reads "Something
// went wrong". A line's Quantity is numeric(18,5) (below 10^13); a component's Quantity per and
// Expected Quantity are numeric(38,15) (below 10^23). Checked on the plan, before any write.
import { DomainError } from "@/lib/errors";
import { compareDecimal, type DecimalInput } from "@/lib/domain/bom/decimal";
import { expectedQuantity } from "@/lib/domain/bom/expected-quantity";
import type { PlannedLine } from "@/lib/domain/refresh/plan-types";
import { msg } from "@/lib/i18n/domain-message";

export const LINE_QUANTITY_LIMIT = "10000000000000"; // 10^13, numeric(18,5)
export const COMPONENT_QUANTITY_LIMIT = "100000000000000000000000"; // 10^23, numeric(38,15)

const fits = (value: DecimalInput, limit: string) => compareDecimal(value, limit) < 0 && compareDecimal(value, `-${limit}`) > 0;

/** The Quantity of a line (a make-to-order subassembly's adds up its parents' needs). */
export function requireLineQuantityFits(itemNo: string, quantity: string): void {
  if (fits(quantity, LINE_QUANTITY_LIMIT)) return;
  throw new DomainError("QUANTITY_TOO_LARGE", msg("lineQuantityTooLarge", { no: itemNo, quantity }), "quantity");
}

/**
 * Every component the plan holds: its Expected Quantity (Quantity per × line Quantity × scrap).
 * A float estimate spares the exact product for the thousands of components far below the limit.
 */
export function requireComponentQuantitiesFit(line: PlannedLine, lineScrapPercent: string): void {
  const lineFactor = Number(line.quantity) * (1 + Number(lineScrapPercent) / 100);
  for (const c of line.components ?? []) {
    const estimate =
      Math.abs(Number(c.quantityPer)) * (c.formula === "FIXED_QUANTITY" ? 1 : lineFactor) * (1 + Math.abs(Number(c.scrapPercent)) / 100);
    if (estimate < 1e22) continue;
    const expected = expectedQuantity({
      quantityPer: c.quantityPer,
      lineQuantity: line.quantity,
      lineScrapPercent,
      componentScrapPercent: c.scrapPercent,
      calculationFormula: c.formula,
    });
    if (fits(expected, COMPONENT_QUANTITY_LIMIT)) continue;
    throw componentTooLarge(c.itemNo);
  }
}

export function componentTooLarge(itemNo: string): DomainError {
  return new DomainError("QUANTITY_TOO_LARGE", msg("componentExpectedQuantityTooLarge", { no: itemNo }), "quantity");
}
