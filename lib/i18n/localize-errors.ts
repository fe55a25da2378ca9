import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale, type Locale } from "@/lib/i18n/config";

// The user's language for messages spoken on the server (runAction, the CSV import, notices):
// the locale cookie, English when there is none. The messages themselves come by key from the
// "domainErrors" catalogs (lib/i18n/domain-message.ts).

export async function currentLocale(): Promise<Locale> {
  try {
    return toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  } catch {
    return "en";
  }
}
