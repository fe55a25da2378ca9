import { cookies } from "next/headers";
import { LOCALE_COOKIE, type Locale } from "@/lib/i18n/config";

// Chooses the language of the next server-action calls, as the language switch does: through
// the NEXT_LOCALE cookie. Needs tests/support/next-mocks imported first (the mocked cookie jar).
export async function setLocale(locale: Locale) {
  (await cookies()).set(LOCALE_COOKIE, locale);
}
