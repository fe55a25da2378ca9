import "server-only";
import { z } from "zod";
import { errorResult, runAs } from "@/lib/actions/run-action";
import { authorizeUser } from "@/lib/auth";
import type { Permission } from "@/lib/domain/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/config";
import { msg, renderMessage } from "@/lib/i18n/domain-message";
import { authenticateApiKey, type ApiUser } from "@/lib/api/authenticate";
import { ifNoneMatchHolds, versionFromIfMatch } from "@/lib/api/etag";
import { idempotencyKeyOf, requestHash, withIdempotency } from "@/lib/api/idempotency";
import { localeFromAcceptLanguage } from "@/lib/api/locale";
import { ApiProblem, apiProblemResponse, failureResponse } from "@/lib/api/problem";
import type { ActionResult } from "@/lib/actions/run-action";
import { jsonNestingDepth, MAX_BODY_NESTING } from "@/lib/domain/http/request-guard";

// One operation of the REST API: what the OpenAPI document says about it (lib/api/openapi.ts)
// and what its route handler does, from the same zod schemas. Every operation goes the same way:
// the key (authenticate.ts) → the role → the request's shape → If-Match and
// Idempotency-Key → the same service the server action calls, through runAs (the server
// actions' runAction) → JSON, or an RFC 9457 problem. Nothing unexpected leaves as more than a
// generic message.

const MAX_BODY_BYTES = 1_000_000;

export type ResponseSpec = { description: string; schema?: z.ZodType; headers?: string[] };

export type OperationSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> = {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  permission: Permission;
  params?: P;
  query?: Q;
  body?: B;
  /** A mutation of a versioned record: If-Match is required (428 without it). */
  ifMatch?: boolean;
  /** POST that creates: Idempotency-Key is honoured. */
  idempotent?: boolean;
  /**
   * A scalar SQL expression read by the key's own statement (authenticate.ts), from the path's
   * raw parameters (null: nothing to read); its value reaches the operation as `along`.
   */
  along?: (params: Record<string, string>) => Prisma.Sql | null;
  responses: Record<number, ResponseSpec>;
};

export type OperationContext<P, Q, B> = {
  request: Request;
  user: ApiUser;
  locale: Locale;
  params: P;
  query: Q;
  body: B;
  /** The version If-Match names (operations with `ifMatch`). */
  ifMatch: number;
  /** The value of the spec's `along`, read with the key (undefined without one). */
  along: unknown;
  /** runAs with this request's user and language: the service's schema, its rules, its messages. */
  call<S extends z.ZodType, T>(
    permission: Permission,
    schema: S,
    input: unknown,
    run: (data: z.infer<S>, user: ApiUser) => Promise<T>,
  ): Promise<T>;
};

/** `json`: a document already serialised (by PostgreSQL, lib/api/read), sent as it is instead of `body`. */
export type ApiReply = { status: number; body?: unknown; json?: string; headers?: Record<string, string> };

/** A failed runAs result, thrown so the operation's code reads straight. */
class FailedCall extends Error {
  constructor(readonly result: Extract<ActionResult<unknown>, { ok: false }>) {
    super(result.message);
  }
}

/** A read whose answer carries an ETag: If-None-Match naming it is answered 304 without a body (RFC 9110). */
export const answersNotModified = (spec: Pick<OperationSpec<z.ZodType, z.ZodType, z.ZodType>, "method" | "responses">) =>
  spec.method === "GET" && (spec.responses[200]?.headers ?? []).includes("etag");

export type Operation = OperationSpec<z.ZodType, z.ZodType, z.ZodType> & {
  handle(request: Request, route: { params: Promise<Record<string, string>> }): Promise<Response>;
};

