import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { diffFields, writeAudit, type Actor } from "@/lib/services/audit";
import { isUniqueViolation } from "@/lib/services/db-errors";
import { assertEditable, notFound, RecordChangedError, routingLabel, throwIfErrors } from "@/lib/services/master-data/boms/guards";
import { replaceRoutingLines, resolveRoutingLines } from "@/lib/services/master-data/routings/routing-lines";
import type { CreateRoutingInput, SaveRoutingVersionInput, UpdateRoutingInput } from "@/lib/validation/master-data/routing";
import { msg } from "@/lib/i18n/domain-message";

function alreadyExists(no: string) {
  return new DomainError("ROUTING_EXISTS", msg("routingExists", { no }), "no");
}

/** Creates a routing (Status New) with its operations; nothing is written when a check fails. */
export async function createRouting(input: CreateRoutingInput, actor: Actor) {
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.routing.findUnique({ where: { no: input.no }, select: { no: true } })) throw alreadyExists(input.no);
      const { errors, workCenterNos } = await resolveRoutingLines(tx, input.lines);
      throwIfErrors(errors);
      await tx.routing.create({ data: { no: input.no, description: input.description, status: "NEW" } });
      await replaceRoutingLines(tx, input.no, null, input.lines, workCenterNos);
      await writeAudit(tx, actor, {
        action: "routing.create",
        entityType: "Routing",
        entityKey: input.no,
        changes: { description: input.description, lines: input.lines.length },
      });
      return { no: input.no };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw alreadyExists(input.no);
    throw e;
  }
}

/** Saves header fields and operations; a Certified or Closed routing is refused (X-2 version check). */
export async function updateRouting(input: UpdateRoutingInput, actor: Actor) {
  return db.$transaction(async (tx) => {
    const before = await tx.routing.findUnique({ where: { no: input.no } });
    if (!before) notFound(msg("partRouting", { no: input.no }));
    assertEditable(routingLabel(input.no), before.status);
    const { errors, workCenterNos } = await resolveRoutingLines(tx, input.lines);
    throwIfErrors(errors);
    const bumped = await tx.routing.updateMany({
      where: { no: input.no, version: input.version, status: before.status },
      data: { description: input.description, version: { increment: 1 } },
    });
    if (bumped.count === 0) throw new RecordChangedError(routingLabel(input.no));
    await replaceRoutingLines(tx, input.no, null, input.lines, workCenterNos);
    await writeAudit(tx, actor, {
      action: "routing.update",
      entityType: "Routing",
      entityKey: input.no,
      changes: { ...diffFields(before, { description: input.description }), lines: input.lines.length },
    });
    return { no: input.no, version: before.version + 1 };
  });
}

/** Creates (no `version` posted) or saves a routing version with its own operations. */
export async function saveRoutingVersion(input: SaveRoutingVersionInput, actor: Actor) {
  const { routingNo, versionCode } = input;
  const label = routingLabel(routingNo, versionCode);
  return db.$transaction(async (tx) => {
    if (!(await tx.routing.findUnique({ where: { no: routingNo }, select: { no: true } }))) notFound(msg("partRouting", { no: routingNo }));
    const before = await tx.routingVersion.findUnique({ where: { routingNo_versionCode: { routingNo, versionCode } } });
    if (input.version === undefined && before)
      throw new DomainError("ROUTING_VERSION_EXISTS", msg("recordExists", { record: label }), "versionCode");
    if (input.version !== undefined && !before) throw new DomainError("NOT_FOUND", msg("recordNotFound", { record: label }), "versionCode");
    if (before) assertEditable(label, before.status);
    const { errors, workCenterNos } = await resolveRoutingLines(tx, input.lines);
    throwIfErrors(errors);
    const fields = { description: input.description, startingDate: input.startingDate };
    if (before) {
      const bumped = await tx.routingVersion.updateMany({
        where: { routingNo, versionCode, version: input.version, status: before.status },
        data: { ...fields, version: { increment: 1 } },
      });
      if (bumped.count === 0) throw new RecordChangedError(label);
    } else {
      await tx.routingVersion.create({ data: { routingNo, versionCode, ...fields, status: "NEW" } });
    }
    await replaceRoutingLines(tx, routingNo, versionCode, input.lines, workCenterNos);
    await writeAudit(tx, actor, {
      action: before ? "routingVersion.update" : "routingVersion.create",
      entityType: "Routing",
      entityKey: routingNo,
      changes: { versionCode, ...(before ? diffFields(before, fields) : {}), lines: input.lines.length },
    });
    return { no: routingNo, versionCode, version: (before?.version ?? 0) + 1 };
  });
}
