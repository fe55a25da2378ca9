import { expect, test } from "@playwright/test";
import pg from "pg";
import { can, type Permission } from "@/lib/domain/auth/permissions";
import { apiSignIn, baseURL, callAction, expectNoLeak, manifestActions, PUBLIC_ACTIONS, setCookies, type Action } from "./security-support";

// against the production build: every server action is a public POST endpoint, so each
// one is called directly over HTTP — without a session, with a role that lacks its permission,
// and from a foreign origin — and must refuse. Plus the session cookie's flags, the sign-in
// endpoint's rate limit, the security headers and error bodies without internals.

const PASSWORD = "Demo-2026!";
const key = (a: Action) => `${a.file}#${a.name}`;
const guarded = () => manifestActions().filter((a) => !(key(a) in PUBLIC_ACTIONS));
let ipCounter = 0;
const freshIp = () => `198.18.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`;
const cookieOf = (request: Parameters<typeof apiSignIn>[0], role: string) => apiSignIn(request, `${role}@cronus.demo`, PASSWORD, freshIp());

test("the build exposes the app's actions, and every one outside the public list checks a permission", () => {
  const actions = manifestActions();
  expect(actions.length).toBeGreaterThanOrEqual(14);
  for (const a of actions) {
    if (key(a) in PUBLIC_ACTIONS) continue;
    expect.soft(a.permission, `${key(a)} calls neither runAction nor requirePermission`).not.toBeNull();
  }
});

test("without a session every guarded action answers UNAUTHENTICATED (no data, no 500)", async ({ request }) => {
  for (const a of guarded()) {
    const r = await callAction(request, a);
    const what = `${key(a)} without a cookie`;
    expect.soft(r.status, what).toBeLessThan(500);
    expect.soft(r.body, what).not.toContain('"ok":true');
    expect
      .soft(r.body.includes('"UNAUTHENTICATED"') || (r.redirect ?? "").startsWith("/login"), `${what}: ${r.body.slice(0, 200)}`)
      .toBe(true);
  }
});

test("the public actions do nothing harmful without a session", async ({ request }) => {
  for (const a of manifestActions().filter((x) => key(x) in PUBLIC_ACTIONS)) {
    const r = await callAction(request, a);
    expect.soft(r.body, key(a)).not.toContain('"ok":true');
    expectNoLeak(r.body, key(a));
  }
});

for (const role of ["planner", "supervisor"] as const) {
  test(`a ${role} is refused (FORBIDDEN) every action its role lacks`, async ({ request }) => {
    const cookie = await cookieOf(request, role);
    const refused = guarded().filter((a) => a.permission && !can(role, a.permission as Permission));
    if (role === "planner") expect(refused.length).toBeGreaterThan(0);
    for (const a of refused) {
      const r = await callAction(request, a, { cookie });
      const what = `${key(a)} (${a.permission}) as ${role}`;
      expect.soft(r.status, what).toBeLessThan(500);
      expect.soft(r.body, what).not.toContain('"ok":true');
      expect.soft(r.body, `${what}: ${r.body.slice(0, 200)}`).toContain('"FORBIDDEN"');
    }
  });
}

test("a call from a foreign origin is refused for every action, even with an admin's session", async ({ request }) => {
  const cookie = await cookieOf(request, "admin");
  for (const a of manifestActions()) {
    const r = await callAction(request, a, { cookie, origin: "https://evil.example" });
    const what = `${key(a)} from https://evil.example`;
    expect.soft(r.status, what).toBeGreaterThanOrEqual(400);
    expect.soft(r.body, what).not.toContain('"ok":true');
    expect.soft(r.redirect, what).toBeNull();
    expectNoLeak(r.body, what);
  }
});

test("a cross-origin create writes no row, while the same call from the app's origin does", async ({ request }) => {
  const db = new pg.Client({
    connectionString: `postgresql://postgres:postgres@127.0.0.1:${Number(process.env.E2E_PG_PORT ?? 54331)}/app`,
  });
  await db.connect();
  try {
    const cookie = await cookieOf(request, "admin");
    const create = manifestActions().find((a) => key(a) === "lib/actions/production-orders.ts#createProductionOrderAction")!;
    const input = (no: string) => [
      null,
      { status: "FIRM_PLANNED", no, sourceType: "ITEM", sourceNo: "1100", quantity: 2, dueDate: "2027-05-03", refresh: false },
    ];
    const count = async (no: string) =>
      Number((await db.query('SELECT count(*) FROM "ProductionOrder" WHERE no = $1', [no])).rows[0].count);
    const tag = `XO${Date.now().toString(36).toUpperCase()}`;

    // WHEN an evil page makes the admin's browser post the action
    const evil = await callAction(request, create, { cookie, origin: "https://evil.example", args: input(`${tag}-E`) });
    // THEN Next refuses it before the action runs, and nothing is written
    expect(evil.status).toBeGreaterThanOrEqual(400);
    expect(await count(`${tag}-E`)).toBe(0);

    // AND the very same request from the app's own origin goes through (the refusal was the origin)
    const own = await callAction(request, create, { cookie, args: input(`${tag}-O`) });
    expect(own.body, own.body.slice(0, 300)).toContain(`${tag}-O`);
    expect(await count(`${tag}-O`)).toBe(1);
  } finally {
    await db.end();
  }
});

