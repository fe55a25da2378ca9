// Helpers of the security spec: every server action of the running build (from Next's server
// reference manifest), the permission each one checks (read from its source), and raw HTTP
// calls shaped as the browser's router sends them (Next-Action header, the argument array as
// the JSON React's encodeReply makes of plain values, Accept: text/x-component).
import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import { readFileSync } from "node:fs";

export type Action = { id: string; file: string; name: string; worker: string; permission: string | null };

/** Actions that are public by design, and why. Everything else must check a permission. */
export const PUBLIC_ACTIONS: Record<string, string> = {
  "lib/actions/auth.ts#signInAction": "the sign-in form itself",
  "lib/actions/auth.ts#signOutAction": "ends the caller's own session (none without a cookie)",
  "lib/actions/auth.ts#setLocaleAction": "sets the language cookie; writes the user row only for the signed-in user",
};

export function manifestActions(): Action[] {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node)
    .filter(([, e]) => e.filename?.startsWith("lib/actions/"))
    .map(([id, e]) => ({
      id,
      file: e.filename!,
      name: e.exportedName!,
      worker: Object.keys(e.workers)[0] ?? "app/page",
      permission: permissionOf(e.filename!, e.exportedName!),
    }));
}

/** The permission string the action's body passes to runAction/requirePermission, if any. */
function permissionOf(file: string, name: string): string | null {
  const source = readFileSync(file, "utf8");
  const start = source.search(new RegExp(`export\\s+async\\s+function\\s+${name}\\s*\\(`));
  if (start < 0) return null;
  const rest = source.slice(start + 1);
  const end = rest.search(/\nexport\s/);
  const body = end < 0 ? rest : rest.slice(0, end);
  return /(?:runAction|requirePermission)\(\s*"([\w.]+)"/.exec(body)?.[1] ?? null;
}

/** A URL of the page the action belongs to (dynamic segments filled with anything). */
export function pageUrl(worker: string): string {
  const path = worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .replace(/\/\([^)]*\)/g, "")
    .replace(/\[\[?\.{0,3}[^\]]+\]\]?/g, "1");
  return path || "/";
}

export type CallOptions = { cookie?: string; origin?: string; args?: unknown[] };

export async function callAction(request: APIRequestContext, action: Action, opts: CallOptions = {}) {
  const headers: Record<string, string> = {
    "Next-Action": action.id,
    "Content-Type": "text/plain;charset=UTF-8",
    Accept: "text/x-component",
  };
  if (opts.origin !== "") headers.Origin = opts.origin ?? new URL(pageUrl(action.worker), baseURL()).origin;
  if (opts.cookie) headers.Cookie = opts.cookie;
  const res = await request.post(pageUrl(action.worker), {
    headers,
    data: JSON.stringify(opts.args ?? [null, {}]),
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  return { res, status: res.status(), body: await res.text(), redirect: res.headers()["x-action-redirect"] ?? null };
}

export function baseURL() {
  return `http://localhost:${Number(process.env.E2E_PORT ?? 3100)}`;
}

/** Signs in over Better Auth's HTTP endpoint; each caller its own address (rate limit per address). */
export async function apiSignIn(request: APIRequestContext, email: string, password: string, ip: string): Promise<string> {
  const res = await request.post("/api/auth/sign-in/email", {
    headers: { Origin: baseURL(), "X-Forwarded-For": ip, "Content-Type": "application/json" },
    data: { email, password },
    failOnStatusCode: false,
  });
  expect(res.status(), await res.text()).toBe(200);
  return setCookies(res)
    .map((c) => c.split(";")[0])
    .join("; ");
}

export function setCookies(res: APIResponse): string[] {
  return res
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => h.value);
}

/** What must never reach a browser: stack frames, driver/ORM names, SQL. */
export const LEAKS = [/\n\s+at [\w.<>]+ \(/, /\bat .+\.(js|ts|mjs):\d+:\d+/, /prisma/i, /\bSELECT\b/, /\bINSERT INTO\b/, /node_modules/];
export function expectNoLeak(body: string, what: string) {
  for (const leak of LEAKS) expect.soft(body, `${what} leaks ${leak}`).not.toMatch(leak);
}
