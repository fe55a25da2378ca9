import { db } from "@/lib/db";
import { writeAudit, type Actor } from "@/lib/services/audit";
import { refuseIfReferenced, withForeignKeyGuard } from "@/lib/services/master-data/record-guards";
import { lockCalendar } from "@/lib/services/master-data/shop-calendars/shop-calendar-rows";
import type { DeleteShopCalendarInput } from "@/lib/validation/master-data/shop-calendars";
import { msg } from "@/lib/i18n/domain-message";

/** Deletes a shop calendar unless work centers work on it. */
export async function deleteShopCalendar(input: DeleteShopCalendarInput, actor: Actor) {
  return withForeignKeyGuard(msg("partShopCalendar", { code: input.code }), () =>
    db.$transaction(async (tx) => {
      const calendar = await lockCalendar(tx, input.code, input.readHash);
      const centers = await tx.workCenter.findMany({
        where: { shopCalendarCode: input.code },
        select: { no: true },
        orderBy: { no: "asc" },
        take: 10,
      });
      refuseIfReferenced(
        msg("partShopCalendar", { code: input.code }),
        centers.map((c) => msg("partWorkCenter", { no: c.no })),
      );
      await tx.shopCalendar.delete({ where: { code: input.code } });
      await writeAudit(tx, actor, {
        action: "shopCalendar.delete",
        entityType: "ShopCalendar",
        entityKey: input.code,
        changes: { description: calendar.description, days: calendar.days.length, holidays: calendar.holidays.length },
      });
      return { code: input.code };
    }),
  );
}
