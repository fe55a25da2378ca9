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

// Zod messages. A schema's issue carries its Message (in `params.domainMessage`) beside an English
// text: runAction (and the CSV import) render the Message in the request's language, so there is
// no language to set around a parse; a direct parse (tests, scripts) reads the English text.
type CarriedParams = { domainMessage: Message };

/** The parts of a custom issue (ctx.addIssue({ code: "custom", path, ...issueOf(m) })) saying `m`. */
export function issueOf(m: Message): { message: string; params: CarriedParams } {
  return { message: renderMessage(m), params: { domainMessage: m } };
}

/** For a zod `error` function: keeps `m` in the issue being raised and gives its English text. */
export function issueText(issue: object, m: Message): string {
  const raw = issue as { params?: Record<string, unknown> };
  raw.params = { ...raw.params, domainMessage: m };
  return renderMessage(m);
}

/** A zod `error` option saying the catalog's `key` (see issueText). */
export function zodMessage(key: MessageKey, params: MessageParams = {}): { error: (issue: object) => string } {
  return { error: (issue) => issueText(issue, msg(key, params)) };
}

/** What a zod issue says: the Message it carries, else its own (zod's) text. */
export function issueMessage(issue: { message: string; params?: unknown }): Message | string {
  const carried = (issue.params as Partial<CarriedParams> | undefined)?.domainMessage;
  return isMessage(carried) ? carried : issue.message;
}

/** A zod issue's words in `locale`. */
export function renderIssue(issue: { message: string; params?: unknown }, locale: Locale): string {
  const m = issueMessage(issue);
  return typeof m === "string" ? m : renderMessage(m, locale);
}

/** An issue of an inner parse raised again (at `path`) by an outer schema, its Message kept. */
export function reissue(issue: { message: string; params?: unknown }): { message: string; params?: CarriedParams } {
  const m = issueMessage(issue);
  return typeof m === "string" ? { message: m } : issueOf(m);
}

/** A field caption or record label fragment of the catalog ("partNo", "partWorkCenter" …). */
export type CaptionKey = Extract<MessageKey, `part${string}`>;
