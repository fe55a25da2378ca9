// PO-8 and every decimal field of the master data, as typed in a form: the notation rules (and the
// form's two tolerances) live in lib/domain/number/decimal-notation.ts, mode "form"; this file adds
// only the request's locale.
//
// The locale comes from the request: runAction parses every schema inside withNumberLocale(). A
// zod parse is synchronous, so the value set around it cannot leak into another request; outside
// such a parse (a direct call, the CSV import's rows, which read their cells in mode "file" first)
// English notation applies.
import { readDecimal, type NumberLocale } from "@/lib/domain/number/decimal-notation";

export type { NumberLocale } from "@/lib/domain/number/decimal-notation";

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

/**
 * The decimal `text` stands for, as canonical text ("-1234.5": "." as decimal mark, no
 * grouping), or null when it is not a decimal typed in `locale`'s notation.
 */
export function parseDecimalText(text: string, locale: NumberLocale = numberLocale()): string | null {
  return readDecimal(text, locale, "form");
}
