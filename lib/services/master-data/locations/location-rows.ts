import type { HolidayInput } from "@/lib/validation/master-data/locations";

// The stored form of a base calendar's holidays, and what an audit entry shows of them.

export const holidayRows = (holidays: HolidayInput[]) =>
  holidays.map((h) => ({ date: new Date(`${h.date}T00:00:00Z`), description: h.description }));

export const holidayList = (holidays: { date: Date | string; description: string }[]) =>
  holidays.map((h) => `${typeof h.date === "string" ? h.date : h.date.toISOString().slice(0, 10)} ${h.description}`.trim());
