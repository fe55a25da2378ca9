// the session cookie a sign-in sets is HttpOnly (no script can read it), SameSite=Lax (not
// sent on cross-site POSTs) and, in production, Secure (never over plain http) — unless an
// operator turns Secure off explicitly with SECURE_COOKIES=0 for a plain-http setup. Proven on
// the real Better Auth handler the /api/auth route serves, built under each environment.
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEMO_PASSWORD } from "@/lib/seed/demo-users";

const ORIGIN = "http://localhost:3000";

/** Builds the app's auth config afresh under the current environment and signs in over it. */
async function signInSetCookies(): Promise<string[]> {
  vi.resetModules();
  const { auth } = await import("@/lib/auth/better-auth");
  const res = await auth.handler(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": "198.51.100.20" },
      body: JSON.stringify({ email: "planner@cronus.demo", password: DEMO_PASSWORD }),
    }),
  );
  expect(res.status).toBe(200);
  return res.headers.getSetCookie();
}

const sessionCookie = (cookies: string[]) => {
  const c = cookies.find((s) => /session_token=/.test(s.split(";")[0]));
  expect(c, `no session cookie in ${JSON.stringify(cookies)}`).toBeDefined();
  return c!;
};
const attributes = (cookie: string) =>
  cookie
    .split(";")
    .slice(1)
    .map((a) => a.trim().toLowerCase());

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("X-2 session cookies", () => {
  it("in production they are Secure (with the __Secure- prefix), HttpOnly and SameSite=Lax", async () => {
    // GIVEN the production environment without any SECURE_COOKIES override
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("SECURE_COOKIES", undefined);
    vi.stubEnv("BETTER_AUTH_SECRET", "a-production-secret-of-at-least-32-characters");
    vi.stubEnv("BETTER_AUTH_URL", ORIGIN);
    // WHEN a user signs in
    const cookie = sessionCookie(await signInSetCookies());
    // THEN the session cookie carries all three protections
    expect(cookie.startsWith("__Secure-")).toBe(true);
    expect(attributes(cookie)).toEqual(expect.arrayContaining(["secure", "httponly", "samesite=lax"]));
  });

  it("SECURE_COOKIES=0 drops only Secure (plain-http setups); HttpOnly and SameSite=Lax stay", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("SECURE_COOKIES", "0");
    vi.stubEnv("BETTER_AUTH_SECRET", "a-production-secret-of-at-least-32-characters");
    vi.stubEnv("BETTER_AUTH_URL", ORIGIN);
    const cookie = sessionCookie(await signInSetCookies());
    expect(cookie.startsWith("__Secure-")).toBe(false);
    expect(attributes(cookie)).not.toContain("secure");
    expect(attributes(cookie)).toEqual(expect.arrayContaining(["httponly", "samesite=lax"]));
  });

  it("outside production (dev, tests) cookies are not Secure but still HttpOnly and SameSite=Lax", async () => {
    vi.stubEnv("SECURE_COOKIES", undefined);
    const cookie = sessionCookie(await signInSetCookies());
    expect(attributes(cookie)).not.toContain("secure");
    expect(attributes(cookie)).toEqual(expect.arrayContaining(["httponly", "samesite=lax"]));
  });
});
