import { detectDelimiter, normalizeDecimal, type CsvLocale } from "@/lib/domain/csv/locale-format";
import { parseCsv } from "@/lib/domain/csv/parse";
import {
  DECIMAL_KEYS,
  IMPORT_COLUMNS,
  MAX_IMPORT_ROWS,
  REQUIRED_COLUMNS,
  ROW_SCHEMAS,
  type BomLineRow,
  type ImportKind,
  type InventoryRow,
  type ItemRow,
  type ItemUnitRow,
  type ItemVariantRow,
  type StockkeepingUnitRow,
  type ProductionBomRow,
  type RoutingLineRow,
  type RoutingRow,
} from "@/lib/validation/master-data/csv-import";
import { issueMessage, msg, type CaptionKey, type Message } from "@/lib/i18n/domain-message";

// From CSV text to validated rows: the header row is matched against BC's captions, every data
// row is checked with its zod schema, and every problem is collected (row, column, message) so
// the admin sees all of them at once. Only the columns of the header are parsed: a row holds the
// fields the file names and nothing else, so the writers update those and keep the rest.

/** `message`: a Message (a zod issue's own, see issueMessage), or text zod worded itself. */
export type RowError = { row: number; column: string; message: Message | string };
export type RowsOf = {
  items: Partial<ItemRow> & Pick<ItemRow, "no">;
  itemUnitsOfMeasure: Partial<ItemUnitRow> & Pick<ItemUnitRow, "itemNo" | "code">;
  itemVariants: Partial<ItemVariantRow> & Pick<ItemVariantRow, "itemNo" | "code">;
  stockkeepingUnits: Partial<StockkeepingUnitRow> & Pick<StockkeepingUnitRow, "itemNo" | "locationCode">;
  inventory: Partial<InventoryRow> & Pick<InventoryRow, "itemNo" | "locationCode">;
  productionBoms: Partial<ProductionBomRow> & Pick<ProductionBomRow, "no">;
  routings: Partial<RoutingRow> & Pick<RoutingRow, "no">;
  bomLines: Partial<BomLineRow> & Pick<BomLineRow, "bomNo">;
  routingLines: Partial<RoutingLineRow> & Pick<RoutingLineRow, "routingNo" | "operationNo">;
};
export type ImportRow<K extends ImportKind> = { row: number; data: RowsOf[K] };
export type ReadRows<K extends ImportKind> = { rows: ImportRow<K>[]; errors: RowError[]; fileError: boolean; columns: ReadonlySet<string> };

const norm = (s: string) => s.trim().toLowerCase();

/** The caption fragments of the decimal columns (DECIMAL_KEYS), for "… must be a number.". */
const DECIMAL_CAPTIONS: Record<string, CaptionKey> = {
  scrapPercent: "partScrapPercent",
  unitCost: "partUnitCost",
  roundingPrecision: "partRoundingPrecision",
  qtyPerUnitOfMeasure: "partQtyPerUnitOfMeasure",
  quantity: "partQuantity",
  quantityPer: "partQuantityPer",
  setupTime: "partSetupTime",
  runTime: "partRunTime",
  waitTime: "partWaitTime",
  moveTime: "partMoveTime",
  safetyStockQuantity: "partSafetyStockQuantity",
  reorderPoint: "partReorderPoint",
  reorderQuantity: "partReorderQuantity",
  maximumInventory: "partMaximumInventory",
  overflowLevel: "partOverflowLevel",
  dampenerQuantity: "partDampenerQuantity",
  minimumOrderQuantity: "partMinimumOrderQuantity",
  maximumOrderQuantity: "partMaximumOrderQuantity",
  orderMultiple: "partOrderMultiple",
};

export function captionOf(kind: ImportKind, key: string): string {
  const hit = Object.entries(IMPORT_COLUMNS[kind]).find(([, k]) => k === key);
  return hit ? hit[0] : key;
}

/**
 * `fileError`: the file as a whole cannot be read (bad quoting, header); no row was checked.
 * `columns`: the row keys the header names. `locale` decides the delimiter and decimal separator.
 */
