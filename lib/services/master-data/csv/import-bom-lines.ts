import { cycleMessage } from "@/lib/domain/bom/cycle-check";
import { checkBomLines } from "@/lib/services/master-data/boms/bom-lines";
import { cycleOf, loadBomGraph } from "@/lib/services/master-data/boms/cycle";
import { bomLabel } from "@/lib/services/master-data/boms/guards";
import { isEditable, notEditableMessage } from "@/lib/domain/bom/status-rules";
import { inTurn, type Tx } from "@/lib/services/tx";
import { captionOf, duplicateErrors, type ImportRow, type RowError } from "@/lib/services/master-data/csv/read-rows";
import type { BomLineRow } from "@/lib/validation/master-data/csv-import";
import { msg } from "@/lib/i18n/domain-message";

type FullLine = BomLineRow & { description?: string; startingDate?: Date | null; endingDate?: Date | null };
type Rows = { row: number; data: FullLine }[];
const groupKey = (bomNo: string, versionCode: string | null) => `${bomNo}\u0000${versionCode ?? ""}`;
const lineKey = (bomNo: string, versionCode: string | null, lineNo: number | null) => `${groupKey(bomNo, versionCode)}\u0000${lineNo}`;
const NEW_LINE = {
  versionCode: null,
  lineNo: null,
  type: "ITEM",
  quantityPer: "0",
  unitOfMeasureCode: null,
  scrapPercent: "0",
  routingLinkCode: "",
  calculationFormula: "NONE",
} as const;

/**
 * A row names only some columns: the line it writes is the stored line with the same Line No.
 * (or a new line with the defaults) overlaid with the file's columns. One query for all rows.
 */
async function mergeWithStored(tx: Tx, rows: ImportRow<"bomLines">[]): Promise<{ merged: Rows; errors: RowError[] }> {
  const keyed = rows.filter((r) => r.data.lineNo);
  const stored = keyed.length
    ? await tx.productionBomLine.findMany({
        where: {
          bomNo: { in: [...new Set(keyed.map((r) => r.data.bomNo))] },
          lineNo: { in: [...new Set(keyed.map((r) => r.data.lineNo!))] },
        },
      })
    : [];
  const byKey = new Map(stored.map(({ id: _id, ...l }) => [lineKey(l.bomNo, l.versionCode, l.lineNo), l]));
  const errors: RowError[] = [];
  const merged = rows.map(({ row, data }) => {
    const old = byKey.get(lineKey(data.bomNo, data.versionCode ?? null, data.lineNo ?? null));
    if (!old && data.no === undefined) errors.push({ row, column: "No.", message: msg("noRequired") });
    return { row, data: { ...NEW_LINE, ...old, ...data } as FullLine };
  });
  return { merged, errors };
}

/**
 * BOM (or version) must exist and be New/Under Development; items, phantom BOMs and units must
 * exist. Returns the full lines to write (see mergeWithStored).
 */
