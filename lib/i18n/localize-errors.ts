import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale, type Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/request";
import { translateWith, type Catalog } from "@/lib/i18n/translate-message";

// Services and zod schemas speak the spec's English. For other locales the message is matched
// against the English templates of the "domainErrors" catalog (e.g. "Item {no} does not exist.")
// and re-spoken from the same key in that locale, with the values it contained. The matching
// itself is pure and lives in translate-message.ts.

const catalog = (locale: Locale) => (loadMessages(locale).domainErrors ?? {}) as Catalog;

export function translateMessage(message: string, locale: Locale): string {
  if (locale === "en") return message;
  return translateWith(catalog("en"), catalog(locale), message);
}

export async function currentLocale(): Promise<Locale> {
  try {
    return toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  } catch {
    return "en";
  }
}
