import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { writeAudit, type Actor } from "@/lib/services/audit";
import { notFound, RecordChangedError, routingLabel } from "@/lib/services/master-data/boms/guards";
import { resolveRoutingLines } from "@/lib/services/master-data/routings/routing-lines";
import { canChangeStatus, statusChangeMessage } from "@/lib/domain/bom/status-rules";
import type { Tx } from "@/lib/services/tx";
import type { ChangeRoutingStatusInput } from "@/lib/validation/master-data/routing";
import { msg, type Message } from "@/lib/i18n/domain-message";

/** Status change of a routing or version; certifying needs at least one line on existing centers. */
export async function changeRoutingStatus(input: ChangeRoutingStatusInput, actor: Actor) {
  const { no, versionCode } = input;
  const label = routingLabel(no, versionCode);
  return db.$transaction(async (tx) => {
    const current = versionCode
      ? await tx.routingVersion.findUnique({ where: { routingNo_versionCode: { routingNo: no, versionCode } } })
      : await tx.routing.findUnique({ where: { no } });
    if (!current) notFound(msg("partRouting", { no: versionCode ? `${no} ${versionCode}` : no }));
    if (current.status === input.status) return { no, versionCode, version: current.version };
    if (!canChangeStatus(current.status, input.status)) {
      throw new DomainError("STATUS_CHANGE", statusChangeMessage(label, current.status, input.status), "status");
    }
    if (input.status === "CERTIFIED") await checkRoutingCertifiable(tx, label, no, versionCode);
    const where = { version: input.version, status: current.status };
    const data = { status: input.status, version: { increment: 1 } };
    const bumped = versionCode
      ? await tx.routingVersion.updateMany({ where: { routingNo: no, versionCode, ...where }, data })
      : await tx.routing.updateMany({ where: { no, ...where }, data });
    if (bumped.count === 0) throw new RecordChangedError(label);
    await writeAudit(tx, actor, {
      action: "routing.status",
      entityType: "Routing",
      entityKey: no,
      changes: { versionCode: versionCode ?? null, status: [current.status, input.status] },
    });
    return { no, versionCode, version: current.version + 1 };
  });
}

/** The checks before certifying (also run by the CSV import of routing headers). */
export async function checkRoutingCertifiable(tx: Tx, label: Message, no: string, versionCode: string | null) {
  const lines = await tx.routingLine.findMany({ where: { routingNo: no, versionCode }, select: { type: true, no: true } });
  if (lines.length === 0) throw new DomainError("ROUTING_NO_LINES", msg("recordNoLines", { record: label }), "status");
  const problem = Object.values((await resolveRoutingLines(tx, lines)).errors)[0];
  if (problem)
    throw new DomainError("ROUTING_NOT_CERTIFIABLE", msg("recordNotCertifiable", { record: label, problem: problem[0] }), "status");
}
