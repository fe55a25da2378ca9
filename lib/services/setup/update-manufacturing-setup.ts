import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError, ValidationError } from "@/lib/errors";
import { diffFields, writeAudit, type Actor } from "@/lib/services/audit";
import type { UpdateManufacturingSetupInput } from "@/lib/validation/manufacturing-setup";
import { msg, type Message } from "@/lib/i18n/domain-message";

const SERIES_FIELDS = [
  ["simulatedOrderNos", "partSimulatedOrderNos"],
  ["plannedOrderNos", "partPlannedOrderNos"],
  ["firmPlannedOrderNos", "partFirmPlannedOrderNos"],
  ["releasedOrderNos", "partReleasedOrderNos"],
] as const;

/** X-2 for the setup card. */
export class SetupChangedError extends DomainError {
  constructor() {
    super("STALE", msg("setupChanged"));
  }
}

/**
 * Saves the one Manufacturing Setup record (id 1) when the version is still the one the form
 * read. Version 0 means "there was no record yet", so the first save creates it.
 */
export async function updateManufacturingSetup(input: UpdateManufacturingSetupInput, actor: Actor) {
  const { version, ...data } = input;
  if (data.normalStartingTime >= data.normalEndingTime) {
    throw new ValidationError({ normalEndingTime: [msg("normalEndBeforeStart")] });
  }
  return db.$transaction(async (tx) => {
    const codes = SERIES_FIELDS.map(([field]) => data[field]).filter((c): c is string => !!c);
    const found = new Set((await tx.noSeries.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((s) => s.code));
    const fieldErrors: Record<string, Message[]> = {};
    for (const [field, caption] of SERIES_FIELDS) {
      const code = data[field];
      if (code && !found.has(code)) fieldErrors[field] = [msg("setupSeriesNotFound", { code, field: msg(caption) })];
    }
    if (Object.keys(fieldErrors).length) throw new ValidationError(fieldErrors);

    const before = await tx.manufacturingSetup.findUnique({ where: { id: 1 } });
    if (!before) {
      if (version !== 0) throw new SetupChangedError();
      await tx.manufacturingSetup.create({ data: { id: 1, ...data } });
    } else {
      const updated = await tx.manufacturingSetup.updateMany({ where: { id: 1, version }, data: { ...data, version: { increment: 1 } } });
      if (updated.count === 0) throw new SetupChangedError();
    }
    await writeAudit(tx, actor, {
      action: "setup.update",
      entityType: "ManufacturingSetup",
      entityKey: "1",
      changes: diffFields(before ?? {}, data) as Prisma.InputJsonObject,
    });
    return { version: before ? before.version + 1 : 1 };
  });
}
