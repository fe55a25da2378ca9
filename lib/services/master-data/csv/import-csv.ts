import { db } from "@/lib/db";
import type { CsvLocale } from "@/lib/domain/csv/locale-format";
import { renderMessage } from "@/lib/i18n/domain-message";
import { writeAudit, type Actor } from "@/lib/services/audit";
import { bomLineCycleErrors, checkBomLineRows, writeBomLineRows } from "@/lib/services/master-data/csv/import-bom-lines";
import { checkHeaderRows, writeHeaderRows, type HeaderKind } from "@/lib/services/master-data/csv/import-headers";
import { checkItemTableRows, writeItemTableRows, type ItemTableKind } from "@/lib/services/master-data/csv/import-item-tables";
import { checkItemRows, itemCycleErrors, writeItemRows } from "@/lib/services/master-data/csv/import-items";
import { planningCombinationErrors } from "@/lib/services/master-data/csv/planning-check";
import { checkRoutingLineRows, writeRoutingLineRows } from "@/lib/services/master-data/csv/import-routing-lines";
import { readImportRows, type ImportRow, type RowError } from "@/lib/services/master-data/csv/read-rows";
import { lockBomStructure } from "@/lib/services/master-data/boms/cycle";
import type { Tx } from "@/lib/services/tx";
import type { ImportCsvInput, ImportKind } from "@/lib/validation/master-data/csv-import";

export type ImportError = { row: number; column: string; message: string };
export type ImportResult = { kind: ImportKind; written: number; errors: ImportError[] };

/** Thrown inside the transaction to roll back a write whose after-checks failed. */
class ImportRejected extends Error {
  constructor(readonly errors: RowError[]) {
    super("import rejected");
  }
}

// Stable: within a row, errors keep the column order they were found in. Messages in the
// importing user's language (zod's are already: the rows are parsed in that language).
const byRow = (errors: RowError[], locale: CsvLocale) =>
  [...errors]
    .sort((a, b) => a.row - b.row)
    .map((e) => ({ ...e, message: typeof e.message === "string" ? e.message : renderMessage(e.message, locale) }));

/**
 * Imports items (and their units, variants, stockkeeping units, inventory), production BOM and
 * routing headers, or their lines from CSV. Every row is validated first (format,
 * then existence in bulk: one query per referenced table); when ANY row is invalid nothing is
 * written and every problem is reported (row, column, message). Otherwise all rows are written
 * in one transaction with bulk statements; checks that need the written state (BOM cycles) run
 * inside it and roll it back.
 */
export async function importCsv(input: ImportCsvInput, actor: Actor, locale: CsvLocale = "en"): Promise<ImportResult> {
  const { kind } = input;
  const { rows, errors: formatErrors, fileError, columns } = readImportRows(kind, input.text, locale);
  if (fileError) return { kind, written: 0, errors: byRow(formatErrors, locale) };
  try {
    return await db.$transaction(
      async (tx) => {
        // Existence checks also run for rows with format errors' neighbours, so one round shows all.
        const found = [...formatErrors, ...(await writeRows(tx, kind, rows, columns, formatErrors.length === 0))];
        if (found.length) throw new ImportRejected(found);
        await writeAudit(tx, actor, {
          action: `import.${kind}`,
          entityType: "Import",
          entityKey: kind,
          changes: { rows: rows.length, columns: [...columns] },
        });
        return { kind, written: rows.length, errors: [] };
      },
      { timeout: 60_000 },
    );
  } catch (e) {
    if (e instanceof ImportRejected) return { kind, written: 0, errors: byRow(e.errors, locale) };
    throw e;
  }
}

/**
 * Checks the rows, then (when `write` and all is well) writes them and runs the after-checks.
 * Only the `columns` the file names are written; a stored record keeps the others.
 */
async function writeRows(
  tx: Tx,
  kind: ImportKind,
  rows: ImportRow<ImportKind>[],
  columns: ReadonlySet<string>,
  write: boolean,
): Promise<RowError[]> {
  if (kind === "itemUnitsOfMeasure" || kind === "itemVariants" || kind === "stockkeepingUnits" || kind === "inventory") {
    const typed = rows as ImportRow<ItemTableKind>[];
    const errors = await checkItemTableRows(tx, kind, typed);
    if (errors.length || !write) return errors;
    await writeItemTableRows(tx, kind, typed, columns);
    return kind === "stockkeepingUnits" ? planningCombinationErrors(tx, kind, typed as ImportRow<"stockkeepingUnits">[]) : [];
  }
  if (kind === "routings" || kind === "productionBoms") {
    // BOM headers: certifying checks cycles, serialized with the BOM editor's saves.
    if (kind === "productionBoms") await lockBomStructure(tx);
    const typed = rows as ImportRow<HeaderKind>[];
    const { errors, plan } = await checkHeaderRows(tx, kind, typed, columns);
    if (errors.length || !write) return errors;
    return writeHeaderRows(tx, kind, typed, columns, plan);
  }
  if (kind === "routingLines") {
    const { errors, workCenterNos, lines } = await checkRoutingLineRows(tx, rows as ImportRow<"routingLines">[]);
    if (errors.length || !write) return errors;
    await writeRoutingLineRows(tx, lines, workCenterNos);
    return [];
  }
  // Items and BOM lines change the BOM structure: serialized with the BOM editor's saves.
  await lockBomStructure(tx);
  if (kind === "items") {
    const typed = rows as ImportRow<"items">[];
    const { errors, existing } = await checkItemRows(tx, typed, columns);
    if (errors.length || !write) return errors;
    await writeItemRows(tx, typed, columns, existing);
    return [...(await itemCycleErrors(tx, typed)), ...(await planningCombinationErrors(tx, "items", typed))];
  }
  const { errors, lines } = await checkBomLineRows(tx, rows as ImportRow<"bomLines">[]);
  if (errors.length || !write) return errors;
  await writeBomLineRows(tx, lines);
  return bomLineCycleErrors(tx, lines);
}