export async function checkBomLineRows(tx: Tx, fileRows: ImportRow<"bomLines">[]): Promise<{ errors: RowError[]; lines: Rows }> {
  const { merged: rows, errors: mergeErrors } = await mergeWithStored(tx, fileRows);
  const errors = duplicateErrors(
    rows,
    (d) => (d.lineNo === null ? null : lineKey(d.bomNo, d.versionCode, d.lineNo)),
    "Line No.",
    (d) => msg("partLineOf", { line: d.lineNo ?? "", record: bomLabel(d.bomNo, d.versionCode) }),
  );
  errors.push(...mergeErrors);
  const bomNos = [...new Set(rows.map((r) => r.data.bomNo))];
  const [headers, versions, lineErrors] = await inTurn(
    () => tx.productionBom.findMany({ where: { no: { in: bomNos } }, select: { no: true, status: true } }),
    () => tx.productionBomVersion.findMany({ where: { bomNo: { in: bomNos } }, select: { bomNo: true, versionCode: true, status: true } }),
    () =>
      checkBomLines(
        tx,
        rows.filter((r) => r.data.no !== undefined).map((r) => r.data),
        { field: (i, f) => `${i}|${f}` },
      ),
  );
  const status = new Map([
    ...headers.map((h) => [groupKey(h.no, null), h.status] as const),
    ...versions.map((v) => [groupKey(v.bomNo, v.versionCode), v.status] as const),
  ]);
  // Index of each row among those given to checkBomLines (rows without a No. were left out).
  const checked = new Map<number, number>();
  rows.forEach((r, i) => {
    if (r.data.no !== undefined) checked.set(i, checked.size);
  });
  rows.forEach(({ row, data }, i) => {
    const s = status.get(groupKey(data.bomNo, data.versionCode));
    if (!s) {
      const missingHeader = !status.has(groupKey(data.bomNo, null));
      errors.push({
        row,
        column: missingHeader ? "Production BOM No." : "Version Code",
        message: msg("recordNotFound", { record: bomLabel(data.bomNo, missingHeader ? null : data.versionCode) }),
      });
    } else if (!isEditable(s)) {
      errors.push({ row, column: "Production BOM No.", message: notEditableMessage(bomLabel(data.bomNo, data.versionCode), s) });
    }
    for (const field of ["no", "unitOfMeasureCode"]) {
      for (const message of lineErrors[`${checked.get(i)}|${field}`] ?? [])
        errors.push({ row, column: captionOf("bomLines", field), message });
    }
  });
  return { errors, lines: rows };
}

/**
 * Lines with a Line No. replace the stored line with that number (merged: what the file does not
 * name is kept); lines without one are added
 * after the last line of their BOM or version (10000 apart).
 */
export async function writeBomLineRows(tx: Tx, rows: Rows) {
  const keyed = rows.filter((r) => r.data.lineNo !== null);
  if (keyed.length) {
    await tx.$executeRaw`
      DELETE FROM "ProductionBomLine" l
      USING unnest(${keyed.map((r) => r.data.bomNo)}::text[], ${keyed.map((r) => r.data.versionCode ?? "")}::text[], ${keyed.map((r) => r.data.lineNo!)}::int[]) AS k(b, v, n)
      WHERE l."bomNo" = k.b AND l."versionCode" IS NOT DISTINCT FROM nullif(k.v, '') AND l."lineNo" = k.n`;
  }
  const maxima = await tx.productionBomLine.groupBy({
    by: ["bomNo", "versionCode"],
    where: { bomNo: { in: [...new Set(rows.map((r) => r.data.bomNo))] } },
    _max: { lineNo: true },
  });
  const next = new Map(maxima.map((m) => [groupKey(m.bomNo, m.versionCode), m._max.lineNo ?? 0]));
  for (const { data } of keyed) {
    const k = groupKey(data.bomNo, data.versionCode);
    next.set(k, Math.max(next.get(k) ?? 0, data.lineNo!));
  }
  await tx.productionBomLine.createMany({
    data: rows.map(({ data: { lineNo, ...d } }) => {
      const k = groupKey(d.bomNo, d.versionCode);
      const no = lineNo ?? (next.get(k) ?? 0) + 10000;
      if (lineNo === null) next.set(k, no);
      return { ...d, lineNo: no };
    }),
  });
}

/** After the write, inside the transaction: no imported BOM may now contain itself. */
export async function bomLineCycleErrors(tx: Tx, rows: Rows): Promise<RowError[]> {
  const bomNos = [...new Set(rows.map((r) => r.data.bomNo))];
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
    const own = rows.filter((r) => r.data.bomNo === bomNo);
    const culprit = own.find((r) => r.data.type === steps[0].type && r.data.no === steps[0].no) ?? own[0];
    errors.push({ row: culprit.row, column: "No.", message: cycleMessage(bomNo, steps) });
  }
  return errors;
}
