import { z } from "zod";
import { parseDecimalText, type NumberLocale } from "@/lib/validation/decimal-text";
import { issueOf, msg, reissue, zodMessage, type CaptionKey } from "@/lib/i18n/domain-message";

// Field shapes shared by the BOM and routing editors and the CSV import. FormData and CSV cells
// arrive as text; numbers stay strings (exact decimals for Prisma.Decimal), dates become the
// midnight-UTC Date a @db.Date column holds.

export const MAX_DECIMAL = 1e12;

export const codeField = (caption: CaptionKey, max: number) =>
  z
    .string({ ...zodMessage("valueRequired", { field: msg(caption) }) })
    .trim()
    .toUpperCase()
    .min(1, zodMessage("valueRequired", { field: msg(caption) }))
    .max(max, zodMessage("tooLong", { field: msg(caption), max }));

/** A code that may be blank ("" → null). */
export const optionalCode = (caption: CaptionKey, max: number) =>
  z
    .string()
    .trim()
    .toUpperCase()
    .max(max, zodMessage("tooLong", { field: msg(caption), max }))
    .nullish()
    .transform((v) => (v ? v : null));

export const textField = (caption: CaptionKey, max: number) =>
  z
    .string()
    .trim()
    .max(max, zodMessage("tooLong", { field: msg(caption), max }))
    .nullish()
    .transform((v) => v ?? "");

/** A decimal as text in `locale`'s notation, blank = `blank`; checked against [min, max]. */
export const decimalField = (locale: NumberLocale, caption: CaptionKey, opts: { min?: number; max?: number; blank?: string } = {}) =>
  z
    .union([z.string(), z.number()])
    .nullish()
    .transform((v, ctx) => {
      const typed = v === null || v === undefined ? "" : String(v).trim();
      if (typed === "") return opts.blank ?? "0";
      // Decimal notation of the user's locale only (decimal-text.ts): no hex, exponent or Infinity.
      const decimal = parseDecimalText(typed, locale);
      if (decimal === null) {
        ctx.addIssue({ code: "custom", ...issueOf(msg("numberInvalid", { field: msg(caption) })) });
        return z.NEVER;
      }
      const n = Number(decimal);
      const min = opts.min ?? 0;
      const max = opts.max ?? MAX_DECIMAL;
      if (n < min)
        ctx.addIssue({
          code: "custom",
          ...issueOf(min === 0 ? msg("negative", { field: msg(caption) }) : msg("atLeast", { field: msg(caption), min })),
        });
      else if (n > max) ctx.addIssue({ code: "custom", ...issueOf(msg("notGreaterThan", { field: msg(caption), max })) });
      return decimal;
    });

export const dateField = (caption: CaptionKey) =>
  z
    .union([z.string(), z.date()])
    .nullish()
    .transform((v, ctx) => {
      if (v instanceof Date) return v;
      const text = (v ?? "").trim();
      if (text === "") return null;
      const d = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : new Date(NaN);
      if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== text) {
        ctx.addIssue({ code: "custom", ...issueOf(msg("dateIso", { field: msg(caption) })) });
        return z.NEVER;
      }
      return d;
    });

export const versionField = z.coerce
  .number({ ...zodMessage("versionMissing") })
  .int()
  .min(0)
  .max(2_147_483_647);

const MAX_LINES = 500;
const MAX_LINES_JSON = 500_000;

/**
 * Parses the grid posted as JSON in the hidden `lines` field (or an array from a direct call);
 * each line's errors are reported as `lines.<index>.<field>` for the grid's cells.
 */
export function parseLinesField<T>(
  schema: z.ZodType<T>,
  raw: unknown,
  ctx: z.RefinementCtx,
  limits: { maxLines: number; maxJson: number } = { maxLines: MAX_LINES, maxJson: MAX_LINES_JSON },
): T[] {
  let value = raw ?? [];
  if (typeof value === "string") {
    if (value.length > limits.maxJson) {
      ctx.addIssue({ code: "custom", path: ["lines"], ...issueOf(msg("tooManyLines")) });
      return [];
    }
    try {
      value = JSON.parse(value || "[]");
    } catch {
      ctx.addIssue({ code: "custom", path: ["lines"], ...issueOf(msg("linesUnreadable")) });
      return [];
    }
  }
  if (!Array.isArray(value) || value.length > limits.maxLines) {
    ctx.addIssue({ code: "custom", path: ["lines"], ...issueOf(msg(Array.isArray(value) ? "tooManyLines" : "linesUnreadable")) });
    return [];
  }
  return value.map((line, i) => {
    const parsed = schema.safeParse(line);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const field = issue.path.length ? String(issue.path[0]) : "_line";
      ctx.addIssue({ code: "custom", path: [`lines.${i}.${field}`], ...reissue(issue) });
    }
    return undefined as unknown as T;
  });
}
