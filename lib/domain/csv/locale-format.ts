// How a CSV file looks in the user's language, as the spreadsheet of that language writes and
// reads it. English: "," between values, "1234.50". Dutch (Excel with Dutch regional settings):
// ";" between values and a decimal comma, "1.234,50" with an optional "." between thousands.
// Pure. The decimal notation itself (digits, grouping, limits) is lib/domain/number/
// decimal-notation.ts in its strict "file" mode; this file adds the delimiter.
import { readDecimal, writeDecimal, type NumberLocale } from "@/lib/domain/number/decimal-notation";

export type CsvLocale = NumberLocale;

export const CSV_DELIMITER: Record<CsvLocale, string> = { en: ",", nl: ";" };

/**
 * A decimal cell as the canonical text "1234.50", or null when it is not a number as that
 * locale's spreadsheet writes it. Dutch: "1.234,50", "1234,5", "12" (a "." is only ever a
 * thousands separator, so "12.5" is refused rather than read as 125 or 12,5); English likewise
 * ("1,234.50", "1234.50"; "1234,50" refused). Never hex, an exponent, Infinity or more than 38
 * digits. Blank stays blank.
 */
export function normalizeDecimal(text: string, locale: CsvLocale): string | null {
  return text.trim() === "" ? "" : readDecimal(text, locale, "file");
}

/** A canonical decimal ("1234.5") as the locale's spreadsheet reads it ("1234,5"); no grouping. */
export function formatDecimal(text: string, locale: CsvLocale): string {
  return writeDecimal(text, locale);
}

/**
 * The delimiter of a file: the locale's own, unless the header reads as more known captions
 * with the other one (a Dutch user may still import a comma-separated file).
 */
export function detectDelimiter(firstLine: string, locale: CsvLocale, known: (caption: string) => boolean): string {
  if (locale === "en") return ",";
  const score = (d: string) =>
    firstLine.split(d).filter((c) =>
      known(
        c
          .replace(/^\uFEFF/, "")
          .trim()
          .replace(/^"(.*)"$/, "$1"),
      ),
    ).length;
  return score(",") > score(";") ? "," : ";";
}
