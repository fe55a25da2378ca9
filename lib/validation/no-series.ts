import { z } from "zod";
import { parseLinesField } from "@/lib/validation/master-data/fields";

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
  .min(1, "Code must have a value.")
  .max(20, "Code cannot be longer than 20 characters.")
  .regex(/^[A-Z0-9][A-Z0-9._-]*$/, "Code may only contain letters, digits, '.', '_' and '-'.");

const seriesNo = (caption: string) =>
  z.string().trim().toUpperCase().max(20, `${caption} cannot be longer than 20 characters.`).default("");

const optionalId = z.preprocess(
  (v) => (v === "" || v === null ? undefined : v),
  z.coerce.number().int().positive().optional(),
);

export const noSeriesLineSchema = z.strictObject({
  id: optionalId,
  startingDate: z
    .string()
    .trim()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, "Starting Date must be a date.")
    .refine((s) => s === "" || !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), "Starting Date must be a date.")
    .nullish()
    .transform((s) => (s ? s : null)),
  startingNo: seriesNo("Starting No."),
  endingNo: seriesNo("Ending No."),
  warningNo: seriesNo("Warning No."),
  incrementBy: z.coerce
    .number({ message: "Increment-by No. must be a whole number of at least 1." })
    .int("Increment-by No. must be a whole number of at least 1.")
    .min(1, "Increment-by No. must be a whole number of at least 1.")
    .max(1_000_000, "Increment-by No. cannot be greater than 1000000.")
    .default(1),
  lastNoUsed: seriesNo("Last No. Used"),
  /** Last No. Used as the form showed it: unchanged means "keep whatever the line has now". */
  lastNoUsedRead: z.string().trim().toUpperCase().max(20).optional(),
  implementation: z.enum(["NORMAL", "SEQUENCE"], "Implementation must be Normal or Sequence.").default("NORMAL"),
});
export type NoSeriesLineInput = z.infer<typeof noSeriesLineSchema>;

function parseLines(raw: unknown, ctx: z.RefinementCtx): NoSeriesLineInput[] {
  return parseLinesField(noSeriesLineSchema, raw, ctx, { maxLines: MAX_LINES, maxJson: MAX_LINES_JSON });
}

const header = {
  code,
  description: z.string().trim().max(100, "Description cannot be longer than 100 characters.").default(""),
  defaultNos: checkbox,
  manualNos: checkbox,
  dateOrder: checkbox,
  lines: z.unknown(),
};

const version = z.coerce.number({ message: "The version is missing. Reload the page." }).int().min(0).max(2_147_483_647);

export const createNoSeriesSchema = z
  .strictObject(header)
  .transform((v, ctx) => ({ ...v, lines: parseLines(v.lines, ctx) }));
export type CreateNoSeriesInput = z.infer<typeof createNoSeriesSchema>;

export const updateNoSeriesSchema = z
  .strictObject({ ...header, version })
  .transform((v, ctx) => ({ ...v, lines: parseLines(v.lines, ctx) }));
export type UpdateNoSeriesInput = z.infer<typeof updateNoSeriesSchema>;

export const deleteNoSeriesSchema = z.strictObject({ code, version });
export type DeleteNoSeriesInput = z.infer<typeof deleteNoSeriesSchema>;
