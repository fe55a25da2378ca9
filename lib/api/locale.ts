import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n/config";

// The language of the API's messages: the first of the caller's Accept-Language ranges (by
// weight, RFC 9110 §12.5.4) that names one of ours; English otherwise.

export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranges = header
    .slice(0, 500)
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { language: tag.split("-")[0], weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const r of ranges) if ((LOCALES as readonly string[]).includes(r.language)) return r.language as Locale;
  return DEFAULT_LOCALE;
}
