import "server-only";
import type { z } from "zod";
import { requirePermission, type CurrentUser } from "@/lib/auth";
import type { Permission } from "@/lib/domain/auth/permissions";
import { DomainError, ValidationError, type FieldErrors } from "@/lib/errors";
import { currentLocale, translateMessage } from "@/lib/i18n/localize-errors";
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
  run: (data: z.infer<S>, user: CurrentUser) => Promise<T>,
): Promise<ActionResult<T>> {
  return localize(await runUnlocalized(permission, schema, input, run));
}

async function runUnlocalized<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  input: unknown,
  run: (data: z.infer<S>, user: CurrentUser) => Promise<T>,
): Promise<ActionResult<T>> {
  try {
    const user = await requirePermission(permission);
    // Numbers are read in the user's notation: the schema built for the request's locale
    // (decimal-text.ts), no state shared between requests.
    const locale = await currentLocale();
    const parsed = schemaForLocale(schema, locale).safeParse(toInput(input));
    if (!parsed.success) {
      const fieldErrors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path.length ? String(issue.path[0]) : "_form";
        (fieldErrors[key] ??= []).push(issue.message);
      }
      return { ok: false, code: "VALIDATION", message: "Please correct the marked fields.", fieldErrors };
    }
    return { ok: true, data: await run(parsed.data, user) };
  } catch (e) {
    return errorResult(e);
  }
}

/** Messages in the user's language (the spec's English stays the source). */
export async function localize<T>(result: ActionResult<T>): Promise<ActionResult<T>> {
  if (result.ok) return result;
  const locale = await currentLocale();
  if (locale === "en") return result;
  const fieldErrors: FieldErrors = {};
  for (const [k, v] of Object.entries(result.fieldErrors)) fieldErrors[k] = v.map((m) => translateMessage(m, locale));
  return { ...result, message: translateMessage(result.message, locale), fieldErrors };
}

export function errorResult(e: unknown): ActionResult<never> {
  if (e instanceof ValidationError) return { ok: false, code: e.code, message: e.message, fieldErrors: e.fieldErrors };
  if (e instanceof DomainError) {
    return {
      ok: false,
      code: e.code,
      message: e.message,
      fieldErrors: e.field ? { [e.field]: [e.message] } : {},
      params: e.params,
    };
  }
  // redirect()/notFound() from next/navigation must propagate.
  if (e && typeof e === "object" && "digest" in e && typeof e.digest === "string" && e.digest.startsWith("NEXT_")) throw e;
  logUnexpected(e);
  return {
    ok: false,
    code: "UNEXPECTED",
    message: isDbUnavailable(e)
      ? "The database is not reachable right now. Please try again in a moment."
      : "Something went wrong. Please try again.",
    fieldErrors: {},
  };
}

function isDbUnavailable(e: unknown) {
  const err = e as { code?: string; message?: string; meta?: { driverAdapterError?: { cause?: { kind?: string } } } };
  if (["P1001", "P1017", "P2024"].includes(err?.code ?? "")) return true;
  if (["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"].includes(err?.meta?.driverAdapterError?.cause?.kind ?? "")) return true;
  const text = String(err?.message ?? e);
  return /ECONNREFUSED|connect ENOENT .*\.s\.PGSQL|terminating connection|Connection terminated|connect ETIMEDOUT|timeout exceeded when trying to connect|Can't reach database server/i.test(text);
}
