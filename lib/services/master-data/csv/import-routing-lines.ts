import { routingLabel } from "@/lib/services/master-data/boms/guards";
import { resolveRoutingLines } from "@/lib/services/master-data/routings/routing-lines";
import { isEditable, notEditableMessage } from "@/lib/domain/bom/status-rules";
import { inTurn, type Tx } from "@/lib/services/tx";
import { duplicateErrors, type ImportRow } from "@/lib/services/master-data/csv/read-rows";

type Rows = ImportRow<"routingLines">[];
const groupKey = (routingNo: string, versionCode: string | null) => `${routingNo}\u0000${versionCode ?? ""}`;

/** Routing (or version) must exist and be editable; work and machine centers must exist. */
export async function checkRoutingLineRows(tx: Tx, rows: Rows) {
  const errors = duplicateErrors(rows, (d) => `${groupKey(d.routingNo, d.versionCode)}\u0000${d.operationNo}`, "Operation No.",
    (d) => `Operation ${d.operationNo} of ${routingLabel(d.routingNo, d.versionCode)}`);
  const routingNos = [...new Set(rows.map((r) => r.data.routingNo))];
  const [headers, versions, resolved] = await inTurn(
    () => tx.routing.findMany({ where: { no: { in: routingNos } }, select: { no: true, status: true } }),
    () => tx.routingVersion.findMany({ where: { routingNo: { in: routingNos } }, select: { routingNo: true, versionCode: true, status: true } }),
    () => resolveRoutingLines(tx, rows.map((r) => r.data), (i, f) => `${i}|${f}`),
  );
  const status = new Map([
    ...headers.map((h) => [groupKey(h.no, null), h.status] as const),
    ...versions.map((v) => [groupKey(v.routingNo, v.versionCode), v.status] as const),
  ]);
  rows.forEach(({ row, data }, i) => {
    const s = status.get(groupKey(data.routingNo, data.versionCode));
    if (!s) {
      const missingHeader = !status.has(groupKey(data.routingNo, null));
      errors.push({ row, column: missingHeader ? "Routing No." : "Version Code", message: `${routingLabel(data.routingNo, missingHeader ? null : data.versionCode)} does not exist.` });
    } else if (!isEditable(s)) {
      errors.push({ row, column: "Routing No.", message: notEditableMessage(routingLabel(data.routingNo, data.versionCode), s) });
    }
    for (const message of resolved.errors[`${i}|no`] ?? []) errors.push({ row, column: "No.", message });
  });
  return { errors, workCenterNos: resolved.workCenterNos };
}

/** An operation already on the routing (same Operation No.) is replaced by the imported one. */
export async function writeRoutingLineRows(tx: Tx, rows: Rows, workCenterNos: string[]) {
  await tx.$executeRaw`
    DELETE FROM "RoutingLine" l
    USING unnest(${rows.map((r) => r.data.routingNo)}::text[], ${rows.map((r) => r.data.versionCode ?? "")}::text[], ${rows.map((r) => r.data.operationNo)}::text[]) AS k(r, v, op)
    WHERE l."routingNo" = k.r AND l."versionCode" IS NOT DISTINCT FROM nullif(k.v, '') AND l."operationNo" = k.op`;
  await tx.routingLine.createMany({ data: rows.map((r, i) => ({ ...r.data, workCenterNo: workCenterNos[i] })) });
}
