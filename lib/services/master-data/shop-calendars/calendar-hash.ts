import { createHash } from "node:crypto";

// ShopCalendar has no version column. The form posts a fingerprint of the calendar it read and
// the service compares it with the calendar under a row lock: a changed calendar is refused.

type CalendarContent = {
  description: string;
  days: { weekday: number; startTime: number; endTime: number }[];
  holidays: { date: Date; description: string }[];
};

export function calendarHash(c: CalendarContent): string {
  const days = c.days.map((d) => `${d.weekday}@${d.startTime}-${d.endTime}`).sort();
  const holidays = c.holidays.map((h) => `${h.date.toISOString().slice(0, 10)}=${h.description}`).sort();
  return createHash("md5")
    .update(JSON.stringify([c.description, days, holidays]))
    .digest("hex");
}
