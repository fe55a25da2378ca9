import type { Prisma } from "@/lib/generated/prisma/client";
import { routingLabel } from "@/lib/services/master-data/boms/guards";
import { resolveRoutingLines } from "@/lib/services/master-data/routings/routing-lines";
import { isEditable, notEditableMessage } from "@/lib/domain/bom/status-rules";
import { inTurn, type Tx } from "@/lib/services/tx";
import { duplicateErrors, type ImportRow, type RowError } from "@/lib/services/master-data/csv/read-rows";
import type { RoutingLineRow } from "@/lib/validation/master-data/csv-import";
import { msg } from "@/lib/i18n/domain-message";

type FullLine = RoutingLineRow & { sendAheadQuantity?: Prisma.Decimal };
type Rows = { row: number; data: FullLine }[];
const groupKey = (routingNo: string, versionCode: string | null) => `${routingNo}\u0000${versionCode ?? ""}`;
const opKey = (routingNo: string, versionCode: string | null, operationNo: string) =>
  `${groupKey(routingNo, versionCode)}\u0000${operationNo}`;
const NEW_LINE = {
  versionCode: null,
  type: "WORK_CENTER",
  description: "",
  setupTime: "0",
  runTime: "0",
  waitTime: "0",
  moveTime: "0",
  routingLinkCode: "",
} as const;

/**
 * A row names only some columns: the operation it writes is the stored one with the same
 * Operation No. (or a new one with the defaults) overlaid with the file's columns. One query.
 */
async function mergeWithStored(tx: Tx, rows: ImportRow<"routingLines">[]): Promise<{ merged: Rows; errors: RowError[] }> {
  const stored = await tx.routingLine.findMany({
    where: {
      routingNo: { in: [...new Set(rows.map((r) => r.data.routingNo))] },
      operationNo: { in: [...new Set(rows.map((r) => r.data.operationNo))] },
    },
  });
  const byKey = new Map(stored.map(({ id: _id, workCenterNo: _wc, ...l }) => [opKey(l.routingNo, l.versionCode, l.operationNo), l]));
  const errors: RowError[] = [];
  const merged = rows.map(({ row, data }) => {
    const old = byKey.get(opKey(data.routingNo, data.versionCode ?? null, data.operationNo));
    if (!old && data.no === undefined) errors.push({ row, column: "No.", message: msg("noRequired") });
    return { row, data: { ...NEW_LINE, ...old, ...data } as FullLine };
  });
  return { merged, errors };
}

/**
 * Routing (or version) must exist and be editable; work and machine centers must exist. Returns
 * the full operations to write (see mergeWithStored).
 */
export async function checkRoutingLineRows(tx: Tx, fileRows: ImportRow<"routingLines">[]) {
  const { merged: rows, errors: mergeErrors } = await mergeWithStored(tx, fileRows);
  const errors = duplicateErrors(
    rows,
    (d) => opKey(d.routingNo, d.versionCode, d.operationNo),
    "Operation No.",
    (d) => msg("partOperationOf", { operation: d.operationNo, record: routingLabel(d.routingNo, d.versionCode) }),
  );
  errors.push(...mergeErrors);
  const routingNos = [...new Set(rows.map((r) => r.data.routingNo))];
  const [headers, versions, resolved] = await inTurn(
    () => tx.routing.findMany({ where: { no: { in: routingNos } }, select: { no: true, status: true } }),
    () =>
      tx.routingVersion.findMany({
        where: { routingNo: { in: routingNos } },
        select: { routingNo: true, versionCode: true, status: true },
      }),
    () =>
      resolveRoutingLines(
        tx,
        rows.map((r) => ({ type: r.data.type, no: r.data.no ?? "" })),
        (i, f) => `${i}|${f}`,
      ),
  );
  const status = new Map([
    ...headers.map((h) => [groupKey(h.no, null), h.status] as const),
    ...versions.map((v) => [groupKey(v.routingNo, v.versionCode), v.status] as const),
  ]);
  rows.forEach(({ row, data }, i) => {
    const s = status.get(groupKey(data.routingNo, data.versionCode));
    if (!s) {
      const missingHeader = !status.has(groupKey(data.routingNo, null));
      errors.push({
        row,
        column: missingHeader ? "Routing No." : "Version Code",
        message: msg("recordNotFound", { record: routingLabel(data.routingNo, missingHeader ? null : data.versionCode) }),
      });
    } else if (!isEditable(s)) {
      errors.push({ row, column: "Routing No.", message: notEditableMessage(routingLabel(data.routingNo, data.versionCode), s) });
    }
    if (data.no === undefined) return; // reported above
    for (const message of resolved.errors[`${i}|no`] ?? []) errors.push({ row, column: "No.", message });
  });
  return { errors, workCenterNos: resolved.workCenterNos, lines: rows };
}

/** An operation already on the routing (same Operation No.) is replaced by the merged one. */
export async function writeRoutingLineRows(tx: Tx, rows: Rows, workCenterNos: string[]) {
  await tx.$executeRaw`
    DELETE FROM "RoutingLine" l
    USING unnest(${rows.map((r) => r.data.routingNo)}::text[], ${rows.map((r) => r.data.versionCode ?? "")}::text[], ${rows.map((r) => r.data.operationNo)}::text[]) AS k(r, v, op)
    WHERE l."routingNo" = k.r AND l."versionCode" IS NOT DISTINCT FROM nullif(k.v, '') AND l."operationNo" = k.op`;
  await tx.routingLine.createMany({ data: rows.map((r, i) => ({ ...r.data, workCenterNo: workCenterNos[i] })) });
}
