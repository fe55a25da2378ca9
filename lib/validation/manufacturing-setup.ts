import { z } from "zod";
import { checkbox } from "@/lib/validation/no-series";
import { msg, zodMessage, type CaptionKey } from "@/lib/i18n/domain-message";

// The Manufacturing Setup card. Times arrive as "HH:MM" (input type=time) and are stored as
// minutes after midnight; empty series selects mean "no series".

const seriesCode = z
  .string()
  .trim()
  .toUpperCase()
  .max(20, zodMessage("seriesCodeTooLong", { max: 20 }))
  .nullish()
  .transform((v) => (v ? v : null));

const time = (caption: CaptionKey) =>
  z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d(:00)?$/, zodMessage("timeOfDay", { field: msg(caption) }))
    .transform((v) => Number(v.slice(0, 2)) * 60 + Number(v.slice(3, 5)));

const days = (caption: CaptionKey) =>
  z.coerce
    .number({ ...zodMessage("wholeDays", { field: msg(caption) }) })
    .int(zodMessage("wholeDays", { field: msg(caption) }))
    .min(0, zodMessage("negative", { field: msg(caption) }))
    .max(365, zodMessage("maxDays", { field: msg(caption), max: 365 }));

/** Blank (or a form that predates the field) = 0. */
const blankIsZero = (v: unknown) => (v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? 0 : v);

/** PL-1 Default Dampener %: a percentage of the lot size, 0–100. */
const percent = (caption: CaptionKey) =>
  z.coerce
    .number({ ...zodMessage("numberInvalid", { field: msg(caption) }) })
    .min(0, zodMessage("negative", { field: msg(caption) }))
    .max(100, zodMessage("atMost", { field: msg(caption), max: 100 }));

export const updateManufacturingSetupSchema = z
  .strictObject({
    simulatedOrderNos: seriesCode,
    plannedOrderNos: seriesCode,
    firmPlannedOrderNos: seriesCode,
    releasedOrderNos: seriesCode,
    normalStartingTime: time("partNormalStartingTime"),
    normalEndingTime: time("partNormalEndingTime"),
    defaultSafetyLeadTimeDays: days("partDefaultSafetyLeadTime"),
    manualScheduling: checkbox,
    safetyLeadTimeForManSchDays: days("partSafetyLeadTimeForManSch"),
    defaultDampenerPeriodDays: z.preprocess(blankIsZero, days("partDefaultDampenerPeriod")),
    defaultDampenerPercent: z.preprocess(
      (v) => (typeof v === "string" ? v.replace(",", ".") : v),
      z.preprocess(blankIsZero, percent("partDefaultDampenerPercent")),
    ),
    defaultGenBusPostingGroup: z
      .string()
      .trim()
      .toUpperCase()
      .max(20, zodMessage("tooLong", { field: msg("partDefaultGenBusPostingGroup"), max: 20 }))
      .default(""),
    version: z.coerce
      .number({ ...zodMessage("versionMissing") })
      .int()
      .min(0)
      .max(2_147_483_647),
  })
  .refine((v) => v.normalStartingTime < v.normalEndingTime, {
    path: ["normalEndingTime"],
    ...zodMessage("normalEndBeforeStart"),
  });
export type UpdateManufacturingSetupInput = z.infer<typeof updateManufacturingSetupSchema>;

/** Minutes after midnight as "HH:MM" for a time input. */
export function minutesToTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}
