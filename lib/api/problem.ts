import type { ActionResult } from "@/lib/actions/run-action";
import type { Locale } from "@/lib/i18n/config";
import { msg, renderMessage, type Message } from "@/lib/i18n/domain-message";

// Errors as RFC 9457 problem details (application/problem+json). `code` is the rule's code (the
// same one the server actions return), `detail` the rule's message in the caller's language and
// `errors` the messages per field, so a client can show them beside its own fields.

export const PROBLEM_TYPE_BASE = "https://production-orders.invalid/problems/";

export type FieldProblem = { field: string; message: string };
export type ProblemBody = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  field?: string;
  errors?: FieldProblem[];
};

/** An expected failure of the API's own (authentication, preconditions, idempotency). */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: Message,
    readonly headers: Record<string, string> = {},
    readonly field?: string,
  ) {
    super(renderMessage(text, "en"));
  }
}

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  412: "Precondition Failed",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  428: "Precondition Required",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

export function problemResponse(body: Omit<ProblemBody, "type" | "title">, headers: Record<string, string> = {}): Response {
  const full: ProblemBody = { type: PROBLEM_TYPE_BASE + body.code.toLowerCase(), title: TITLES[body.status] ?? "Error", ...body };
  return new Response(JSON.stringify(full), {
    status: body.status,
    headers: { "content-type": "application/problem+json", "content-language": "en", ...headers },
  });
}

export function apiProblemResponse(p: ApiProblem, locale: Locale): Response {
  return withLanguage(
    problemResponse(
      { status: p.status, code: p.code, detail: renderMessage(p.text, locale), ...(p.field ? { field: p.field } : {}) },
      p.headers,
    ),
    locale,
  );
}

// A service's DomainError code → the HTTP status that says the same.
const STATUS_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  STALE: 412,
  VALIDATION: 422,
  // PL-2: one running calculation per user.
  PLANNING_RUNNING: 409,
};

/** A failed runAs result (the rule's code, message and field messages) as a problem. */
export function failureResponse(result: Extract<ActionResult<unknown>, { ok: false }>, locale: Locale): Response {
  const status =
    result.code === "UNEXPECTED"
      ? result.message === renderMessage(msg("dbDown"), locale)
        ? 503
        : 500
      : (STATUS_BY_CODE[result.code] ?? 422);
  const errors = Object.entries(result.fieldErrors).flatMap(([field, messages]) => messages.map((message) => ({ field, message })));
  const fields = Object.keys(result.fieldErrors);
  return withLanguage(
    problemResponse({
      status,
      code: result.code,
      detail: result.message,
      ...(fields.length === 1 ? { field: fields[0] } : {}),
      ...(errors.length ? { errors } : {}),
    }),
    locale,
  );
}

function withLanguage(response: Response, locale: Locale): Response {
  response.headers.set("content-language", locale);
  return response;
}
