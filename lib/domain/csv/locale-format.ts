// How a CSV file looks in the user's language, as the spreadsheet of that language writes and
// reads it. English: "," between values, "1234.50". Dutch (Excel with Dutch regional settings):
// ";" between values and a decimal comma, "1.234,50" with an optional "." between thousands.
// Pure. A locale-aware parser for form fields is being written elsewhere (lib/validation); this
// one is the CSV's own until the two are unified.

export type CsvLocale = "en" | "nl";

export const CSV_DELIMITER: Record<CsvLocale, string> = { en: ",", nl: ";" };

const NL_GROUPED = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/;
const NL_PLAIN = /^-?\d+(,\d+)?$/;
const EN_PLAIN = /^-?\d+(\.\d+)?$/;

/**
 * A decimal cell as the canonical text "1234.50", or null when it is not a number in that
 * locale. Dutch: "1.234,50", "1234,5", "12" (a "." is only ever a thousands separator, so
 * "12.5" is refused rather than read as 125 or 12,5). Blank stays blank.
 */
export function normalizeDecimal(text: string, locale: CsvLocale): string | null {
  const t = text.trim();
  if (t === "") return "";
  if (locale === "en") return EN_PLAIN.test(t) ? t : null;
  if (NL_GROUPED.test(t) || NL_PLAIN.test(t)) return t.replace(/\./g, "").replace(",", ".");
  return null;
}

/** A canonical decimal ("1234.5") as the locale's spreadsheet reads it ("1234,5"); no grouping. */
export function formatDecimal(text: string, locale: CsvLocale): string {
  return locale === "nl" ? text.replace(".", ",") : text;
}

/**
 * The delimiter of a file: the locale's own, unless the header reads as more known captions
 * with the other one (a Dutch user may still import a comma-separated file).
 */
export function detectDelimiter(firstLine: string, locale: CsvLocale, known: (caption: string) => boolean): string {
  if (locale === "en") return ",";
  const score = (d: string) => firstLine.split(d).filter((c) => known(c.replace(/^\uFEFF/, "").trim().replace(/^"(.*)"$/, "$1"))).length;
  return score(",") > score(";") ? "," : ";";
}
