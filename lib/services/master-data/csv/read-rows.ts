import { parseCsv } from "@/lib/domain/csv/parse";
import {
  IMPORT_COLUMNS,
  MAX_IMPORT_ROWS,
  REQUIRED_COLUMNS,
  ROW_SCHEMAS,
  type BomLineRow,
  type ImportKind,
  type ItemRow,
  type RoutingLineRow,
} from "@/lib/validation/master-data/csv-import";

// From CSV text to validated rows: the header row is matched against BC's captions, every data
// row is checked with its zod schema, and every problem is collected (row, column, message) so
// the admin sees all of them at once.

export type RowError = { row: number; column: string; message: string };
export type RowsOf = { items: ItemRow; bomLines: BomLineRow; routingLines: RoutingLineRow };
export type ImportRow<K extends ImportKind> = { row: number; data: RowsOf[K] };

const norm = (s: string) => s.trim().toLowerCase();

export function captionOf(kind: ImportKind, key: string): string {
  const hit = Object.entries(IMPORT_COLUMNS[kind]).find(([, k]) => k === key);
  return hit ? hit[0] : key;
}

/** `fileError`: the file as a whole cannot be read (bad quoting, header); no row was checked. */
export function readImportRows<K extends ImportKind>(kind: K, text: string): { rows: ImportRow<K>[]; errors: RowError[]; fileError: boolean } {
  const parsed = parseCsv(text);
  if (parsed.error) return { rows: [], errors: [{ row: parsed.error.line, column: "", message: parsed.error.message }], fileError: true };
  const [header, ...records] = parsed.records;
  if (!header) return { rows: [], errors: [{ row: 1, column: "", message: "The file has no header row." }], fileError: true };
  const columns: Record<string, string> = IMPORT_COLUMNS[kind];
  const byCaption = new Map(Object.entries(columns).map(([caption, key]) => [norm(caption), key]));
  const errors: RowError[] = [];
  const keys = header.fields.map((name) => {
    const key = byCaption.get(norm(name));
    if (!key) errors.push({ row: header.line, column: name, message: `The column ${name} is not known. Expected: ${Object.keys(columns).join(", ")}.` });
    return key;
  });
  const seen = new Set(keys);
  for (const required of REQUIRED_COLUMNS[kind]) {
    if (!seen.has(columns[required])) errors.push({ row: header.line, column: required, message: `The column ${required} is missing.` });
  }
  if (records.length > MAX_IMPORT_ROWS) errors.push({ row: records[MAX_IMPORT_ROWS].line, column: "", message: `A file may hold at most ${MAX_IMPORT_ROWS} rows.` });
  if (errors.length) return { rows: [], errors, fileError: true };

  const schema = ROW_SCHEMAS[kind];
  const rows: ImportRow<K>[] = [];
  for (const record of records) {
    if (record.fields.length > keys.length) {
      errors.push({ row: record.line, column: "", message: `The row has ${record.fields.length} values but the header has ${keys.length} columns.` });
      continue;
    }
    const raw: Record<string, string> = {};
    keys.forEach((key, i) => { if (key) raw[key] = record.fields[i] ?? ""; });
    const result = schema.safeParse(raw);
    if (result.success) rows.push({ row: record.line, data: result.data as RowsOf[K] });
    else for (const issue of result.error.issues) errors.push({ row: record.line, column: captionOf(kind, String(issue.path[0] ?? "")), message: issue.message });
  }
  if (records.length === 0) errors.push({ row: header.line, column: "", message: "The file has no rows under the header." });
  return { rows, errors, fileError: records.length === 0 };
}

/** Reports a key that appears twice in one file (both rows would write the same record). */
export function duplicateErrors<T>(rows: { row: number; data: T }[], keyOf: (d: T) => string | null, column: string, label: (d: T) => string): RowError[] {
  const first = new Map<string, number>();
  const errors: RowError[] = [];
  for (const r of rows) {
    const key = keyOf(r.data);
    if (key === null) continue;
    const at = first.get(key);
    if (at !== undefined) errors.push({ row: r.row, column, message: `${label(r.data)} is also on row ${at}.` });
    else first.set(key, r.row);
  }
  return errors;
}