test("session cookies are HttpOnly and SameSite=Lax (Secure is covered in production by the integration test)", async ({ request }) => {
  const res = await request.post("/api/auth/sign-in/email", {
    headers: { Origin: baseURL(), "X-Forwarded-For": freshIp() },
    data: { email: "planner@cronus.demo", password: PASSWORD },
  });
  const session = setCookies(res).find((c) => /session_token=/.test(c.split(";")[0]));
  expect(session).toBeDefined();
  const attrs = session!
    .split(";")
    .slice(1)
    .map((s) => s.trim().toLowerCase());
  expect(attrs).toEqual(expect.arrayContaining(["httponly", "samesite=lax"]));
});

test("the sign-in endpoint answers 429 after repeated failures from one address", async ({ request }) => {
  const ip = freshIp();
  const statuses: number[] = [];
  for (let i = 0; i < 12; i++) {
    const res = await request.post("/api/auth/sign-in/email", {
      headers: { Origin: baseURL(), "X-Forwarded-For": ip },
      data: { email: `nobody-${ip}@cronus.demo`, password: `wrong-${i}` },
      failOnStatusCode: false,
    });
    statuses.push(res.status());
  }
  expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
  expect(statuses.at(-1)).toBe(429);
});

test("the sign-in endpoint limits guessing one account's password from rotating addresses", async ({ request }) => {
  // An attacker talking to `next start` directly chooses X-Forwarded-For freely. (A made-up
  // account, so a per-account lock-out never locks a demo user out of the other specs.)
  const target = `ghost-${Date.now()}@cronus.demo`;
  const statuses: number[] = [];
  for (let i = 0; i < 15; i++) {
    const res = await request.post("/api/auth/sign-in/email", {
      headers: { Origin: baseURL(), "X-Forwarded-For": freshIp() },
      data: { email: target, password: `guess-${i}` },
      failOnStatusCode: false,
    });
    statuses.push(res.status());
  }
  expect(statuses, "every guess was answered 401: no limit per account").toContain(429);
});

test("pages, API routes and action responses carry the security headers", async ({ request }) => {
  const action = manifestActions().find((a) => a.name === "createProductionOrderAction")!;
  const responses = {
    "/login": await request.get("/login"),
    "/does-not-exist": await request.get("/does-not-exist", { failOnStatusCode: false }),
    "/api/auth/get-session": await request.get("/api/auth/get-session"),
    "action call": (await callAction(request, action)).res,
  };
  for (const [what, res] of Object.entries(responses)) {
    const h = res.headers();
    expect.soft(h["content-security-policy"], what).toContain("frame-ancestors 'none'");
    expect.soft(h["x-content-type-options"], what).toBe("nosniff");
    expect.soft(h["referrer-policy"], what).toBeTruthy();
    expect.soft(h["x-powered-by"], what).toBeUndefined();
  }
});

test("errors reach the browser without stack traces, SQL or driver details", async ({ request }) => {
  // A 404 page (an order that does not exist, for a signed-in user), and the same URL anonymously
  const cookie = await cookieOf(request, "planner");
  const missing = await request.get("/production-orders/firm-planned/NO-SUCH-ORDER", {
    headers: { Cookie: cookie },
    failOnStatusCode: false,
  });
  expect(missing.status()).toBe(404);
  expectNoLeak(await missing.text(), "404 page");
  const anonymous = await request.get("/production-orders/firm-planned/NO-SUCH-ORDER", { maxRedirects: 0, failOnStatusCode: false });
  expectNoLeak(await anonymous.text(), "anonymous order card");

  // An unexpected database error inside an action: a NUL byte PostgreSQL refuses in text
  const create = manifestActions().find((a) => a.name === "createProductionOrderAction")!;
  const r = await callAction(request, create, {
    cookie,
    args: [null, { status: "FIRM_PLANNED", no: "NUL\u0000NO", sourceType: "ITEM", sourceNo: "1100", quantity: 1, dueDate: "2027-05-03" }],
  });
  expect(r.status).toBeLessThan(500);
  expect(r.body).toContain('"ok":false');
  expectNoLeak(r.body, "action with a NUL byte");

  // A malformed action body and an unknown action id
  const garbage = await request.post("/production-orders/new", {
    headers: {
      "Next-Action": create.id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: baseURL(),
      Cookie: cookie,
    },
    data: '[{"$":',
    failOnStatusCode: false,
  });
  expectNoLeak(await garbage.text(), "malformed action body");
  const unknown = await callAction(request, { ...create, id: "7f".padEnd(42, "0") }, { cookie });
  expect(unknown.body).not.toContain('"ok":true');
  expectNoLeak(unknown.body, "unknown action id");
});
