import { db } from "@/lib/db";
import { writeAudit, type Actor } from "@/lib/services/audit";
import { isUniqueViolation } from "@/lib/services/db-errors";
import { holidayList, holidayRows } from "@/lib/services/master-data/locations/location-rows";
import { existsError } from "@/lib/services/master-data/record-guards";
import type { CreateLocationInput } from "@/lib/validation/master-data/locations";
import { msg } from "@/lib/i18n/domain-message";

/** Creates a location with its base calendar (working weekdays + holidays). */
export async function createLocation(input: CreateLocationInput, actor: Actor) {
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.location.findUnique({ where: { code: input.code }, select: { code: true } }))
        throw existsError(msg("partLocation", { code: input.code }), "code");
      await tx.location.create({
        data: {
          code: input.code,
          name: input.name,
          inboundHandlingDays: input.inboundHandlingDays,
          workingWeekdays: input.workingWeekdays,
          holidays: { createMany: { data: holidayRows(input.holidays) } },
        },
      });
      await writeAudit(tx, actor, {
        action: "location.create",
        entityType: "Location",
        entityKey: input.code,
        changes: {
          name: input.name,
          inboundHandlingDays: input.inboundHandlingDays,
          workingWeekdays: input.workingWeekdays,
          holidays: holidayList(input.holidays),
        },
      });
      return { code: input.code, version: 1 };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw existsError(msg("partLocation", { code: input.code }), "code");
    throw e;
  }
}
