import type { Location, LocationHoliday, ShopCalendar, ShopCalendarDay, ShopCalendarHoliday } from "@/lib/generated/prisma/client";
import { holidayRows, uniqueCode, type DbClient, type HolidayInput } from "./unique";

export type ShopCalendarDayInput = { weekday: number; startTime: number; endTime: number };

export type ShopCalendarOverrides = {
  code?: string;
  description?: string;
  /** ISO weekdays (1 = Monday) worked with the default hours; ignored when `days` is given. */
  weekdays?: number[];
  /** Minutes after midnight; default 480 (08:00). */
  startTime?: number;
  /** Minutes after midnight; default 960 (16:00). */
  endTime?: number;
  /** Explicit rows, e.g. split shifts (several rows for one weekday). */
  days?: ShopCalendarDayInput[];
  holidays?: HolidayInput[];
};

export type ShopCalendarWithDetails = ShopCalendar & {
  days: ShopCalendarDay[];
  holidays: ShopCalendarHoliday[];
};

/** A shop calendar, by default Mon–Fri 08:00–16:00 without holidays. */
export async function makeShopCalendar(db: DbClient, overrides: ShopCalendarOverrides = {}): Promise<ShopCalendarWithDetails> {
  const code = overrides.code ?? uniqueCode("C", 10);
  const start = overrides.startTime ?? 480;
  const end = overrides.endTime ?? 960;
  const days = overrides.days ?? (overrides.weekdays ?? [1, 2, 3, 4, 5]).map((weekday) => ({ weekday, startTime: start, endTime: end }));
  return db.shopCalendar.create({
    data: {
      code,
      description: overrides.description ?? `Shop calendar ${code}`,
      days: { createMany: { data: days } },
      holidays: { createMany: { data: holidayRows(overrides.holidays ?? []) } },
    },
    include: { days: { orderBy: [{ weekday: "asc" }, { startTime: "asc" }] }, holidays: { orderBy: { date: "asc" } } },
  });
}

export type LocationOverrides = Partial<Omit<Location, "version">> & { holidays?: HolidayInput[] };

/** A location whose base calendar works Mon–Fri by default, with optional holidays. */
export async function makeLocation(db: DbClient, overrides: LocationOverrides = {}): Promise<Location & { holidays: LocationHoliday[] }> {
  const { holidays = [], ...fields } = overrides;
  const code = fields.code ?? uniqueCode("L", 10);
  return db.location.create({
    data: {
      name: `Location ${code}`,
      inboundHandlingDays: 0,
      workingWeekdays: [1, 2, 3, 4, 5],
      ...fields,
      code,
      holidays: { createMany: { data: holidayRows(holidays) } },
    },
    include: { holidays: { orderBy: { date: "asc" } } },
  });
}
