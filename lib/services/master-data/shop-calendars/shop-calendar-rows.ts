import { DomainError } from "@/lib/errors";
import { calendarHash } from "@/lib/services/master-data/shop-calendars/calendar-hash";
import { notFoundError, staleError } from "@/lib/services/master-data/record-guards";
import type { Tx } from "@/lib/services/tx";
import type { CreateShopCalendarInput } from "@/lib/validation/master-data/shop-calendars";
import { msg } from "@/lib/i18n/domain-message";

export const dayRows = (code: string, input: Pick<CreateShopCalendarInput, "days">) =>
  input.days.map((d) => ({ calendarCode: code, weekday: d.weekday, startTime: d.startTime, endTime: d.endTime }));

export const holidayRows = (code: string, input: Pick<CreateShopCalendarInput, "holidays">) =>
  input.holidays.map((h) => ({ calendarCode: code, date: new Date(`${h.date}T00:00:00Z`), description: h.description }));

export const auditDays = (days: { weekday: number; startTime: number; endTime: number }[]) =>
  days.map((d) => `${d.weekday} ${d.startTime}-${d.endTime}`);

/** Locks the calendar row and refuses when it no longer matches what the form read. */
export async function lockCalendar(tx: Tx, code: string, readHash: string) {
  const locked = await tx.$queryRaw<{ code: string }[]>`SELECT code FROM "ShopCalendar" WHERE code = ${code} FOR UPDATE`;
  if (locked.length === 0) throw notFoundError(msg("partShopCalendar", { code }), "code");
  const calendar = await tx.shopCalendar.findUniqueOrThrow({
    where: { code },
    include: { days: { orderBy: [{ weekday: "asc" }, { startTime: "asc" }] }, holidays: { orderBy: { date: "asc" } } },
  });
  if (calendarHash(calendar) !== readHash) throw staleError(msg("partShopCalendar", { code }));
  return calendar;
}

export function calendarWithoutHours(code: string) {
  return new DomainError("CALENDAR_EMPTY", msg("calendarEmpty", { code }), "days");
}
