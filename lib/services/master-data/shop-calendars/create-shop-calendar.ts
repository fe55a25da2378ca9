import { db } from "@/lib/db";
import { writeAudit, type Actor } from "@/lib/services/audit";
import { isUniqueViolation } from "@/lib/services/db-errors";
import { existsError } from "@/lib/services/master-data/record-guards";
import { auditDays, calendarWithoutHours, dayRows, holidayRows } from "@/lib/services/master-data/shop-calendars/shop-calendar-rows";
import type { CreateShopCalendarInput } from "@/lib/validation/master-data/shop-calendars";
import { msg } from "@/lib/i18n/domain-message";

/** Creates a shop calendar: working hours per weekday and holidays. */
export async function createShopCalendar(input: CreateShopCalendarInput, actor: Actor) {
  // Scheduling needs working time somewhere in the week, or it would search forever.
  if (input.days.length === 0) throw calendarWithoutHours(input.code);
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.shopCalendar.findUnique({ where: { code: input.code }, select: { code: true } }))
        throw existsError(msg("partShopCalendar", { code: input.code }), "code");
      await tx.shopCalendar.create({ data: { code: input.code, description: input.description } });
      await tx.shopCalendarDay.createMany({ data: dayRows(input.code, input) });
      await tx.shopCalendarHoliday.createMany({ data: holidayRows(input.code, input) });
      await writeAudit(tx, actor, {
        action: "shopCalendar.create",
        entityType: "ShopCalendar",
        entityKey: input.code,
        changes: { description: input.description, days: auditDays(input.days), holidays: input.holidays.map((h) => h.date) },
      });
      return { code: input.code };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw existsError(msg("partShopCalendar", { code: input.code }), "code");
    throw e;
  }
}
