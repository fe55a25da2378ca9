import { db } from "@/lib/db";
import { writeAudit, type Actor } from "@/lib/services/audit";
import {
  auditDays,
  calendarWithoutHours,
  dayRows,
  holidayRows,
  lockCalendar,
} from "@/lib/services/master-data/shop-calendars/shop-calendar-rows";
import type { UpdateShopCalendarInput } from "@/lib/validation/master-data/shop-calendars";

/**
 * Saves a shop calendar as the admin left it. Every work center (and its machine centers) on
 * this calendar schedules with the new hours from the next refresh on.
 */
export async function updateShopCalendar(input: UpdateShopCalendarInput, actor: Actor) {
  if (input.days.length === 0) throw calendarWithoutHours(input.code);
  return db.$transaction(async (tx) => {
    const before = await lockCalendar(tx, input.code, input.readHash);
    await tx.shopCalendar.update({ where: { code: input.code }, data: { description: input.description } });
    await tx.shopCalendarDay.deleteMany({ where: { calendarCode: input.code } });
    await tx.shopCalendarDay.createMany({ data: dayRows(input.code, input) });
    await tx.shopCalendarHoliday.deleteMany({ where: { calendarCode: input.code } });
    await tx.shopCalendarHoliday.createMany({ data: holidayRows(input.code, input) });
    await writeAudit(tx, actor, {
      action: "shopCalendar.update",
      entityType: "ShopCalendar",
      entityKey: input.code,
      changes: {
        description: [before.description, input.description],
        days: [auditDays(before.days), auditDays(input.days)],
        holidays: [before.holidays.map((h) => h.date.toISOString().slice(0, 10)), input.holidays.map((h) => h.date)],
      },
    });
    return { code: input.code };
  });
}
