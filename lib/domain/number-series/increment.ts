import { MessageRangeError } from "@/lib/errors";
import { msg, renderMessage } from "@/lib/i18n/domain-message";
// NS-3: document numbers are incremented on their right-most run of digits, like BC's
// IncStr/IncrementNoText. BigInt keeps 20-digit numbers exact (a JS number loses digits past 2^53).
// Runs in setup validation (validate-series-line.ts); a draw does the same arithmetic inside
// ns_take_next (prisma/functions/), which tests compare with these functions (ns-3, ns-sql-agrees-with-oracle).

export class NoDigitsError extends Error {
  constructor(readonly no: string) {
    super(renderMessage(msg("noNotIncrementable", { no })));
    this.name = "NoDigitsError";
  }
}

/** A number split around its right-most digit run: `PO-00009X` → `PO-`, `00009`, `X`. */
export type NoParts = { prefix: string; digits: string; suffix: string };

const RIGHT_MOST_DIGITS = /^(.*?)(\d+)(\D*)$/s;

/** Splits a number around its right-most digit run; null when it has no digit. */
export function splitNo(no: string): NoParts | null {
  const match = RIGHT_MOST_DIGITS.exec(no);
  if (!match) return null;
  // The lazy prefix is as short as possible while the suffix stays digit-free, so the digit
  // group is the whole right-most run (`A10B20` → `A10B` + `20`, never `A10B2` + `0`).
  return { prefix: match[1], digits: match[2], suffix: match[3] };
}

function requireParts(no: string): NoParts {
  const parts = splitNo(no);
  if (!parts) throw new NoDigitsError(no);
  return parts;
}

/**
 * Adds `by` to the right-most digit run, keeping its zero padding and growing the run when it
 * overflows (`X99` → `X100`), so that a series never wraps around to reuse a number.
 */
export function incrementNo(no: string, by: number | bigint = 1): string {
  if (typeof by === "number" && !Number.isSafeInteger(by)) {
    throw new MessageRangeError(msg("wholeNumberGot", { field: msg("partIncrementByNo"), value: String(by) }));
  }
  const step = BigInt(by);
  if (step < 0n) throw new MessageRangeError(msg("negativeGot", { field: msg("partIncrementByNo"), value: String(by) }));
  const { prefix, digits, suffix } = requireParts(no);
  const next = (BigInt(digits) + step).toString().padStart(digits.length, "0");
  return prefix + next + suffix;
}

/** Numeric value of the right-most digit run. */
export function digitValue(no: string): bigint {
  return BigInt(requireParts(no).digits);
}

/**
 * Pads the right-most digit run of every non-empty value to the widest run among them, so that
 * Starting/Ending/Warning/Last No. Used of one series line share one width (`A1`, `A10` → `A01`,
 * `A10`) and sort the same way as text and as numbers. Values without digits are left alone:
 * setup validation reports them.
 */
export function padToWidth(values: readonly string[]): string[] {
  const parts = values.map((value) => (value === "" ? null : splitNo(value)));
  const width = Math.max(0, ...parts.map((p) => p?.digits.length ?? 0));
  return values.map((value, i) => {
    const p = parts[i];
    return p ? p.prefix + p.digits.padStart(width, "0") + p.suffix : value;
  });
}

/**
 * Compares two numbers of the same pattern on their right-most digit run, numerically, so that
 * `A9` < `A10` even though text comparison says otherwise. Returns -1, 0 or 1.
 */
export function compareNos(a: string, b: string): -1 | 0 | 1 {
  const left = digitValue(a);
  const right = digitValue(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * True when both numbers have the same characters around their right-most digit run; only the
 * run's width may differ (`PO-9` and `PO-00010` match, `PO-1` and `SO-1` do not). Digits left of
 * the run are part of the pattern because incrementing never changes them.
 */
export function samePattern(a: string, b: string): boolean {
  const left = splitNo(a);
  const right = splitNo(b);
  if (!left || !right) return false;
  return left.prefix === right.prefix && left.suffix === right.suffix;
}
