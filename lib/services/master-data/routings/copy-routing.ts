import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { writeAudit, type Actor } from "@/lib/services/audit";
import { copiedToItselfError, replaceLines, ROUTING_LINES } from "@/lib/services/master-data/copy-lines";
import { assertEditable, notFound, RecordChangedError, routingLabel } from "@/lib/services/master-data/boms/guards";
import type { CopyRoutingInput } from "@/lib/validation/master-data/routing";
import { msg } from "@/lib/i18n/domain-message";

/**
 * Copy Routing / Copy Version, as BC's "Routing Line-Copy Lines".CopyRouting: the operations of
 * the source (a routing's header or one of its versions) replace those of the target (this
 * routing's header or version). The target must be New or Under Development; copying a record
 * onto itself is refused. One DELETE and one INSERT … SELECT whatever the number of operations.
 */
export async function copyRouting(input: CopyRoutingInput, actor: Actor) {
  const { no, versionCode, fromNo, fromVersionCode } = input;
  const label = routingLabel(no, versionCode);
  if (no === fromNo && versionCode === fromVersionCode) throw copiedToItselfError(label);
  return db.$transaction(async (tx) => {
    const target = versionCode
      ? await tx.routingVersion.findUnique({ where: { routingNo_versionCode: { routingNo: no, versionCode } }, select: { status: true } })
      : await tx.routing.findUnique({ where: { no }, select: { status: true } });
    if (!target) notFound(msg("partRouting", { no: versionCode ? `${no} ${versionCode}` : no }));
    assertEditable(label, target.status);
    const source = fromVersionCode
      ? await tx.routingVersion.findUnique({
          where: { routingNo_versionCode: { routingNo: fromNo, versionCode: fromVersionCode } },
          select: { routingNo: true },
        })
      : await tx.routing.findUnique({ where: { no: fromNo }, select: { no: true } });
    if (!source) {
      if (fromVersionCode)
        throw new DomainError("NOT_FOUND", msg("recordNotFound", { record: routingLabel(fromNo, fromVersionCode) }), "fromVersionCode");
      throw new DomainError("NOT_FOUND", msg("recordNotFound", { record: msg("partRouting", { no: fromNo }) }), "fromNo");
    }
    const where = { version: input.version, status: target.status };
    const data = { version: { increment: 1 } };
    const bumped = versionCode
      ? await tx.routingVersion.updateMany({ where: { routingNo: no, versionCode, ...where }, data })
      : await tx.routing.updateMany({ where: { no, ...where }, data });
    if (bumped.count === 0) throw new RecordChangedError(label);
    const copied = await replaceLines(tx, ROUTING_LINES, { no, versionCode }, { no: fromNo, versionCode: fromVersionCode });
    await writeAudit(tx, actor, {
      action: "routing.copy",
      entityType: "Routing",
      entityKey: no,
      changes: { versionCode: versionCode ?? null, fromNo, fromVersionCode: fromVersionCode ?? null, lines: copied },
    });
    return { no, versionCode, version: input.version + 1 };
  });
}
