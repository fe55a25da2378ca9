// RFC 4180 CSV writing for the list exports. Text cells that a spreadsheet would run as a
// formula (= + - @, tab, carriage return first) get a leading single quote: CSV injection
// (OWASP). Numbers are written as they are, so "-5" stays a number. In Dutch the file is what
// Dutch Excel opens by double-click: ";" between values and a decimal comma (locale-format.ts).

import { CSV_DELIMITER, formatDecimal, type CsvLocale } from "@/lib/domain/csv/locale-format";

export type CsvCell = string | number | boolean | null | undefined | { toString(): string };

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES: Record<CsvLocale, RegExp> = { en: /[",\r\n]|^\s|\s$/, nl: /[";\r\n]|^\s|\s$/ };

export function csvField(value: CsvCell, locale: CsvLocale = "en"): string {
  if (value === null || value === undefined) return "";
  const numeric = typeof value === "number" || (typeof value === "object" && "toFixed" in value);
  let text = typeof value === "boolean" ? (value ? "Yes" : "No") : String(value);
  if (numeric) text = formatDecimal(text, locale);
  if (!numeric && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES[locale].test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: CsvCell[], locale: CsvLocale = "en"): string {
  return cells.map((c) => csvField(c, locale)).join(CSV_DELIMITER[locale]) + "\r\n";
}

export function toCsv(header: string[], rows: CsvCell[][], locale: CsvLocale = "en"): string {
  return csvLine(header, locale) + rows.map((r) => csvLine(r, locale)).join("");
}
