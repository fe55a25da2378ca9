import "server-only";
import type { z } from "zod";
import { requirePermission, type CurrentUser } from "@/lib/auth";
import type { Permission } from "@/lib/domain/auth/permissions";
import { DomainError, ValidationError, type FieldErrors } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { msg, renderIssue, renderMessage, renderParams, type Message } from "@/lib/i18n/domain-message";
import { currentLocale } from "@/lib/i18n/localize-errors";
import { logUnexpected } from "@/lib/log";
import { schemaForLocale } from "@/lib/validation/decimal-text";

export type { FieldErrors };
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string; warnings?: string[] }
  | { ok: false; code: string; message: string; fieldErrors: FieldErrors; params?: Record<string, string | number> };

/** Turns a FormData (or a plain object from a direct call) into a plain object for zod. */
export function toInput(input: unknown): unknown {
  if (input instanceof FormData) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of input.entries()) {
      if (key.startsWith("$ACTION")) continue;
      if (typeof value !== "string") continue;
      out[key] = key in out ? [out[key], value].flat() : value;
    }
    return out;
  }
  return input;
}

/**
 * The shape of every server action: authenticate and authorize first, then validate at the
 * boundary, then call one service. Expected failures come back as values beside their field;
 * anything unexpected is logged and becomes a generic message (no stack trace reaches the user).
 */
export async function runAction<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  input: unknown,
  run: (data: z.infer<S>, user: CurrentUser, locale: Locale) => Promise<T>,
): Promise<ActionResult<T>> {
  // Messages are spoken in the user's language (lib/i18n/domain-message.ts).
  const locale = await currentLocale();
  return runAs(() => requirePermission(permission), schema, input, run, locale);
}

/**
 * runAction's shape for an entry point that knows its user another way (the REST API's keys,
 * lib/api): `authorize` returns the user allowed to act, or throws; messages in `locale`.
 */
export async function runAs<S extends z.ZodType, T, U extends CurrentUser>(
  authorize: () => Promise<U>,
  schema: S,
  input: unknown,
  run: (data: z.infer<S>, user: U, locale: Locale) => Promise<T>,
  locale: Locale,
): Promise<ActionResult<T>> {
  try {
    const user = await authorize();
    // Numbers are read in the user's notation: the schema built for the request's locale
    // (decimal-text.ts); zod's issues carry their Message, said here in the user's language
    // (domain-message.ts).
    const parsed = schemaForLocale(schema, locale).safeParse(toInput(input));
    if (!parsed.success) {
      const fieldErrors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path.length ? String(issue.path[0]) : "_form";
        (fieldErrors[key] ??= []).push(renderIssue(issue, locale));
      }
      return { ok: false, code: "VALIDATION", message: renderMessage(msg("validation"), locale), fieldErrors };
    }
    return { ok: true, data: await run(parsed.data, user, locale) };
  } catch (e) {
    return errorResult(e, locale);
  }
}

/** A use case's result with its `warning` (a Message, or null) said in `locale`. */
export function warningIn<T extends { warning: Message | null }>(
  result: T,
  locale: Locale,
): Omit<T, "warning"> & { warning: string | null } {
  return { ...result, warning: result.warning ? renderMessage(result.warning, locale) : null };
}

/** A thrown error as a result, its messages in `locale`. */
export function errorResult(e: unknown, locale: Locale = "en"): ActionResult<never> {
  const say = (m: Message) => renderMessage(m, locale);
  if (e instanceof ValidationError) {
    const fieldErrors = Object.fromEntries(Object.entries(e.fieldErrors).map(([k, v]) => [k, v.map(say)]));
    return { ok: false, code: e.code, message: say(e.text), fieldErrors };
  }
  if (e instanceof DomainError) {
    const message = say(e.text);
    return {
      ok: false,
      code: e.code,
      message,
      fieldErrors: e.field ? { [e.field]: [message] } : {},
      params: renderParams(e.params, locale),
    };
  }
  // redirect()/notFound() from next/navigation must propagate.
  if (e && typeof e === "object" && "digest" in e && typeof e.digest === "string" && e.digest.startsWith("NEXT_")) throw e;
  logUnexpected(e);
  return {
    ok: false,
    code: "UNEXPECTED",
    message: say(msg(isDbUnavailable(e) ? "dbDown" : "unexpected")),
    fieldErrors: {},
  };
}

function isDbUnavailable(e: unknown) {
  const err = e as { code?: string; message?: string; meta?: { driverAdapterError?: { cause?: { kind?: string } } } };
  if (["P1001", "P1017", "P2024"].includes(err?.code ?? "")) return true;
  if (["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"].includes(err?.meta?.driverAdapterError?.cause?.kind ?? "")) return true;
  const text = String(err?.message ?? e);
  return /ECONNREFUSED|connect ENOENT .*\.s\.PGSQL|terminating connection|Connection terminated|connect ETIMEDOUT|timeout exceeded when trying to connect|Can't reach database server/i.test(
    text,
  );
}
