import { MessageRangeError } from "@/lib/errors";
import { msg, renderMessage } from "@/lib/i18n/domain-message";
// Exact decimal arithmetic on BigInt scaled integers. Quantities are numeric(38,15) columns and
// a binary float turns 0.1 × 3 into 0.30000000000000004, so BOM maths must not use `number`.
// Deliberately tiny: parse, multiply, add, divide, round, print — no new npm dependency.

/** value = units / 10^scale */
export type ExactDecimal = { units: bigint; scale: number };
export type DecimalInput = string | number | bigint | ExactDecimal;

/** Scale of the numeric(38,15) columns quantities are stored in. */
export const STORED_SCALE = 15;

const DECIMAL_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

export class InvalidDecimalError extends Error {
  constructor(readonly value: string) {
    super(renderMessage(msg("invalidDecimal", { value })));
    this.name = "InvalidDecimalError";
  }
}

export function parseDecimal(input: DecimalInput): ExactDecimal {
  if (typeof input === "object") return input;
  if (typeof input === "bigint") return { units: input, scale: 0 };
  if (typeof input === "number" && !Number.isFinite(input)) throw new InvalidDecimalError(String(input));
  // String(number) is the shortest text that round-trips, so 0.1 parses as exactly 1/10.
  const text = String(input).trim().replace(/_/g, "");
  const match = DECIMAL_TEXT.exec(text);
  if (!match || (match[2] === "" && (match[3] ?? "") === "")) throw new InvalidDecimalError(String(input));
  const [, sign, whole, fraction = "", exponent = "0"] = match;
  let units = BigInt((whole || "0") + fraction);
  let scale = fraction.length - Number(exponent);
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units: sign === "-" ? -units : units, scale };
}

function rescale(d: ExactDecimal, scale: number): bigint {
  return d.units * 10n ** BigInt(scale - d.scale); // only called with scale ≥ d.scale
}

export function mulDecimal(a: DecimalInput, b: DecimalInput): ExactDecimal {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  return { units: x.units * y.units, scale: x.scale + y.scale };
}

export function addDecimal(a: DecimalInput, b: DecimalInput): ExactDecimal {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  const scale = Math.max(x.scale, y.scale);
  return { units: rescale(x, scale) + rescale(y, scale), scale };
}

/** Integer division rounding half away from zero, as PostgreSQL rounds numeric values. */
function divRoundHalfAway(n: bigint, d: bigint): bigint {
  const negative = n < 0n !== d < 0n;
  const absN = n < 0n ? -n : n;
  const absD = d < 0n ? -d : d;
  const q = (absN * 2n + absD) / (absD * 2n);
  return negative ? -q : q;
}

/** Rounds half away from zero to `scale` decimals (never adds precision that is not there). */
export function roundDecimal(a: DecimalInput, scale = STORED_SCALE): ExactDecimal {
  const x = parseDecimal(a);
  if (x.scale <= scale) return x;
  return { units: divRoundHalfAway(x.units, 10n ** BigInt(x.scale - scale)), scale };
}

/** a ÷ b rounded half away from zero to `scale` decimals. */
export function divDecimal(a: DecimalInput, b: DecimalInput, scale = STORED_SCALE): ExactDecimal {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  if (y.units === 0n) throw new MessageRangeError(msg("divisionByZero"));
  // x/y = (xu / 10^xs) / (yu / 10^ys); scale the numerator so the quotient has `scale` decimals.
  const shift = scale + y.scale - x.scale;
  const numerator = shift >= 0 ? x.units * 10n ** BigInt(shift) : x.units;
  const denominator = shift >= 0 ? y.units : y.units * 10n ** BigInt(-shift);
  return { units: divRoundHalfAway(numerator, denominator), scale };
}

export function compareDecimal(a: DecimalInput, b: DecimalInput): -1 | 0 | 1 {
  const diff = addDecimal(a, mulDecimal(b, -1n)).units;
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}

/** Plain text without exponent or trailing zeros (`15750`, `0.125`), what Prisma accepts. */
export function decimalToString(a: DecimalInput): string {
  const { units, scale } = parseDecimal(a);
  const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, "");
  const text = fraction ? `${whole}.${fraction}` : whole;
  return units < 0n ? `-${text}` : text;
}
