// RF-3: component quantities. Quantity per is never rounded to a unit's rounding precision;
// results are only rounded to the 15 decimals the numeric(38,15) columns can hold.
import { MessageRangeError } from "@/lib/errors";
import {
  addDecimal,
  decimalToString,
  divDecimal,
  mulDecimal,
  parseDecimal,
  roundDecimal,
  type DecimalInput,
  type ExactDecimal,
} from "@/lib/domain/bom/decimal";
import { msg } from "@/lib/i18n/domain-message";

export type CalculationFormula = "NONE" | "FIXED_QUANTITY";

export type ExpectedQuantityInput = {
  quantityPer: DecimalInput;
  /** Quantity of the order line the component belongs to. */
  lineQuantity: DecimalInput;
  /** Scrap % of the order line (the produced item's Scrap %). */
  lineScrapPercent: DecimalInput;
  /** Scrap % of the BOM line. */
  componentScrapPercent: DecimalInput;
  calculationFormula: CalculationFormula;
};

/** 1 + percent / 100, exactly. */
function scrapFactor(percent: DecimalInput): ExactDecimal {
  return addDecimal(1n, divDecimal(percent, 100n, parseDecimal(percent).scale + 2));
}

/**
 * Expected Quantity = Quantity per × line quantity × (1 + line Scrap %) × (1 + component Scrap %).
 * Fixed Quantity means "this much per order, whatever the quantity" (a jig, a setup sheet), so it
 * ignores the line quantity and also the line's scrap, which is scrap of produced units; the
 * component's own scrap still applies. Returns a decimal string.
 */
export function expectedQuantity(input: ExpectedQuantityInput): string {
  const componentFactor = scrapFactor(input.componentScrapPercent);
  const exact =
    input.calculationFormula === "FIXED_QUANTITY"
      ? mulDecimal(input.quantityPer, componentFactor)
      : mulDecimal(mulDecimal(mulDecimal(input.quantityPer, input.lineQuantity), scrapFactor(input.lineScrapPercent)), componentFactor);
  return decimalToString(roundDecimal(exact));
}

/**
 * Quantity per in the component's base unit: quantityPer × bomUomQtyPer ÷ itemBaseQtyPer, with
 * no rounding beyond the stored 15 decimals (RF-3: "Quantity per … is not rounded").
 */
export function convertQuantityPer(quantityPer: DecimalInput, bomUomQtyPer: DecimalInput, itemBaseQtyPer: DecimalInput): string {
  if (parseDecimal(itemBaseQtyPer).units <= 0n) {
    throw new MessageRangeError(msg("greaterThan", { field: msg("partQtyPerUnitOfMeasure"), min: 0 }));
  }
  return decimalToString(divDecimal(mulDecimal(quantityPer, bomUomQtyPer), itemBaseQtyPer));
}

/**
 * Quantity per of a component reached through phantom BOM lines: the product of the Quantity
 * per on every level (10 per phantom × 15 per component = 150 per produced unit).
 */
export function explodedQuantityPer(...levels: DecimalInput[]): string {
  const exact = levels.reduce<ExactDecimal>((acc, q) => mulDecimal(acc, q), parseDecimal(1n));
  return decimalToString(roundDecimal(exact));
}
