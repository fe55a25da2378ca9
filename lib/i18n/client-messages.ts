// What the browser gets of the message catalogs. The root layout's NextIntlClientProvider would
// send every namespace (~64 kB of JSON, in every full page load's RSC payload); the namespaces
// below are only ever read on the server (getTranslations, or renderMessage for domainErrors, a
// third of the whole), so they stay there. tests/unit/i18n/client-messages.test.ts checks that no
// client component names one of them.

/** Namespaces read only by server code. */
export const SERVER_ONLY_NAMESPACES = ["domainErrors", "listFilters", "nav", "roleCenter"] as const;

/** The catalog without the server-only namespaces. */
export function clientMessages<T extends Record<string, unknown>>(messages: T): Partial<T> {
  const skip = new Set<string>(SERVER_ONLY_NAMESPACES);
  return Object.fromEntries(Object.entries(messages).filter(([namespace]) => !skip.has(namespace))) as Partial<T>;
}
