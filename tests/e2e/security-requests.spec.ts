import { expect, test } from "@playwright/test";
import pg from "pg";
import { apiSignIn, baseURL, callAction, expectNoLeak, manifestActions, pageUrl } from "./security-support";

// Requests no browser of the app's own pages sends: from another site, from an opaque (`null`)
// origin, or with a body nested 200,000 deep. Each is refused with the status that says why
// (403, 400), never a 500, and nothing runs.

const deep = "[".repeat(200_000) + "]".repeat(200_000);
const createAction = () => manifestActions().find((a) => a.name === "createProductionOrderAction")!;
const adminCookie = (request: Parameters<typeof apiSignIn>[0]) =>
  apiSignIn(request, "admin@cronus.demo", "Demo-2026!", `198.19.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`);

test("X-2 a server action called from a foreign or a null Origin answers 403 and writes nothing", async ({ request }) => {
  const db = new pg.Client({
    connectionString: `postgresql://postgres:postgres@127.0.0.1:${Number(process.env.E2E_PG_PORT ?? 54331)}/app`,
  });
  await db.connect();
  try {
    // GIVEN an admin's session
    const cookie = await adminCookie(request);
    const tag = `OR${Date.now().toString(36).toUpperCase()}`;
    for (const origin of ["https://evil.example", "null"]) {
      const no = `${tag}-${origin === "null" ? "N" : "E"}`;
      // WHEN the create action is posted from that origin
      const r = await callAction(request, createAction(), {
        cookie,
        origin,
        args: [
          null,
          { status: "FIRM_PLANNED", no, sourceType: "ITEM", sourceNo: "1100", quantity: 2, dueDate: "2027-05-03", refresh: false },
        ],
      });
      // THEN it is forbidden, says nothing of the server, and no order exists
      expect(r.status, `${origin}: ${r.body.slice(0, 200)}`).toBe(403);
      expectNoLeak(r.body, origin);
      const rows = await db.query('SELECT count(*) FROM "ProductionOrder" WHERE no = $1', [no]);
      expect(Number(rows.rows[0].count)).toBe(0);
    }
  } finally {
    await db.end();
  }
});

test("X-2 the auth endpoint called from a foreign or a null Origin answers 403", async ({ request }) => {
  for (const origin of ["https://evil.example", "null"]) {
    const res = await request.post("/api/auth/sign-in/email", {
      headers: { Origin: origin, "Content-Type": "application/json" },
      data: { email: "admin@cronus.demo", password: "Demo-2026!" },
      failOnStatusCode: false,
    });
    expect(res.status(), origin).toBe(403);
    expect(res.headers()["set-cookie"], origin).toBeUndefined();
  }
});

test("a request body nested 200,000 deep answers 400, on a server action and on the auth endpoint", async ({ request }) => {
  // GIVEN a signed-in admin, WHEN each endpoint receives the deep body from the app's own origin
  const cookie = await adminCookie(request);
  const action = createAction();
  const onAction = await request.post(pageUrl(action.worker), {
    headers: {
      "Next-Action": action.id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: baseURL(),
      Cookie: cookie,
    },
    data: deep,
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  const onAuth = await request.post("/api/auth/sign-in/email", {
    headers: { Origin: baseURL(), "Content-Type": "application/json" },
    data: deep,
    failOnStatusCode: false,
  });
  // THEN both refuse it as a bad request, without internals
  expect(onAction.status()).toBe(400);
  expectNoLeak(await onAction.text(), "deep action body");
  expect(onAuth.status()).toBe(400);
  expectNoLeak(await onAuth.text(), "deep auth body");
});
