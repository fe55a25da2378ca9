// RFC 4180 CSV writing for the list exports. Text cells that a spreadsheet would run as a
// formula (= + - @, tab, carriage return first) get a leading single quote: CSV injection
// (OWASP). Numbers are written as they are, so "-5" stays a number.

export type CsvCell = string | number | boolean | null | undefined | { toString(): string };

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  const numeric = typeof value === "number" || (typeof value === "object" && "toFixed" in value);
  let text = typeof value === "boolean" ? (value ? "Yes" : "No") : String(value);
  if (!numeric && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: CsvCell[]): string {
  return cells.map(csvField).join(",") + "\r\n";
}

export function toCsv(header: string[], rows: CsvCell[][]): string {
  return csvLine(header) + rows.map(csvLine).join("");
}
