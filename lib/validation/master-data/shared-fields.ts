import { z } from "zod";
import { parseDecimalText, type NumberLocale } from "@/lib/validation/decimal-text";
import { issueOf, msg, reissue, zodMessage, type CaptionKey, type Message } from "@/lib/i18n/domain-message";

// Field builders shared by the master-data forms (items, locations, work and machine centers,
// shop calendars, families, sales documents). FormData arrives as strings; messages use BC's
// captions so they read like Business Central's own errors and can stand beside the field.

export const CODE_PATTERN = /^[A-Z0-9._-]+$/;

/** A key such as No. or Code: upper case, 1–max characters of [A-Z0-9._-]. */
export const codeField = (caption: CaptionKey, max = 20) =>
  z
    .string({ ...zodMessage("valueRequired", { field: msg(caption) }) })
    .trim()
    .toUpperCase()
    .min(1, zodMessage("valueRequired", { field: msg(caption) }))
    .max(max, zodMessage("tooLong", { field: msg(caption), max }))
    .regex(/^[A-Z0-9._-]*$/, zodMessage("codeChars", { field: msg(caption) }));

/** A reference to another record that may stay blank (blank = null). */
export const optionalCodeField = (caption: CaptionKey, max = 20) =>
  z
    .string()
    .trim()
    .toUpperCase()
    .max(max, zodMessage("tooLong", { field: msg(caption), max }))
    .regex(/^[A-Z0-9._-]*$/, zodMessage("codeChars", { field: msg(caption) }))
    .default("")
    .transform((s) => (s === "" ? null : s));

export const textField = (caption: CaptionKey, max: number) =>
  z
    .string()
    .trim()
    .max(max, zodMessage("tooLong", { field: msg(caption), max }))
    .default("");

export const checkboxField = z
  .union([z.boolean(), z.enum(["on", "true", "false", "off", ""])])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

export const versionField = z.coerce
  .number({ ...zodMessage("versionMissing") })
  .int()
  .min(0)
  .max(2_147_483_647);

type NumberRule = {
  min?: number;
  /** The value must be greater than min, not equal to it. */
  minExclusive?: boolean;
  max?: number;
  /** Used when the field is blank; without it a blank field is an error. */
  fallback?: number;
  integer?: boolean;
  decimals?: number;
};

function rangeMessage(caption: CaptionKey, r: NumberRule): Message {
  const { min, max, minExclusive } = r;
  if (min !== undefined && max !== undefined) {
    return minExclusive
      ? msg("greaterThanAtMost", { field: msg(caption), min, max })
      : msg("dateRange", { field: msg(caption), from: min, to: max });
  }
  if (min !== undefined)
    return minExclusive ? msg("greaterThan", { field: msg(caption), min }) : msg("atLeast", { field: msg(caption), min });
  return msg("atMost", { field: msg(caption), max: max ?? "" });
}

/** Parses a number as typed ("1,5" too) and checks its range; returns a JS number. */
export function parseNumber(
  locale: NumberLocale,
  raw: unknown,
  caption: CaptionKey,
  rule: NumberRule,
  ctx: z.RefinementCtx,
  path: string[] = [],
) {
  const typed = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim() : "";
  const fail = (message: Message) => {
    ctx.addIssue({ code: "custom", ...issueOf(message), path });
    return z.NEVER;
  };
  if (typed === "") return rule.fallback ?? fail(msg("valueRequired", { field: msg(caption) }));
  // Decimal notation of the user's locale only (decimal-text.ts): no hex, exponent or Infinity.
  const text = parseDecimalText(typed, locale);
  if (text === null)
    return fail(rule.integer ? msg("wholeNumber", { field: msg(caption) }) : msg("numberInvalid", { field: msg(caption) }));
  const n = Number(text);
  if (rule.integer && !Number.isInteger(n)) return fail(msg("wholeNumber", { field: msg(caption) }));
  const decimals = text.split(".")[1]?.length ?? 0;
  if (decimals > (rule.decimals ?? 5)) return fail(msg("decimals", { field: msg(caption), decimals: rule.decimals ?? 5 }));
  const low = rule.min !== undefined && (rule.minExclusive ? n <= rule.min : n < rule.min);
  const high = rule.max !== undefined && n > rule.max;
  if (low || high) return fail(rangeMessage(caption, rule));
  return n;
}

export const numberField = (locale: NumberLocale, caption: CaptionKey, rule: NumberRule) =>
  z
    .unknown()
    .optional()
    .transform((v, ctx) => parseNumber(locale, v, caption, rule, ctx));

/** Whole days, blank allowed (blank = null, e.g. "use the setup default"). Only a string can be
 *  blank: String() on an arbitrary object can throw (e.g. { toString: "x" }). */
export const optionalDaysField = (locale: NumberLocale, caption: CaptionKey) =>
  z
    .unknown()
    .optional()
    .transform((v, ctx) =>
      v === undefined || v === null || (typeof v === "string" && v.trim() === "")
        ? null
        : parseNumber(locale, v, caption, { min: 0, max: 3650, integer: true }, ctx),
    );

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export function isIsoDate(s: string) {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** A date as YYYY-MM-DD, blank = null. */
export const optionalDateField = (caption: CaptionKey) =>
  z
    .string()
    .trim()
    .default("")
    .refine((s) => s === "" || isIsoDate(s), zodMessage("dateNotDate", { field: msg(caption) }))
    .transform((s) => (s === "" ? null : s));

export const MAX_ROWS = 500;
const MAX_ROWS_JSON = 500_000;

/**
 * A grid of the form (lines, holidays, units …) posted as JSON in one hidden field. Call from an
 * object-level transform so a row's error is keyed `<grid>.<index>.<field>` and lands in its cell.
 */
export function parseRows<S extends z.ZodType>(raw: unknown, grid: string, schema: S, ctx: z.RefinementCtx): z.infer<S>[] {
  let value = raw ?? [];
  if (typeof value === "string") {
    if (value.length > MAX_ROWS_JSON) {
      ctx.addIssue({ code: "custom", path: [grid], ...issueOf(msg("tooManyLines")) });
      return [];
    }
    try {
      value = JSON.parse(value || "[]");
    } catch {
      ctx.addIssue({ code: "custom", path: [grid], ...issueOf(msg("linesUnreadable")) });
      return [];
    }
  }
  if (!Array.isArray(value) || value.length > MAX_ROWS) {
    ctx.addIssue({ code: "custom", path: [grid], ...issueOf(msg(Array.isArray(value) ? "tooManyLines" : "linesUnreadable")) });
    return [];
  }
  return value.map((row, i) => {
    const parsed = schema.safeParse(row);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const field = issue.path.length ? String(issue.path[0]) : "_line";
      ctx.addIssue({ code: "custom", path: [`${grid}.${i}.${field}`], ...reissue(issue) });
    }
    return undefined as unknown as z.infer<S>;
  });
}

/** Reports the second and later rows whose key repeats an earlier row's. */
export function refuseDuplicates<T>(
  rows: T[],
  keyOf: (row: T) => string,
  grid: string,
  field: string,
  message: (key: string) => Message,
  ctx: z.RefinementCtx,
) {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if (!row) return;
    const key = keyOf(row);
    if (seen.has(key)) ctx.addIssue({ code: "custom", path: [`${grid}.${i}.${field}`], ...issueOf(message(key)) });
    seen.add(key);
  });
}
