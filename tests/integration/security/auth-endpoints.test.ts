// Issue #21 item 5: the auth library's own user-administration endpoints bypassed the app's
// rules and audit (an admin demoted the only admin, impersonated users, reset passwords, banned,
// removed and created users, and a planner stored a 30,000,000-character name). Over HTTP the
// app now serves only the auth endpoints it uses; everything else answers 404 and writes nothing.
// Proven on the route handler Next serves at /api/auth/*, with a real admin session.
import { beforeAll, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/auth/[...all]/route";
import { db } from "@/lib/db";
import { DEMO_PASSWORD } from "@/lib/seed/demo-users";

const ORIGIN = "http://localhost:3000";
let ip = 0;

function call(method: "GET" | "POST", path: string, cookie?: string, body?: unknown) {
  const headers: Record<string, string> = { origin: ORIGIN, "x-forwarded-for": `198.51.100.${++ip}` };
  if (cookie) headers.cookie = cookie;
  if (body !== undefined) headers["content-type"] = "application/json";
  const request = new Request(`${ORIGIN}/api/auth${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (method === "GET" ? GET : POST)(request);
}

async function signIn(email: string): Promise<string> {
  const res = await call("POST", "/sign-in/email", undefined, { email, password: DEMO_PASSWORD });
  expect(res.status).toBe(200);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** Everything the endpoints below could change: users, their passwords, sessions, audit. */
async function state() {
  const users = await db.user.findMany({ orderBy: { email: "asc" }, select: { email: true, name: true, role: true, banned: true } });
  const passwords = await db.account.findMany({ orderBy: { userId: "asc" }, select: { userId: true, password: true } });
  const sessions = await db.session.findMany({ orderBy: { token: "asc" }, select: { token: true, userId: true, impersonatedBy: true } });
  return { users, passwords, sessions, audit: await db.auditEntry.count() };
}

let adminCookie = "";
let plannerId = "";
let adminId = "";
beforeAll(async () => {
  adminCookie = await signIn("admin@cronus.demo");
  plannerId = (await db.user.findUniqueOrThrow({ where: { email: "planner@cronus.demo" } })).id;
  adminId = (await db.user.findUniqueOrThrow({ where: { email: "admin@cronus.demo" } })).id;
});

describe("over HTTP only the auth endpoints the app uses are served", () => {
  const refused: [string, "GET" | "POST", string, () => unknown][] = [
    ["set-role on the only admin", "POST", "/admin/set-role", () => ({ userId: adminId, role: "planner" })],
    ["impersonate-user", "POST", "/admin/impersonate-user", () => ({ userId: plannerId })],
    ["stop-impersonating", "POST", "/admin/stop-impersonating", () => ({})],
    ["set-user-password", "POST", "/admin/set-user-password", () => ({ userId: plannerId, newPassword: "Hijacked-2026!" })],
    ["ban-user", "POST", "/admin/ban-user", () => ({ userId: plannerId })],
    ["unban-user", "POST", "/admin/unban-user", () => ({ userId: plannerId })],
    ["remove-user", "POST", "/admin/remove-user", () => ({ userId: plannerId })],
    [
      "create-user",
      "POST",
      "/admin/create-user",
      () => ({ email: "intruder@cronus.demo", password: "Intruder-2026!", name: "Intruder", role: "admin" }),
    ],
    ["admin update-user", "POST", "/admin/update-user", () => ({ userId: plannerId, data: { role: "admin" } })],
    ["revoke-user-sessions", "POST", "/admin/revoke-user-sessions", () => ({ userId: plannerId })],
    ["revoke-user-session", "POST", "/admin/revoke-user-session", () => ({ sessionToken: "x" })],
    ["list-users", "GET", "/admin/list-users", () => undefined],
    ["list-user-sessions", "POST", "/admin/list-user-sessions", () => ({ userId: plannerId })],
    ["update-user with a 30,000,000-character name", "POST", "/update-user", () => ({ name: "x".repeat(30_000_000) })],
    ["change-password", "POST", "/change-password", () => ({ currentPassword: DEMO_PASSWORD, newPassword: "Changed-2026!" })],
    ["sign-up", "POST", "/sign-up/email", () => ({ email: "new@cronus.demo", password: "Signup-2026!", name: "New" })],
    ["delete-user", "POST", "/delete-user", () => ({ password: DEMO_PASSWORD })],
    ["revoke-sessions", "POST", "/revoke-sessions", () => ({})],
    ["list-sessions", "GET", "/list-sessions", () => undefined],
  ];

  it.each(refused)("GIVEN an admin's session WHEN %s is called THEN 404 and nothing changes", async (_what, method, path, body) => {
    // GIVEN the admin's real session and the state before
    const before = await state();
    // WHEN the endpoint is called with it
    const res = await call(method, path, adminCookie, body());
    // THEN it does not exist, and no user, password, session or audit row changed
    expect(res.status).toBe(404);
    expect(await state()).toEqual(before);
  });

  it("GIVEN an admin's session WHEN get-session is asked THEN it answers with the admin (the app's own endpoints stay)", async () => {
    const res = await call("GET", "/get-session", adminCookie);
    expect(res.status).toBe(200);
    expect((await res.json()).user).toMatchObject({ email: "admin@cronus.demo", role: "admin", banned: false });
  });

  it("GIVEN a session WHEN signed out over HTTP THEN that session row is gone", async () => {
    const cookie = await signIn("supervisor@cronus.demo");
    const count = () => db.session.count({ where: { user: { email: "supervisor@cronus.demo" } } });
    const before = await count();
    const res = await call("POST", "/sign-out", cookie, {});
    expect(res.status).toBe(200);
    expect(await count()).toBe(before - 1);
  });
});
