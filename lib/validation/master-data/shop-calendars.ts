import { z } from "zod";
import { holidaySchema } from "@/lib/validation/master-data/locations";
import { codeField, parseRows, refuseDuplicates, textField } from "@/lib/validation/master-data/shared-fields";
import { issueOf, msg, zodMessage, type CaptionKey } from "@/lib/i18n/domain-message";

// Shop calendar: working hours per weekday (several rows on one day = split shifts) and
// holidays. Hours are typed HH:MM; 24:00 ends a shift at midnight. The calendar has no version
// column, so the form posts a fingerprint of what it read (`readHash`) instead.

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const clock = (caption: CaptionKey) =>
  z
    .string({ ...zodMessage("timeHhMm", { field: msg(caption) }) })
    .trim()
    .regex(CLOCK, zodMessage("timeHhMm", { field: msg(caption) }))
    .transform((s) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5)));

export const shopCalendarDaySchema = z
  .object({
    weekday: z.coerce
      .number({ ...zodMessage("weekdayInvalid") })
      .int(zodMessage("weekdayInvalid"))
      .min(1, zodMessage("weekdayInvalid"))
      .max(7, zodMessage("weekdayInvalid")),
    startTime: clock("partStartingTime"),
    endTime: clock("partEndingTime"),
  })
  .refine((d) => d.startTime < d.endTime, { ...zodMessage("endingTimeBeforeStart"), path: ["endTime"] });
export type ShopCalendarDayInput = z.infer<typeof shopCalendarDaySchema>;

const fields = {
  code: codeField("partCode", 10),
  description: textField("partDescription", 100),
  days: z.unknown().optional(),
  holidays: z.unknown().optional(),
};

function withRows<T extends { days?: unknown; holidays?: unknown }>(v: T, ctx: z.RefinementCtx) {
  const days = parseRows(v.days, "days", shopCalendarDaySchema, ctx);
  // Two shifts of one weekday may touch (08:00–12:00, 12:00–16:00) but not overlap.
  days.forEach((d, i) => {
    if (!d) return;
    const clash = days.some((o, j) => j < i && o && o.weekday === d.weekday && o.startTime < d.endTime && d.startTime < o.endTime);
    if (clash) ctx.addIssue({ code: "custom", path: [`days.${i}.startTime`], ...issueOf(msg("workingHoursOverlap")) });
  });
  const holidays = parseRows(v.holidays, "holidays", holidaySchema, ctx);
  refuseDuplicates(
    holidays,
    (h) => h.date,
    "holidays",
    "date",
    (d) => msg("holidayDuplicate", { date: d }),
    ctx,
  );
  return { ...v, days, holidays };
}

export const createShopCalendarSchema = z.strictObject(fields).transform(withRows);
export type CreateShopCalendarInput = z.infer<typeof createShopCalendarSchema>;

const readHash = z.string({ ...zodMessage("versionMissing") }).regex(/^[0-9a-f]{32}$/, zodMessage("versionMissing"));

export const updateShopCalendarSchema = z.strictObject({ ...fields, readHash }).transform(withRows);
export type UpdateShopCalendarInput = z.infer<typeof updateShopCalendarSchema>;

export const deleteShopCalendarSchema = z.strictObject({ code: codeField("partCode", 10), readHash });
export type DeleteShopCalendarInput = z.infer<typeof deleteShopCalendarSchema>;
