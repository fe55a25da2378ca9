import { cycleMessage } from "@/lib/domain/bom/cycle-check";
import { cycleOf, loadBomGraph } from "@/lib/services/master-data/boms/cycle";
import { inTurn, type Tx } from "@/lib/services/tx";
import { duplicateErrors, type ImportRow, type RowError } from "@/lib/services/master-data/csv/read-rows";
import {
  columnList,
  PLANNING_SQL_COLUMNS,
  setList,
  unnestOf,
  valueList,
  type SqlColumns,
} from "@/lib/services/master-data/csv/sql-columns";
import { msg } from "@/lib/i18n/domain-message";

type Rows = ImportRow<"items">[];
const uniq = (xs: (string | null | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))];

const ITEM_COLUMNS: SqlColumns = {
  no: { type: "text" },
  description: { type: "text" },
  description2: { type: "text" },
  baseUnitOfMeasure: { type: "text" },
  replenishmentSystem: { type: "text", enumType: "ReplenishmentSystem" },
  manufacturingPolicy: { type: "text", enumType: "ManufacturingPolicy" },
  productionBomNo: { type: "text" },
  routingNo: { type: "text" },
  scrapPercent: { type: "numeric" },
  leadTimeDays: { type: "int" },
  safetyLeadTimeDays: { type: "int" },
  unitCost: { type: "numeric" },
  blocked: { type: "boolean" },
  productionBlocked: { type: "text", enumType: "ProductionBlocked" },
  roundingPrecision: { type: "numeric" },
  ...PLANNING_SQL_COLUMNS,
};

/**
 * Existence checks in bulk: one query per referenced table, plus one for which items exist. A
 * new item must have the fields that have no default (Base Unit of Measure). Returns the Nos.
 * that exist, which decide update or insert.
 */
export async function checkItemRows(
  tx: Tx,
  rows: Rows,
  columns: ReadonlySet<string>,
): Promise<{ errors: RowError[]; existing: Set<string> }> {
  const errors = duplicateErrors(
    rows,
    (d) => d.no,
    "No.",
    (d) => msg("partItem", { no: d.no }),
  );
  const [found, uoms, boms, routings] = await inTurn(
    () => tx.item.findMany({ where: { no: { in: rows.map((r) => r.data.no) } }, select: { no: true } }),
    () =>
      tx.unitOfMeasure.findMany({
        where: { code: { in: uniq(rows.map((r) => r.data.baseUnitOfMeasure ?? null)) } },
        select: { code: true },
      }),
    () => tx.productionBom.findMany({ where: { no: { in: uniq(rows.map((r) => r.data.productionBomNo ?? null)) } }, select: { no: true } }),
    () => tx.routing.findMany({ where: { no: { in: uniq(rows.map((r) => r.data.routingNo ?? null)) } }, select: { no: true } }),
  );
  const existing = new Set(found.map((i) => i.no));
  const [uomSet, bomSet, routingSet] = [
    new Set(uoms.map((u) => u.code)),
    new Set(boms.map((b) => b.no)),
    new Set(routings.map((r) => r.no)),
  ];
  for (const { row, data } of rows) {
    if (!existing.has(data.no) && !columns.has("baseUnitOfMeasure"))
      errors.push({ row, column: "Base Unit of Measure", message: msg("valueRequired", { field: msg("partBaseUnitOfMeasure") }) });
    if (data.baseUnitOfMeasure && !uomSet.has(data.baseUnitOfMeasure))
      errors.push({
        row,
        column: "Base Unit of Measure",
        message: msg("recordNotFound", { record: msg("partUnitOfMeasure", { code: data.baseUnitOfMeasure }) }),
      });
    if (data.productionBomNo && !bomSet.has(data.productionBomNo))
      errors.push({
        row,
        column: "Production BOM No.",
        message: msg("recordNotFound", { record: msg("partBom", { no: data.productionBomNo }) }),
      });
    if (data.routingNo && !routingSet.has(data.routingNo))
      errors.push({ row, column: "Routing No.", message: msg("recordNotFound", { record: msg("partRouting", { no: data.routingNo }) }) });
  }
  return { errors, existing };
}

/**
 * Writes only the columns the file names: one UPDATE for the items that exist (the others keep
 * their values), one INSERT for the new ones (absent columns take the table's defaults). The
 * base unit gets its unit row.
 */
export async function writeItemRows(tx: Tx, rows: Rows, columns: ReadonlySet<string>, existing: Set<string>) {
  const keys = Object.keys(ITEM_COLUMNS).filter((k) => columns.has(k));
  const fields = keys.filter((k) => k !== "no");
  const data = (pick: (no: string) => boolean) => rows.filter((r) => pick(r.data.no)).map((r) => r.data as Record<string, unknown>);
  const updates = data((no) => existing.has(no));
  const inserts = data((no) => !existing.has(no));
  if (updates.length && fields.length) {
    await tx.$executeRaw`
      UPDATE "Item" i SET ${setList(fields, ITEM_COLUMNS)}, "version" = i."version" + 1
      FROM ${unnestOf(updates, keys, ITEM_COLUMNS)} WHERE i."no" = t."no"`;
  }
  if (inserts.length) {
    await tx.$executeRaw`
      INSERT INTO "Item" (${columnList(keys)}) SELECT ${valueList(keys, ITEM_COLUMNS)} FROM ${unnestOf(inserts, keys, ITEM_COLUMNS)}`;
  }
  if (columns.has("baseUnitOfMeasure")) {
    await tx.$executeRaw`
      INSERT INTO "ItemUnitOfMeasure" ("itemNo", "code", "qtyPerUnitOfMeasure")
      SELECT n, u, 1 FROM unnest(${rows.map((r) => r.data.no)}::text[], ${rows.map((r) => r.data.baseUnitOfMeasure!)}::text[]) AS t(n, u)
      ON CONFLICT DO NOTHING`;
  }
}

/**
 * After the write, inside the same transaction: an item given a Production BOM that (through
 * any depth) contains the item itself would make that BOM contain itself.
 */
export async function itemCycleErrors(tx: Tx, rows: Rows): Promise<RowError[]> {
  const bomNos = uniq(rows.map((r) => r.data.productionBomNo));
  if (!bomNos.length) return [];
  const lines = await tx.productionBomLine.findMany({
    where: { bomNo: { in: bomNos } },
    select: { bomNo: true, type: true, no: true },
    distinct: ["bomNo", "type", "no"],
  });
  const graph = await loadBomGraph(
    tx,
    lines.map((l) => ({ origin: l.bomNo, type: l.type, no: l.no })),
  );
  const errors: RowError[] = [];
  for (const bomNo of bomNos) {
    const steps = cycleOf(graph, bomNo);
    if (!steps) continue;
    for (const { row, data } of rows) {
      if (data.productionBomNo === bomNo && steps.some((s) => s.type === "ITEM" && s.no === data.no)) {
        errors.push({ row, column: "Production BOM No.", message: cycleMessage(bomNo, steps) });
      }
    }
  }
  return errors;
}
