// PO-8 and every decimal the user hands us (form fields, CSV cells): a number is read only as a
// person writes it in their language — digits, an optional minus, the decimal mark and thousands
// separators of the locale (en: 1,234.5 or 1234.5; nl: 1.234,5 or 1234,5). JavaScript's Number()
// also reads "0x10", "1e3", "Infinity" and thousands of digits; none of those is a quantity a
// person writes, so none of them passes here, whatever the mode. Pure: the caller says the locale.
//
// Two modes, because a form field and a file cell come from different hands:
// - "form": what a person types, plus two tolerances.
//   1. The stored value: forms prefill their fields with String(Number(v)), "." notation, so a
//      Dutch "12.345" sent back unchanged is 12.345 (not 12345), a single "." always the decimal
//      mark; Dutch grouping is read only where it cannot be a stored value ("1.234.567",
//      "1.234,5").
//   2. The other keyboard: a single separator that cannot be a thousands separator (not followed
//      by exactly three digits) is the decimal mark, so "2,5" is 2.5 in English too.
// - "file": what the spreadsheet of that language writes, nothing else. A separator is exactly
//   what the locale says it is: a Dutch "." only ever separates thousands, so "12.5" is refused
//   rather than guessed as 125 or 12,5; an English "," likewise ("2,5" refused, "1,234" is 1234).

export type NumberLocale = "en" | "nl";
export type NotationMode = "form" | "file";

/** More digits than any stored decimal has (numeric(38,15)); anything longer is not a quantity. */
export const MAX_DECIMAL_DIGITS = 38;

export const DECIMAL_MARKS: Record<NumberLocale, { decimal: string; group: string }> = {
  en: { decimal: ".", group: "," },
  nl: { decimal: ",", group: "." },
};

type Patterns = { plain: RegExp; grouped: RegExp; other: RegExp };

// Built from the marks, so both locales share one shape: plain digits with the decimal mark;
// thousands grouped in threes after a first group of 1–3 digits not starting with 0; and one lone
// group separator (the other keyboard's decimal mark).
function patternsOf({ decimal, group }: { decimal: string; group: string }): Patterns {
  const [d, g] = [`\\${decimal}`, `\\${group}`];
  return {
    plain: new RegExp(`^(\\d+)(?:${d}(\\d+))?$`),
    grouped: new RegExp(`^([1-9]\\d{0,2}(?:${g}\\d{3})+)(?:${d}(\\d+))?$`),
    other: new RegExp(`^(\\d+)${g}(\\d+)$`),
  };
}

const PATTERNS: Record<NumberLocale, Patterns> = { en: patternsOf(DECIMAL_MARKS.en), nl: patternsOf(DECIMAL_MARKS.nl) };
const STORED = patternsOf(DECIMAL_MARKS.en).plain;

/** [whole digits, fraction digits] of an unsigned decimal, or null. */
function split(s: string, locale: NumberLocale, mode: NotationMode): [string, string | undefined] | null {
  const p = PATTERNS[locale];
  const hit = (m: RegExpExecArray | null) => (m ? ([m[1], m[2]] as [string, string | undefined]) : null);
  if (mode === "form") {
    const stored = hit(STORED.exec(s));
    if (stored) return stored;
  }
  const plain = hit(p.plain.exec(s));
  if (plain) return plain;
  const grouped = hit(p.grouped.exec(s));
  if (grouped) return [grouped[0].split(DECIMAL_MARKS[locale].group).join(""), grouped[1]];
  if (mode === "form") {
    const other = hit(p.other.exec(s));
    if (other && other[1]?.length !== 3) return other;
  }
  return null;
}

/**
 * The decimal `text` stands for, as canonical text ("-1234.5": "." as decimal mark, no grouping),
 * or null when it is not a decimal written in `locale`'s notation under `mode` (see above).
 * Blank text is not a decimal: null.
 */
export function readDecimal(text: string, locale: NumberLocale, mode: NotationMode): string | null {
  let s = text.trim();
  if (s.length === 0 || s.length > MAX_DECIMAL_DIGITS + 15) return null;
  const negative = s.startsWith("-");
  if (negative) s = s.slice(1);
  const parts = split(s, locale, mode);
  if (!parts) return null;
  const [whole, fraction] = parts;
  if (whole.length + (fraction?.length ?? 0) > MAX_DECIMAL_DIGITS) return null;
  return `${negative ? "-" : ""}${whole}${fraction === undefined ? "" : `.${fraction}`}`;
}

/** A canonical decimal ("1234.5") as `locale` writes it in a file ("1234,5"); no grouping. */
export function writeDecimal(canonical: string, locale: NumberLocale): string {
  return canonical.replace(".", DECIMAL_MARKS[locale].decimal);
}
