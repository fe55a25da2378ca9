import { z } from "zod";
import { checkbox } from "@/lib/validation/no-series";

// The Manufacturing Setup card. Times arrive as "HH:MM" (input type=time) and are stored as
// minutes after midnight; empty series selects mean "no series".

const seriesCode = z
  .string()
  .trim()
  .toUpperCase()
  .max(20, "The number series code cannot be longer than 20 characters.")
  .nullish()
  .transform((v) => (v ? v : null));

const time = (caption: string) =>
  z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d(:00)?$/, `${caption} must be a time between 00:00 and 23:59.`)
    .transform((v) => Number(v.slice(0, 2)) * 60 + Number(v.slice(3, 5)));

const days = (caption: string) =>
  z.coerce
    .number({ message: `${caption} must be a whole number of days.` })
    .int(`${caption} must be a whole number of days.`)
    .min(0, `${caption} cannot be negative.`)
    .max(365, `${caption} cannot be more than 365 days.`);

export const updateManufacturingSetupSchema = z
  .strictObject({
    simulatedOrderNos: seriesCode,
    plannedOrderNos: seriesCode,
    firmPlannedOrderNos: seriesCode,
    releasedOrderNos: seriesCode,
    normalStartingTime: time("Normal Starting Time"),
    normalEndingTime: time("Normal Ending Time"),
    defaultSafetyLeadTimeDays: days("Default Safety Lead Time"),
    manualScheduling: checkbox,
    safetyLeadTimeForManSchDays: days("Safety Lead Time for Man. Sch."),
    defaultGenBusPostingGroup: z
      .string()
      .trim()
      .toUpperCase()
      .max(20, "Default Gen. Bus. Posting Group cannot be longer than 20 characters.")
      .default(""),
    version: z.coerce.number({ message: "The version is missing. Reload the page." }).int().min(0).max(2_147_483_647),
  })
  .refine((v) => v.normalStartingTime < v.normalEndingTime, {
    path: ["normalEndingTime"],
    message: "Normal Ending Time must be later than Normal Starting Time.",
  });
export type UpdateManufacturingSetupInput = z.infer<typeof updateManufacturingSetupSchema>;

/** Minutes after midnight as "HH:MM" for a time input. */
export function minutesToTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}
