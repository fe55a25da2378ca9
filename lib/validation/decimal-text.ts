// PO-8 and every decimal field of the master data, as typed in a form: the notation rules (and the
// form's two tolerances) live in lib/domain/number/decimal-notation.ts, mode "form"; this file adds
// only the request's locale.
//
// The locale is an argument, never module state: a schema with decimal fields is built once per
// locale (localizedSchema), and runAction parses a request with the one for the user's locale
// (forLocale). The schema value itself is the English one: direct calls, tests and the CSV
// import's rows (which read their cells in mode "file" first) read English notation.
import type { z } from "zod";
import { readDecimal, type NumberLocale } from "@/lib/domain/number/decimal-notation";

export type { NumberLocale } from "@/lib/domain/number/decimal-notation";

/** A schema with decimal fields: itself (English), and the same schema for each locale. */
export type Localized<S extends z.ZodType> = S & { readonly forLocale: (locale: NumberLocale) => S };

/** Builds `build(locale)` once for each locale; the English one stands for the schema. */
export function localizedSchema<S extends z.ZodType>(build: (locale: NumberLocale) => S): Localized<S> {
  const byLocale: Record<NumberLocale, S> = { en: build("en"), nl: build("nl") };
  return Object.assign(byLocale.en, { forLocale: (locale: NumberLocale) => byLocale[locale] });
}

/** The schema a request in `locale` is parsed with: its localized form when it has one. */
export function schemaForLocale<S extends z.ZodType>(schema: S, locale: NumberLocale): S {
  const { forLocale } = schema as S & { forLocale?: Localized<S>["forLocale"] };
  return typeof forLocale === "function" ? forLocale(locale) : schema;
}

/**
 * The decimal `text` stands for, as canonical text ("-1234.5": "." as decimal mark, no
 * grouping), or null when it is not a decimal typed in `locale`'s notation.
 */
export function parseDecimalText(text: string, locale: NumberLocale): string | null {
  return readDecimal(text, locale, "form");
}
