import { canChangeStatus, isEditable, notEditableMessage, statusChangeMessage } from "@/lib/domain/bom/status-rules";
import type { BomStatus } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/errors";
import { checkCertifiable } from "@/lib/services/master-data/boms/change-bom-status";
import { bomLabel, routingLabel } from "@/lib/services/master-data/boms/guards";
import { checkRoutingCertifiable } from "@/lib/services/master-data/routings/change-routing-status";
import { duplicateErrors, type ImportRow, type RowError } from "@/lib/services/master-data/csv/read-rows";
import { columnList, ident, setList, unnestOf, valueList, type SqlColumns } from "@/lib/services/master-data/csv/sql-columns";
import { inTurn, type Tx } from "@/lib/services/tx";
import { msg, type Message } from "@/lib/i18n/domain-message";

// Production BOM and routing headers from CSV, so a company can be set up by import alone:
// headers first (they start New), then their lines, then the headers again with Status
// Certified. Status changes follow the editor's rules (status-rules.ts) and certifying runs the
// status services' own checks (at least one line, existing components or centers, no cycle).

export type HeaderKind = "productionBoms" | "routings";
type Row = ImportRow<HeaderKind>;
type Stored = { no: string; description: string; status: BomStatus; unitOfMeasureCode?: string };

const SPEC: Record<HeaderKind, { table: string; label: (no: string) => Message; columns: SqlColumns }> = {
  productionBoms: {
    table: "ProductionBom",
    label: (no) => bomLabel(no),
    columns: {
      no: { type: "text" },
      description: { type: "text" },
      unitOfMeasureCode: { type: "text" },
      status: { type: "text", enumType: "BomStatus" },
    },
  },
  routings: {
    table: "Routing",
    label: (no) => routingLabel(no),
    columns: { no: { type: "text" }, description: { type: "text" }, status: { type: "text", enumType: "BomStatus" } },
  },
};

export type HeaderPlan = {
  existing: Map<string, Stored>;
  statusChanges: { row: number; no: string; from: BomStatus; to: BomStatus; uom?: string }[];
};

/**
 * One query for the stored headers (and one for the units). A field may change only while the
 * record is New or Under Development, or when the same row sets it back to Under Development;
 * a status change must be one the editor allows.
 */
export async function checkHeaderRows(
  tx: Tx,
  kind: HeaderKind,
  rows: Row[],
  columns: ReadonlySet<string>,
): Promise<{ errors: RowError[]; plan: HeaderPlan }> {
  const { label } = SPEC[kind];
  const errors = duplicateErrors(
    rows,
    (d) => d.no,
    "No.",
    (d) => label(d.no),
  );
  const nos = rows.map((r) => r.data.no);
  const uoms =
    kind === "productionBoms"
      ? [...new Set(rows.map((r) => (r.data as { unitOfMeasureCode?: string }).unitOfMeasureCode).filter((u): u is string => !!u))]
      : [];
  const [stored, units] = await inTurn(
    () =>
      (kind === "productionBoms"
        ? tx.productionBom.findMany({
            where: { no: { in: nos } },
            select: { no: true, description: true, status: true, unitOfMeasureCode: true },
          })
        : tx.routing.findMany({ where: { no: { in: nos } }, select: { no: true, description: true, status: true } })) as Promise<Stored[]>,
    () => (uoms.length ? tx.unitOfMeasure.findMany({ where: { code: { in: uoms } }, select: { code: true } }) : Promise.resolve([])),
  );
  const existing = new Map(stored.map((s) => [s.no, s]));
  const unitSet = new Set(units.map((u) => u.code));
  const statusChanges: HeaderPlan["statusChanges"] = [];
  for (const { row, data } of rows) {
    const old = existing.get(data.no);
    const uom = (data as { unitOfMeasureCode?: string }).unitOfMeasureCode;
    if (kind === "productionBoms") {
      if (!old && !columns.has("unitOfMeasureCode"))
        errors.push({ row, column: "Unit of Measure Code", message: msg("valueRequired", { field: msg("partUnitOfMeasureCode") }) });
      if (uom && !unitSet.has(uom))
        errors.push({
          row,
          column: "Unit of Measure Code",
          message: msg("recordNotFound", { record: msg("partUnitOfMeasure", { code: uom }) }),
        });
    }
    const from = old?.status ?? "NEW";
    const to = data.status ?? from;
    if (to !== from && !canChangeStatus(from, to))
      errors.push({ row, column: "Status", message: statusChangeMessage(label(data.no), from, to) });
    else if (to !== from) statusChanges.push({ row, no: data.no, from, to, uom: uom ?? old?.unitOfMeasureCode });
    const changed =
      old &&
      ((data.description !== undefined && data.description !== old.description) || (uom !== undefined && uom !== old.unitOfMeasureCode));
    if (changed && !isEditable(old.status) && !isEditable(to))
      errors.push({ row, column: "Status", message: notEditableMessage(label(data.no), old.status) });
  }
  return { errors, plan: { existing, statusChanges } };
}

/**
 * Writes the named fields (one INSERT for new headers, which start New; one UPDATE for stored
 * ones), then certifies with the status services' checks and sets every status in one UPDATE.
 * Returns the certification refusals: the caller rolls the whole import back on any.
 */
export async function writeHeaderRows(
  tx: Tx,
  kind: HeaderKind,
  rows: Row[],
  columns: ReadonlySet<string>,
  plan: HeaderPlan,
): Promise<RowError[]> {
  const spec = SPEC[kind];
  const table = spec.table;
  const keys = Object.keys(spec.columns).filter((k) => columns.has(k) && k !== "status");
  const fields = keys.filter((k) => k !== "no");
  const data = (pick: (no: string) => boolean) => rows.filter((r) => pick(r.data.no)).map((r) => r.data as Record<string, unknown>);
  const inserts = data((no) => !plan.existing.has(no));
  const updates = data((no) => plan.existing.has(no));
  if (inserts.length) {
    await tx.$executeRaw`INSERT INTO ${ident(table)} (${columnList(keys)}) SELECT ${valueList(keys, spec.columns)} FROM ${unnestOf(inserts, keys, spec.columns)}`;
  }
  if (updates.length && fields.length) {
    await tx.$executeRaw`UPDATE ${ident(table)} h SET ${setList(fields, spec.columns)}, "version" = h."version" + 1 FROM ${unnestOf(updates, keys, spec.columns)} WHERE h."no" = t."no"`;
  }
  const errors: RowError[] = [];
  for (const change of plan.statusChanges.filter((c) => c.to === "CERTIFIED")) {
    try {
      if (kind === "productionBoms") await checkCertifiable(tx, spec.label(change.no), change.no, null, change.uom!);
      else await checkRoutingCertifiable(tx, spec.label(change.no), change.no, null);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      errors.push({ row: change.row, column: "Status", message: e.text });
    }
  }
  if (errors.length || !plan.statusChanges.length) return errors;
  const changes = plan.statusChanges.map((c) => ({ no: c.no, status: c.to }));
  await tx.$executeRaw`UPDATE ${ident(table)} h SET "status" = t."status"::"BomStatus", "version" = h."version" + 1
    FROM ${unnestOf(changes, ["no", "status"], spec.columns)} WHERE h."no" = t."no"`;
  return [];
}
