// PO-8 and every decimal field of the master data: a number is read only as a person writes it
// in their language — digits, an optional minus, the decimal mark and thousands separators of
// the user's locale (en: 1,234.5 or 1234.5; nl: 1.234,5 or 1234,5). JavaScript's Number() also
// reads "0x10", "1e3", "Infinity" and thousands of digits; none of those is a quantity a person
// types, so none of them passes here.
//
// One tolerance keeps what people type on the "other" keyboard: a single separator that cannot
// be a thousands separator (not followed by exactly three digits) is the decimal mark, so "2,5"
// is 2.5 in English too and "7.5" is 7.5 in Dutch; "1,234" stays 1234 in English and 1.234 in Dutch.
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

const esc = (c: string) => `\\${c}`;
const patterns = new Map<NumberLocale, { plain: RegExp; grouped: RegExp; other: RegExp }>();
function patternsOf(locale: NumberLocale) {
  let p = patterns.get(locale);
  if (!p) {
    const d = esc(MARKS[locale].decimal);
    const g = esc(MARKS[locale].group);
    p = {
      plain: new RegExp(`^(\\d+)(?:${d}(\\d+))?$`),
      grouped: new RegExp(`^([1-9]\\d{0,2}(?:${g}\\d{3})+)(?:${d}(\\d+))?$`),
      // The tolerance: one "other" separator not followed by exactly three digits.
      other: new RegExp(`^(\\d+)${g}(\\d{1,2}|\\d{4,})$`),
    };
    patterns.set(locale, p);
  }
  return p;
}

/**
 * The decimal `text` stands for, as canonical text ("-1234.5": "." as decimal mark, no
 * grouping), or null when it is not a decimal written in `locale`'s notation.
 */
export function parseDecimalText(text: string, locale: NumberLocale = numberLocale()): string | null {
  let s = text.trim();
  if (s.length === 0 || s.length > MAX_DECIMAL_DIGITS + 15) return null;
  const negative = s.startsWith("-");
  if (negative) s = s.slice(1);
  const p = patternsOf(locale);
  let whole: string;
  let fraction: string | undefined;
  let m = p.plain.exec(s);
  if (m) [, whole, fraction] = m;
  else if ((m = p.grouped.exec(s))) {
    whole = m[1].split(MARKS[locale].group).join("");
    fraction = m[2];
  } else if ((m = p.other.exec(s))) [, whole, fraction] = m;
  else return null;
  if (whole.length + (fraction?.length ?? 0) > MAX_DECIMAL_DIGITS) return null;
  return `${negative ? "-" : ""}${whole}${fraction === undefined ? "" : `.${fraction}`}`;
}
