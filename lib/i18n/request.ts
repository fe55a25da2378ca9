import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, toLocale, type Locale } from "@/lib/i18n/config";

// Message catalogs are split by area (lib/i18n/messages/<locale>/<namespace>.json) so each
// feature owns its own file. They are read once per process.
const cache = new Map<Locale, Record<string, unknown>>();

export function loadMessages(locale: Locale): Record<string, unknown> {
  const hit = cache.get(locale);
  if (hit) return hit;
  const dir = path.join(process.cwd(), "lib", "i18n", "messages", locale);
  const messages: Record<string, unknown> = {};
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    messages[file.replace(/\.json$/, "")] = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
  }
  cache.set(locale, messages);
  return messages;
}

// The locale comes from a cookie (set from the user's saved preference at sign-in and by the
// language switch), so URLs stay the same in every language.
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: loadMessages(locale), timeZone: "UTC" };
});
