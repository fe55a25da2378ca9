import { z } from "zod";
import { parseDecimalText, type NumberLocale } from "@/lib/validation/decimal-text";

// Field shapes shared by the BOM and routing editors and the CSV import. FormData and CSV cells
// arrive as text; numbers stay strings (exact decimals for Prisma.Decimal), dates become the
// midnight-UTC Date a @db.Date column holds.

export const MAX_DECIMAL = 1e12;

export const codeField = (caption: string, max: number) =>
  z
    .string({ message: `${caption} must have a value.` })
    .trim()
    .toUpperCase()
    .min(1, `${caption} must have a value.`)
    .max(max, `${caption} cannot be longer than ${max} characters.`);

/** A code that may be blank ("" → null). */
export const optionalCode = (caption: string, max: number) =>
  z
    .string()
    .trim()
    .toUpperCase()
    .max(max, `${caption} cannot be longer than ${max} characters.`)
    .nullish()
    .transform((v) => (v ? v : null));

export const textField = (caption: string, max: number) =>
  z.string().trim().max(max, `${caption} cannot be longer than ${max} characters.`).nullish().transform((v) => v ?? "");

/** A decimal as text in `locale`'s notation, blank = `blank`; checked against [min, max]. */
export const decimalField = (locale: NumberLocale, caption: string, opts: { min?: number; max?: number; blank?: string } = {}) =>
  z
    .union([z.string(), z.number()])
    .nullish()
    .transform((v, ctx) => {
      const typed = v === null || v === undefined ? "" : String(v).trim();
      if (typed === "") return opts.blank ?? "0";
      // Decimal notation of the user's locale only (decimal-text.ts): no hex, exponent or Infinity.
      const text = parseDecimalText(typed, locale);
      if (text === null) {
        ctx.addIssue({ code: "custom", message: `${caption} must be a number.` });
        return z.NEVER;
      }
      const n = Number(text);
      const min = opts.min ?? 0;
      const max = opts.max ?? MAX_DECIMAL;
      if (n < min) ctx.addIssue({ code: "custom", message: min === 0 ? `${caption} cannot be negative.` : `${caption} must be at least ${min}.` });
      else if (n > max) ctx.addIssue({ code: "custom", message: `${caption} cannot be greater than ${max}.` });
      return text;
    });

export const dateField = (caption: string) =>
  z
    .union([z.string(), z.date()])
    .nullish()
    .transform((v, ctx) => {
      if (v instanceof Date) return v;
      const text = (v ?? "").trim();
      if (text === "") return null;
      const d = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : new Date(NaN);
      if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== text) {
        ctx.addIssue({ code: "custom", message: `${caption} must be a date (YYYY-MM-DD).` });
        return z.NEVER;
      }
      return d;
    });

export const versionField = z.coerce.number({ message: "The version is missing. Reload the page." }).int().min(0).max(2_147_483_647);

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
      ctx.addIssue({ code: "custom", path: ["lines"], message: "Too many lines." });
      return [];
    }
    try {
      value = JSON.parse(value || "[]");
    } catch {
      ctx.addIssue({ code: "custom", path: ["lines"], message: "The lines could not be read." });
      return [];
    }
  }
  if (!Array.isArray(value) || value.length > limits.maxLines) {
    ctx.addIssue({ code: "custom", path: ["lines"], message: Array.isArray(value) ? "Too many lines." : "The lines could not be read." });
    return [];
  }
  return value.map((line, i) => {
    const parsed = schema.safeParse(line);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const field = issue.path.length ? String(issue.path[0]) : "_line";
      ctx.addIssue({ code: "custom", path: [`lines.${i}.${field}`], message: issue.message });
    }
    return undefined as unknown as T;
  });
}
