import en from "@/lib/i18n/messages/en/domainErrors.json";
import nl from "@/lib/i18n/messages/nl/domainErrors.json";
import type { Locale } from "@/lib/i18n/config";

// Every message a service, a domain rule or a schema shows a user (errors, notices) is named by a
// key of the "domainErrors" catalog and its parameters. The text is the catalog's: English in
// lib/i18n/messages/en/domainErrors.json (the one place the spec's wording lives), Dutch in nl.
// A parameter that is itself words (a field caption, a record such as "Work Center 100", a
// status, a list of referrers, a nested message) is passed as a Message, never as English text,
// so it is spoken in the reader's language too; numbers and codes are passed as they are.
// Keys starting with "part" are such fragments: captions and record labels, not whole messages.
//
// Placeholders are plain {name} (no ICU): the texts hold apostrophes ('.', '_') as written.

export type MessageKey = keyof typeof en;
export type MessageParam = string | number | Message;
export type MessageParams = { readonly [name: string]: MessageParam };
export type Message = { readonly key: MessageKey; readonly params: MessageParams };

const CATALOGS: Record<Locale, Record<string, string>> = { en, nl };

export function msg(key: MessageKey, params: MessageParams = {}): Message {
  return { key, params };
}

export function isMessage(value: unknown): value is Message {
  return typeof value === "object" && value !== null && "key" in value && "params" in value;
}

/** `m` in `locale`'s words; a nested Message parameter is rendered in the same locale. */
export function renderMessage(m: Message, locale: Locale = "en"): string {
  const template = CATALOGS[locale][m.key] ?? CATALOGS.en[m.key] ?? m.key;
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => {
    const value = m.params[name];
    if (value === undefined) return whole;
    return typeof value === "object" ? renderMessage(value, locale) : String(value);
  });
}

/** Parameters as plain values for next-intl's t(): nested messages rendered in `locale`. */
export function renderParams(params: MessageParams, locale: Locale = "en"): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "object" ? renderMessage(v, locale) : v]));
}

/** "a", "a and b", "a, b and c": a list of record labels as one parameter. */
export function listOf(items: readonly MessageParam[]): MessageParam {
  if (items.length <= 1) return items[0] ?? "";
  const [head, ...rest] = items;
  if (rest.length === 1) return msg("partListAnd", { head, tail: rest[0] });
  return msg("partListComma", { head, tail: listOf(rest) });
}

/** "a, b, c": names separated by commas only. */
export function commaListOf(items: readonly MessageParam[]): MessageParam {
  if (items.length <= 1) return items[0] ?? "";
  return msg("partListComma", { head: items[0], tail: commaListOf(items.slice(1)) });
}

// Zod messages are produced while a schema parses. runAction parses inside withMessageLocale()
// (like withNumberLocale in lib/validation/decimal-text.ts): a parse is synchronous, so the locale
// set around it cannot leak into another request. Elsewhere (direct calls, tests) it is English.
let parseLocale: Locale | null = null;

export function withMessageLocale<T>(locale: Locale, run: () => T): T {
  const previous = parseLocale;
  parseLocale = locale;
  try {
    return run();
  } finally {
    parseLocale = previous;
  }
}

/** The message in the language of the running parse (English outside one). */
export function messageText(key: MessageKey, params: MessageParams = {}): string {
  return renderMessage(msg(key, params), parseLocale ?? "en");
}

/** `m` in the language of the running parse (for helpers that build the message first). */
export function parseText(m: Message): string {
  return renderMessage(m, parseLocale ?? "en");
}

/** A zod `error` option rendering the message when the issue is raised, in the parse's language. */
export function zodMessage(key: MessageKey, params: MessageParams = {}): { error: () => string } {
  return { error: () => messageText(key, params) };
}

/** A field caption or record label fragment of the catalog ("partNo", "partWorkCenter" …). */
export type CaptionKey = Extract<MessageKey, `part${string}`>;