export function defineOperation<P extends z.ZodType = z.ZodObject, Q extends z.ZodType = z.ZodObject, B extends z.ZodType = z.ZodUnknown>(
  spec: OperationSpec<P, Q, B>,
  run: (ctx: OperationContext<z.infer<P>, z.infer<Q>, z.infer<B>>) => Promise<ApiReply>,
): Operation {
  async function handle(request: Request, route: { params: Promise<Record<string, string>> }): Promise<Response> {
    const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
    try {
      const rawParams = await route.params;
      const along = spec.along?.(rawParams) ?? null;
      const key = await authenticateApiKey(request, along);
      const user = key.user;
      authorizeUser(user, spec.permission);
      const params = parseOrThrow(spec.params, rawParams, locale);
      const query = parseOrThrow(spec.query, Object.fromEntries(new URL(request.url).searchParams), locale);
      const raw = spec.body ? await readBody(request) : "";
      const body = spec.body ? parseOrThrow(spec.body, jsonOf(raw), locale) : undefined;
      const ifMatch = spec.ifMatch ? versionFromIfMatch(request) : 0;
      const ctx: OperationContext<z.infer<P>, z.infer<Q>, z.infer<B>> = {
        request,
        user,
        locale,
        params: params as z.infer<P>,
        query: query as z.infer<Q>,
        body: body as z.infer<B>,
        ifMatch,
        along: along ? key.along : undefined,
        async call(permission, schema, input, fn) {
          const result = await runAs(async () => authorizeUser(user, permission), schema, input, fn, locale);
          if (!result.ok) throw new FailedCall(result);
          return result.data;
        },
      };
      const conditional = answersNotModified(spec);
      const respond = async () => {
        try {
          const reply = await run(ctx);
          if (conditional && reply.status === 200 && ifNoneMatchHolds(request, reply.headers?.etag)) {
            return toResponse({ status: 304, headers: { etag: reply.headers!.etag } }, locale);
          }
          return toResponse(reply, locale);
        } catch (e) {
          return errorResponse(e, locale);
        }
      };
      const idempotencyKey = spec.idempotent ? idempotencyKeyOf(request) : null;
      return idempotencyKey ? await withIdempotency(user.id, idempotencyKey, requestHash(request, raw), respond) : await respond();
    } catch (e) {
      return errorResponse(e, locale);
    }
  }
  return { ...(spec as unknown as OperationSpec<z.ZodType, z.ZodType, z.ZodType>), handle };
}

function toResponse(reply: ApiReply, locale: Locale): Response {
  const headers: Record<string, string> = { "content-language": locale, ...reply.headers };
  const json = reply.json ?? (reply.body === undefined ? undefined : JSON.stringify(reply.body));
  if (json === undefined) return new Response(null, { status: reply.status, headers });
  return new Response(json, { status: reply.status, headers: { "content-type": "application/json", ...headers } });
}

function errorResponse(e: unknown, locale: Locale): Response {
  if (e instanceof ApiProblem) return apiProblemResponse(e, locale);
  if (e instanceof FailedCall) return failureResponse(e.result, locale);
  const failure = errorResult(e, locale);
  return failureResponse(failure.ok ? { ok: false, code: "UNEXPECTED", message: "", fieldErrors: {} } : failure, locale);
}

async function readBody(request: Request): Promise<string> {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_BODY_BYTES) throw notJson();
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES || jsonNestingDepth(text) > MAX_BODY_NESTING) throw notJson();
  return text;
}

function jsonOf(text: string): unknown {
  if (text.trim() === "") return {};
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw notJson();
    return value;
  } catch {
    throw notJson();
  }
}

const notJson = () => new ApiProblem(400, "BODY_NOT_JSON", msg("apiBodyNotJson"));

/** The request's shape (types, required fields), zod's messages in the caller's language. */
function parseOrThrow(schema: z.ZodType | undefined, value: unknown, locale: Locale): unknown {
  if (!schema) return value;
  const result = schema.safeParse(value, locale === "nl" ? { error: z.locales.nl().localeError } : undefined);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (fieldErrors[field] ??= []).push(issue.message);
  }
  throw new FailedCall({ ok: false, code: "VALIDATION", message: renderMessage(msg("validation"), locale), fieldErrors });
}
