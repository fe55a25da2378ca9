// Calls the REST API's route handlers (the functions app/api/v1/**/route.ts export) with real
// Request objects, and checks every response against the served OpenAPI document (contract.ts).
import { expect } from "vitest";
import * as orderActionChangeStatus from "@/app/api/v1/production-orders/[id]/change-status/route";
import * as orderActionRefresh from "@/app/api/v1/production-orders/[id]/refresh/route";
import * as orderActionReplan from "@/app/api/v1/production-orders/[id]/replan/route";
import * as order from "@/app/api/v1/production-orders/[id]/route";
import * as orders from "@/app/api/v1/production-orders/route";
import * as families from "@/app/api/v1/families/route";
import * as family from "@/app/api/v1/families/[key]/route";
import * as items from "@/app/api/v1/items/route";
import * as item from "@/app/api/v1/items/[key]/route";
import * as locations from "@/app/api/v1/locations/route";
import * as location from "@/app/api/v1/locations/[key]/route";
import * as nextNo from "@/app/api/v1/number-series/[code]/next-no/route";
import * as boms from "@/app/api/v1/production-boms/route";
import * as bom from "@/app/api/v1/production-boms/[key]/route";
import * as routings from "@/app/api/v1/routings/route";
import * as routing from "@/app/api/v1/routings/[key]/route";
import * as salesOrders from "@/app/api/v1/sales-orders/route";
import * as salesOrder from "@/app/api/v1/sales-orders/[key]/route";
import * as planningCalculations from "@/app/api/v1/planning/calculations/route";
import * as planningCalculation from "@/app/api/v1/planning/calculations/[id]/route";
import * as planningLines from "@/app/api/v1/planning/worksheet-lines/route";
import * as planningLine from "@/app/api/v1/planning/worksheet-lines/[lineNo]/route";
import * as planningCarryOut from "@/app/api/v1/planning/carry-out/route";
import { db } from "@/lib/db";
import { createApiKey } from "@/lib/services/api-keys/api-keys";
import { actorFor, type Role } from "../production-orders/helpers";
import { asText, headerSafe } from "../hostile/hostile";
import { expectDocumented } from "./contract";

type Handler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type RouteModule = Partial<Record<"GET" | "POST" | "PATCH" | "DELETE", Handler>>;

// [path pattern, its route module] as the app router maps them.
const ROUTES: [RegExp, RouteModule][] = [
  [/^\/production-orders$/, orders],
  [/^\/production-orders\/(?<id>[^/]+)$/, order],
  [/^\/production-orders\/(?<id>[^/]+)\/refresh$/, orderActionRefresh],
  [/^\/production-orders\/(?<id>[^/]+)\/replan$/, orderActionReplan],
  [/^\/production-orders\/(?<id>[^/]+)\/change-status$/, orderActionChangeStatus],
  [/^\/items$/, items],
  [/^\/items\/(?<key>[^/]+)$/, item],
  [/^\/production-boms$/, boms],
  [/^\/production-boms\/(?<key>[^/]+)$/, bom],
  [/^\/routings$/, routings],
  [/^\/routings\/(?<key>[^/]+)$/, routing],
  [/^\/families$/, families],
  [/^\/families\/(?<key>[^/]+)$/, family],
  [/^\/sales-orders$/, salesOrders],
  [/^\/sales-orders\/(?<key>[^/]+)$/, salesOrder],
  [/^\/locations$/, locations],
  [/^\/locations\/(?<key>[^/]+)$/, location],
  [/^\/number-series\/(?<code>[^/]+)\/next-no$/, nextNo],
  [/^\/planning\/calculations$/, planningCalculations],
  [/^\/planning\/calculations\/(?<id>[^/]+)$/, planningCalculation],
  [/^\/planning\/worksheet-lines$/, planningLines],
  [/^\/planning\/worksheet-lines\/(?<lineNo>[^/]+)$/, planningLine],
  [/^\/planning\/carry-out$/, planningCarryOut],
];

export type ApiResponse = { status: number; headers: Headers; body: unknown };

export type CallOptions = { key?: string | null; body?: unknown; rawBody?: string; headers?: Record<string, string>; contract?: boolean };

/** What Next's router does for /api/v1: the route module's handler for the path and method, with its params. */
export async function dispatch(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const bare = url.pathname.replace(/^\/api\/v1/, "");
  const method = request.method as "GET" | "POST" | "PATCH" | "DELETE";
  const route = ROUTES.map(([re, mod]) => ({ match: re.exec(bare), mod })).find((r) => r.match);
  const handler = route?.mod[method];
  expect(handler, `${method} ${bare} is routed`).toBeDefined();
  const params = Object.fromEntries(Object.entries(route!.match!.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]));
  return handler!(request, { params: Promise.resolve(params) });
}

export async function call(method: "GET" | "POST" | "PATCH" | "DELETE", path: string, o: CallOptions = {}): Promise<ApiResponse> {
  const headers: Record<string, string> = { ...(o.key ? { "x-api-key": o.key } : {}), ...o.headers };
  const body = o.rawBody ?? (o.body === undefined ? undefined : JSON.stringify(o.body));
  if (body !== undefined) headers["content-type"] ??= "application/json";
  const request = new Request(`http://localhost/api/v1${path}`, { method, headers, body });
  const response = await dispatch(request);
  const text = await response.text();
  const parsed: unknown = text === "" ? null : JSON.parse(text);
  if (o.contract !== false) await expectDocumented(method, path, response.status, response.headers.get("content-type"), parsed);
  return { status: response.status, headers: response.headers, body: parsed };
}

/** A new API key of the demo user with this role (made through the profile page's own service). */
export async function apiKeyFor(role: Role, name = `test ${role}`) {
  const actor = await actorFor(role);
  return createApiKey(db, { name }, actor);
}

export const json = <T = Record<string, unknown>>(r: ApiResponse) => r.body as T;

/**
 * One call of `op` made of generated parts (the hostile-input property tests): the path's
 * segment, the query, If-Match and Idempotency-Key (on a POST), and a JSON or raw body on a write.
 */
export async function callWith(
  op: { method: "GET" | "POST" | "PATCH" | "DELETE"; path: string },
  key: string,
  parts: { seg: string; query: Record<string, unknown>; lang: string; ifMatch?: string; idem?: unknown; body: unknown },
): Promise<{ path: string; r: ApiResponse }> {
  const path =
    op.path.replace(/\{[^}]+\}/, parts.seg) +
    "?" +
    new URLSearchParams(Object.entries(parts.query).map(([k, v]) => [k, asText(v)])).toString();
  const headers: Record<string, string> = { "accept-language": parts.lang };
  if (parts.ifMatch !== undefined) headers["if-match"] = parts.ifMatch;
  if (parts.idem !== undefined && op.method === "POST") headers["idempotency-key"] = headerSafe(parts.idem);
  const write = op.method === "POST" || op.method === "PATCH";
  const body = !write ? {} : typeof parts.body === "string" ? { rawBody: parts.body } : { body: parts.body ?? null };
  return { path, r: await call(op.method, path, { key, headers, ...body }) };
}
