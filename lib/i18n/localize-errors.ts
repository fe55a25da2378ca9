import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale, type Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/request";

// Services and zod schemas speak the spec's English. For other locales the message is matched
// against the English templates of the "domainErrors" catalog (e.g. "Item {no} does not exist.")
// and re-spoken from the same key in that locale, with the values it contained.

type Template = { re: RegExp; names: string[]; key: string };
const compiled = new Map<Locale, Template[]>();

function templates(): Template[] {
  const hit = compiled.get("en");
  if (hit) return hit;
  const en = (loadMessages("en").domainErrors ?? {}) as Record<string, string>;
  const list = Object.entries(en).map(([key, text]) => {
    const names: string[] = [];
    const pattern = text
      .split(/(\{[a-zA-Z]+\})/)
      .map((part) => {
        const m = /^\{([a-zA-Z]+)\}$/.exec(part);
        if (m) {
          names.push(m[1]);
          return "(.+?)";
        }
        return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      })
      .join("");
    return { re: new RegExp(`^${pattern}$`), names, key };
  });
  compiled.set("en", list);
  return list;
}

export function translateMessage(message: string, locale: Locale): string {
  if (locale === "en") return message;
  const target = (loadMessages(locale).domainErrors ?? {}) as Record<string, string>;
  for (const t of templates()) {
    const m = t.re.exec(message);
    if (!m || !target[t.key]) continue;
    return target[t.key].replace(/\{([a-zA-Z]+)\}/g, (_, name: string) => m[t.names.indexOf(name) + 1] ?? "");
  }
  return message;
}

export async function currentLocale(): Promise<Locale> {
  try {
    return toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  } catch {
    return "en";
  }
}
