import { addDecimal, compareDecimal, decimalToString, mulDecimal, parseDecimal, type DecimalInput } from "@/lib/domain/bom/decimal";

// RP-3: projected availability of an item on a date = inventory on hand + open production-order
// output not yet finished − component demand of open orders − outstanding sales demand, each up
// to that date. The database sums the four parts set-based; this is the one place that says how
// they combine, so the query and the tests cannot disagree about signs.

export type AvailabilityParts = {
  onHand: DecimalInput;
  openOutput: DecimalInput;
  componentDemand: DecimalInput;
  salesDemand: DecimalInput;
};

export function projectedAvailability(p: AvailabilityParts): string {
  const supply = addDecimal(p.onHand, p.openOutput);
  const demand = addDecimal(p.componentDemand, p.salesDemand);
  return decimalToString(addDecimal(supply, mulDecimal(demand, -1n)));
}

/** Quantities are stored with 5 decimals: a shortage is rounded UP so the new order covers it. */
export const QUANTITY_SCALE = 5;

export function ceilToScale(value: DecimalInput, scale = QUANTITY_SCALE): string {
  const d = parseDecimal(value);
  if (d.scale <= scale) return decimalToString(d);
  const divisor = 10n ** BigInt(d.scale - scale);
  let q = d.units / divisor; // truncates toward zero
  if (d.units > 0n && d.units % divisor !== 0n) q += 1n;
  return decimalToString({ units: q, scale });
}

/** The shortage a negative availability means (0 when there is enough). */
export function shortageOf(available: DecimalInput, alreadyCovered: DecimalInput = 0): string {
  const net = addDecimal(available, alreadyCovered);
  return compareDecimal(net, 0) < 0 ? ceilToScale(mulDecimal(net, -1n)) : "0";
}
