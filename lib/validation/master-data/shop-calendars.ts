import { z } from "zod";
import { holidaySchema } from "@/lib/validation/master-data/locations";
import { codeField, parseRows, refuseDuplicates, textField } from "@/lib/validation/master-data/shared-fields";

// Shop calendar: working hours per weekday (several rows on one day = split shifts) and
// holidays. Hours are typed HH:MM; 24:00 ends a shift at midnight. The calendar has no version
// column, so the form posts a fingerprint of what it read (`readHash`) instead.

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const clock = (caption: string) =>
  z
    .string({ message: `${caption} must be a time (HH:MM).` })
    .trim()
    .regex(CLOCK, `${caption} must be a time (HH:MM).`)
    .transform((s) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5)));

export const shopCalendarDaySchema = z
  .object({
    weekday: z.coerce.number({ message: "Weekday must be 1 (Monday) to 7 (Sunday)." }).int("Weekday must be 1 (Monday) to 7 (Sunday).")
      .min(1, "Weekday must be 1 (Monday) to 7 (Sunday).").max(7, "Weekday must be 1 (Monday) to 7 (Sunday)."),
    startTime: clock("Starting Time"),
    endTime: clock("Ending Time"),
  })
  .refine((d) => d.startTime < d.endTime, { message: "Ending Time must be later than Starting Time.", path: ["endTime"] });
export type ShopCalendarDayInput = z.infer<typeof shopCalendarDaySchema>;

const fields = {
  code: codeField("Code", 10),
  description: textField("Description", 100),
  days: z.unknown().optional(),
  holidays: z.unknown().optional(),
};

function withRows<T extends { days?: unknown; holidays?: unknown }>(v: T, ctx: z.RefinementCtx) {
  const days = parseRows(v.days, "days", shopCalendarDaySchema, ctx);
  // Two shifts of one weekday may touch (08:00–12:00, 12:00–16:00) but not overlap.
  days.forEach((d, i) => {
    if (!d) return;
    const clash = days.some((o, j) => j < i && o && o.weekday === d.weekday && o.startTime < d.endTime && d.startTime < o.endTime);
    if (clash) ctx.addIssue({ code: "custom", path: [`days.${i}.startTime`], message: "The working hours overlap other hours of the same weekday." });
  });
  const holidays = parseRows(v.holidays, "holidays", holidaySchema, ctx);
  refuseDuplicates(holidays, (h) => h.date, "holidays", "date", (d) => `The holiday ${d} is already in the list.`, ctx);
  return { ...v, days, holidays };
}

export const createShopCalendarSchema = z.strictObject(fields).transform(withRows);
export type CreateShopCalendarInput = z.infer<typeof createShopCalendarSchema>;

const readHash = z.string({ message: "The version is missing. Reload the page." }).regex(/^[0-9a-f]{32}$/, "The version is missing. Reload the page.");

export const updateShopCalendarSchema = z.strictObject({ ...fields, readHash }).transform(withRows);
export type UpdateShopCalendarInput = z.infer<typeof updateShopCalendarSchema>;

export const deleteShopCalendarSchema = z.strictObject({ code: codeField("Code", 10), readHash });
export type DeleteShopCalendarInput = z.infer<typeof deleteShopCalendarSchema>;
