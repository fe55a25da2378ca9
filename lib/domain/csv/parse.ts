import { msg, type Message } from "@/lib/i18n/domain-message";
// RFC 4180 CSV reading for the admin import. Kept here (no npm package) because the rules are
// small and the import must report errors per row: each record carries the physical line it
// starts on, which is what a user sees in a text editor or spreadsheet (quoted newlines make the
// two differ). A leading UTF-8 byte order mark (Excel's "CSV UTF-8") is dropped.

export type CsvRecord = { line: number; fields: string[] };
export type CsvParseResult = { records: CsvRecord[]; error?: { line: number; message: Message } };

export function parseCsv(text: string, delimiter = ","): CsvParseResult {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let quotedField = false;
  let quoteStartLine = 1;

  const endRecord = () => {
    fields.push(field);
    // A blank line is not a record (spreadsheets leave them at the end of a file).
    if (!(fields.length === 1 && fields[0] === "" && !quotedField)) records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    quotedField = false;
  };

  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (inQuotes) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === "\n" || (c === "\r" && src[i + 1] !== "\n")) line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === "") {
      inQuotes = true;
      quotedField = true;
      quoteStartLine = line;
    } else if (c === delimiter) {
      fields.push(field);
      field = "";
      quotedField = false;
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += c;
    }
  }
  if (inQuotes) return { records, error: { line: quoteStartLine, message: msg("importQuoteNotClosed", { line: quoteStartLine }) } };
  if (field !== "" || fields.length > 0 || quotedField) endRecord();
  return { records };
}
