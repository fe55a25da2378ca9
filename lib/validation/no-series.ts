import { z } from "zod";
import { parseLinesField } from "@/lib/validation/master-data/fields";
import { msg, zodMessage, type CaptionKey } from "@/lib/i18n/domain-message";

// The admin No. Series form (NS-1/NS-2). FormData arrives as strings: checkboxes are "on" or
// absent, the lines grid is posted as JSON in the hidden field `lines` (a direct call may pass
// an array). Line errors are reported as `lines.<index>.<field>` so the grid can show them in
// the right cell. The number rules themselves (digits, ranges, padding) are the domain's job.

const MAX_LINES = 100;
const MAX_LINES_JSON = 100_000;

export const checkbox = z
  .union([z.boolean(), z.enum(["on", "true", "false", "off", ""])])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

const code = z
  .string()
  .trim()
  .toUpperCase()
  .min(1, zodMessage("valueRequired", { field: msg("partCode") }))
  .max(20, zodMessage("tooLong", { field: msg("partCode"), max: 20 }))
  .regex(/^[A-Z0-9][A-Z0-9._-]*$/, zodMessage("codeChars", { field: msg("partCode") }));

const seriesNo = (caption: CaptionKey) =>
  z
    .string()
    .trim()
    .toUpperCase()
    .max(20, zodMessage("tooLong", { field: msg(caption), max: 20 }))
    .default("");

const optionalId = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.coerce.number().int().positive().optional());

export const noSeriesLineSchema = z.strictObject({
  id: optionalId,
  startingDate: z
    .string()
    .trim()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, zodMessage("dateNotDate", { field: msg("partStartingDate") }))
    .refine((s) => s === "" || !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), zodMessage("dateNotDate", { field: msg("partStartingDate") }))
    .nullish()
    .transform((s) => (s ? s : null)),
  startingNo: seriesNo("partStartingNo"),
  endingNo: seriesNo("partEndingNo"),
  warningNo: seriesNo("partWarningNo"),
  incrementBy: z.coerce
    .number({ ...zodMessage("incrementByInvalid") })
    .int(zodMessage("incrementByInvalid"))
    .min(1, zodMessage("incrementByInvalid"))
    .max(1_000_000, zodMessage("notGreaterThan", { field: msg("partIncrementByNo"), max: 1000000 }))
    .default(1),
  lastNoUsed: seriesNo("partLastNoUsed"),
  /** Last No. Used as the form showed it: unchanged means "keep whatever the line has now". */
  lastNoUsedRead: z.string().trim().toUpperCase().max(20).optional(),
  implementation: z.enum(["NORMAL", "SEQUENCE"], zodMessage("implementationInvalid")).default("NORMAL"),
});
export type NoSeriesLineInput = z.infer<typeof noSeriesLineSchema>;

function parseLines(raw: unknown, ctx: z.RefinementCtx): NoSeriesLineInput[] {
  return parseLinesField(noSeriesLineSchema, raw, ctx, { maxLines: MAX_LINES, maxJson: MAX_LINES_JSON });
}

const header = {
  code,
  description: z
    .string()
    .trim()
    .max(100, zodMessage("descriptionTooLong", { max: 100 }))
    .default(""),
  defaultNos: checkbox,
  manualNos: checkbox,
  dateOrder: checkbox,
  lines: z.unknown(),
};

const version = z.coerce
  .number({ ...zodMessage("versionMissing") })
  .int()
  .min(0)
  .max(2_147_483_647);

export const createNoSeriesSchema = z.strictObject(header).transform((v, ctx) => ({ ...v, lines: parseLines(v.lines, ctx) }));
export type CreateNoSeriesInput = z.infer<typeof createNoSeriesSchema>;

export const updateNoSeriesSchema = z
  .strictObject({ ...header, version })
  .transform((v, ctx) => ({ ...v, lines: parseLines(v.lines, ctx) }));
export type UpdateNoSeriesInput = z.infer<typeof updateNoSeriesSchema>;

export const deleteNoSeriesSchema = z.strictObject({ code, version });
export type DeleteNoSeriesInput = z.infer<typeof deleteNoSeriesSchema>;
