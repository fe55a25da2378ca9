import { db } from "@/lib/db";
import { auditDiff, writeAudit, type Actor } from "@/lib/services/audit";
import { holidayList, holidayRows } from "@/lib/services/master-data/locations/location-rows";
import { notFoundError, staleError } from "@/lib/services/master-data/record-guards";
import type { UpdateLocationInput } from "@/lib/validation/master-data/locations";
import { msg } from "@/lib/i18n/domain-message";

/** Saves a location card as the admin left it; the version must be the one the form read. */
export async function updateLocation(input: UpdateLocationInput, actor: Actor) {
  return db.$transaction(async (tx) => {
    const before = await tx.location.findUnique({ where: { code: input.code }, include: { holidays: { orderBy: { date: "asc" } } } });
    if (!before) throw notFoundError(msg("partLocation", { code: input.code }), "code");
    const header = { name: input.name, inboundHandlingDays: input.inboundHandlingDays, workingWeekdays: input.workingWeekdays };
    const bumped = await tx.location.updateMany({
      where: { code: input.code, version: input.version },
      data: { ...header, version: { increment: 1 } },
    });
    if (bumped.count === 0) throw staleError(msg("partLocation", { code: input.code }));
    await tx.locationHoliday.deleteMany({ where: { locationCode: input.code } });
    await tx.locationHoliday.createMany({ data: holidayRows(input.holidays).map((h) => ({ ...h, locationCode: input.code })) });
    await writeAudit(tx, actor, {
      action: "location.update",
      entityType: "Location",
      entityKey: input.code,
      changes: {
        ...auditDiff(
          { ...before, workingWeekdays: before.workingWeekdays.join(",") },
          { ...header, workingWeekdays: header.workingWeekdays.join(",") },
        ),
        holidays: [holidayList(before.holidays), holidayList(input.holidays)],
      },
    });
    return { code: input.code, version: before.version + 1 };
  });
}