export function readImportRows<K extends ImportKind>(kind: K, text: string, locale: CsvLocale = "en"): ReadRows<K> {
  const columns: Record<string, string> = IMPORT_COLUMNS[kind];
  const byCaption = new Map(Object.entries(columns).map(([caption, key]) => [norm(caption), key]));
  const none = new Set<string>();
  const delimiter = detectDelimiter(text.slice(0, text.search(/\r|\n|$/)), locale, (c) => byCaption.has(norm(c)));
  const parsed = parseCsv(text, delimiter);
  if (parsed.error)
    return { rows: [], errors: [{ row: parsed.error.line, column: "", message: parsed.error.message }], fileError: true, columns: none };
  const [header, ...records] = parsed.records;
  if (!header) return { rows: [], errors: [{ row: 1, column: "", message: msg("importNoHeader") }], fileError: true, columns: none };
  const errors: RowError[] = [];
  const keys = header.fields.map((name) => {
    const key = byCaption.get(norm(name));
    if (!key)
      errors.push({ row: header.line, column: name, message: msg("importColumnUnknown", { name, list: Object.keys(columns).join(", ") }) });
    return key;
  });
  const seen = new Set(keys.filter((k): k is string => !!k));
  for (const required of REQUIRED_COLUMNS[kind]) {
    if (!seen.has(columns[required]))
      errors.push({ row: header.line, column: required, message: msg("importColumnMissing", { name: required }) });
  }
  if (records.length > MAX_IMPORT_ROWS)
    errors.push({ row: records[MAX_IMPORT_ROWS].line, column: "", message: msg("importTooManyRows", { max: MAX_IMPORT_ROWS }) });
  if (errors.length) return { rows: [], errors, fileError: true, columns: seen };

  // Only the named columns: an absent one is neither parsed (no default) nor written.
  const schema = (ROW_SCHEMAS[kind] as unknown as { pick: (mask: Record<string, true>) => (typeof ROW_SCHEMAS)[K] }).pick(
    Object.fromEntries([...seen].map((k) => [k, true])),
  );
  // Every decimal cell is read as the locale's spreadsheet writes it (strict "file" notation,
  // decimal-notation.ts) and rewritten to the canonical text the schemas check for range.
  const decimals = DECIMAL_KEYS[kind].filter((k) => seen.has(k));
  const rows: ImportRow<K>[] = [];
  for (const record of records) {
    if (record.fields.length > keys.length) {
      errors.push({
        row: record.line,
        column: "",
        message: msg("importRowTooLong", { values: record.fields.length, columns: keys.length }),
      });
      continue;
    }
    const raw: Record<string, string> = {};
    keys.forEach((key, i) => {
      if (key) raw[key] = record.fields[i] ?? "";
    });
    let numbersOk = true;
    for (const key of decimals) {
      const value = normalizeDecimal(raw[key], locale);
      if (value === null) {
        errors.push({
          row: record.line,
          column: captionOf(kind, key),
          message: msg("numberInvalid", { field: msg(DECIMAL_CAPTIONS[key]) }),
        });
        numbersOk = false;
        delete raw[key]; // reported once, here, not again by the schema
      } else raw[key] = value;
    }
    const result = schema.safeParse(raw);
    if (result.success && !numbersOk) continue;
    if (result.success) rows.push({ row: record.line, data: result.data as RowsOf[K] });
    else
      for (const issue of result.error.issues)
        errors.push({ row: record.line, column: captionOf(kind, String(issue.path[0] ?? "")), message: issueMessage(issue) });
  }
  if (records.length === 0) errors.push({ row: header.line, column: "", message: msg("importNoRows") });
  return { rows, errors, fileError: records.length === 0, columns: seen };
}

/** Reports a key that appears twice in one file (both rows would write the same record). */
export function duplicateErrors<T>(
  rows: { row: number; data: T }[],
  keyOf: (d: T) => string | null,
  column: string,
  label: (d: T) => Message,
): RowError[] {
  const first = new Map<string, number>();
  const errors: RowError[] = [];
  for (const r of rows) {
    const key = keyOf(r.data);
    if (key === null) continue;
    const at = first.get(key);
    if (at !== undefined) errors.push({ row: r.row, column, message: msg("recordDuplicateRow", { record: label(r.data), row: at }) });
    else first.set(key, r.row);
  }
  return errors;
}
