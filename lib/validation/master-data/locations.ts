import { z } from "zod";
import { localizedSchema, type NumberLocale } from "@/lib/validation/decimal-text";
import {
  codeField,
  numberField,
  parseRows,
  refuseDuplicates,
  textField,
  versionField,
  isIsoDate,
} from "@/lib/validation/master-data/shared-fields";
import { issueOf, msg, zodMessage } from "@/lib/i18n/domain-message";

// Location card: Code, Name, Inbound Whse. Handling Time and its base calendar (working weekdays
// + holidays). Weekdays arrive as repeated "workingWeekdays" values (ISO 1 = Monday … 7).

export const holidaySchema = z.object({
  date: z
    .string({ ...zodMessage("dateNotDate", { field: msg("partDate") }) })
    .trim()
    .refine(isIsoDate, zodMessage("dateNotDate", { field: msg("partDate") })),
  description: textField("partDescription", 100),
});
export type HolidayInput = z.infer<typeof holidaySchema>;

const weekdays = z
  .union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))])
  .optional()
  .transform((v, ctx) => {
    const list = v === undefined ? [] : Array.isArray(v) ? v : [v];
    const days = list.map((d) => Number(d));
    if (days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
      ctx.addIssue({ code: "custom", ...issueOf(msg("workingWeekdaysInvalid")) });
      return z.NEVER;
    }
    return [...new Set(days)].sort();
  });

const fieldsFor = (locale: NumberLocale) => ({
  code: codeField("partCode", 10),
  name: textField("partName", 100),
  inboundHandlingDays: numberField(locale, "partInboundWhseHandlingTime", { min: 0, max: 365, integer: true, fallback: 0 }),
  workingWeekdays: weekdays,
  holidays: z.unknown().optional(),
});

function withHolidays<T extends { holidays?: unknown }>(v: T, ctx: z.RefinementCtx) {
  const holidays = parseRows(v.holidays, "holidays", holidaySchema, ctx);
  refuseDuplicates(
    holidays,
    (h) => h.date,
    "holidays",
    "date",
    (d) => msg("holidayDuplicate", { date: d }),
    ctx,
  );
  return { ...v, holidays };
}

export const createLocationSchema = localizedSchema((locale) => z.strictObject(fieldsFor(locale)).transform(withHolidays));
export type CreateLocationInput = z.infer<typeof createLocationSchema>;

export const updateLocationSchema = localizedSchema((locale) =>
  z.strictObject({ ...fieldsFor(locale), version: versionField }).transform(withHolidays),
);
export type UpdateLocationInput = z.infer<typeof updateLocationSchema>;

export const deleteLocationSchema = z.strictObject({ code: codeField("partCode", 10), version: versionField });
export type DeleteLocationInput = z.infer<typeof deleteLocationSchema>;
