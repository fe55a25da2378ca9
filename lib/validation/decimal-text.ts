// PO-8 and every decimal field of the master data: a number is read only as a person writes it
// in their language — digits, an optional minus, the decimal mark and thousands separators of
// the user's locale (en: 1,234.5 or 1234.5; nl: 1.234,5 or 1234,5). JavaScript's Number() also
// reads "0x10", "1e3", "Infinity" and thousands of digits; none of those is a quantity a person
// types, so none of them passes here.
//
// One tolerance keeps what people type on the "other" keyboard: a single separator that cannot
// be a thousands separator (not followed by exactly three digits) is the decimal mark, so "2,5"
// is 2.5 in English too and "7.5" is 7.5 in Dutch; "1,234" is 1234 in English and 1.234 in Dutch.
//
// The locale comes from the request: runAction parses every schema inside withNumberLocale(). A
// zod parse is synchronous, so the value set around it cannot leak into another request; outside
// such a parse (a direct call, the CSV import's rows) English notation applies.

export type NumberLocale = "en" | "nl";

/** More digits than any stored decimal has (numeric(38,15)); anything longer is not a quantity. */
export const MAX_DECIMAL_DIGITS = 38;

let current: NumberLocale | null = null;

export function withNumberLocale<T>(locale: NumberLocale, parse: () => T): T {
  const previous = current;
  current = locale;
  try {
    return parse();
  } finally {
    current = previous;
  }
}

export function numberLocale(): NumberLocale {
  return current ?? "en";
}

const MARKS: Record<NumberLocale, { decimal: string; group: string }> = {
  en: { decimal: ".", group: "," },
  nl: { decimal: ",", group: "." },
};

// plain: digits with the locale's decimal mark; grouped: thousands separators in groups of three;
// other: the tolerance above. Dutch differs in one way: the forms fill their fields with the stored
// value in "." notation (String(Number(v))), so "12.345" sent back unchanged must stay 12.345,
// not become 12345. A single "." is therefore always the decimal mark; Dutch grouping is read
// only where it cannot be a stored value: two or more groups ("1.234.567") or with a decimal
// comma ("1.234,5").
const PATTERNS: Record<NumberLocale, { plain: RegExp; grouped: RegExp[]; other: RegExp }> = {
  en: {
    plain: /^(\d+)(?:\.(\d+))?$/,
    grouped: [/^([1-9]\d{0,2}(?:,\d{3})+)(?:\.(\d+))?$/],
    other: /^(\d+),(\d{1,2}|\d{4,})$/,
  },
  nl: {
    plain: /^(\d+)(?:,(\d+))?$/,
    grouped: [/^([1-9]\d{0,2}(?:\.\d{3}){2,})(?:,(\d+))?$/, /^([1-9]\d{0,2}(?:\.\d{3})+),(\d+)$/],
    other: /^(\d+)\.(\d+)$/,
  },
};

/**
 * The decimal `text` stands for, as canonical text ("-1234.5": "." as decimal mark, no
 * grouping), or null when it is not a decimal written in `locale`'s notation.
 */
export function parseDecimalText(text: string, locale: NumberLocale = numberLocale()): string | null {
  let s = text.trim();
  if (s.length === 0 || s.length > MAX_DECIMAL_DIGITS + 15) return null;
  const negative = s.startsWith("-");
  if (negative) s = s.slice(1);
  const p = PATTERNS[locale];
  let whole: string;
  let fraction: string | undefined;
  let m = p.plain.exec(s) ?? p.other.exec(s);
  if (m) [, whole, fraction] = m;
  else if ((m = p.grouped.map((g) => g.exec(s)).find((x) => x !== null) ?? null)) {
    whole = m[1].split(MARKS[locale].group).join("");
    fraction = m[2];
  } else return null;
  if (whole.length + (fraction?.length ?? 0) > MAX_DECIMAL_DIGITS) return null;
  return `${negative ? "-" : ""}${whole}${fraction === undefined ? "" : `.${fraction}`}`;
}
