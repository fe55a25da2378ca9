import { expect, test } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";

// The production server as a deployment starts it (scripts/serve.mts on the e2e build and
// database), without what the launcher adds for a local run: no TRUSTED_PROXIES, no HOST, Secure
// cookies on, no demo passwords. Raw HTTP from chosen local addresses stands in for other machines.

const port = Number(process.env.E2E_PORT ?? 3100) + 50;
const origin = `http://localhost:${port}`;
let server: ChildProcess;

type Answer = { status: number; body: string };
function send(opts: {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  localAddress?: string;
  host?: string;
}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: opts.host ?? "127.0.0.1",
        port,
        path: opts.path,
        method: opts.method ?? "GET",
        headers: opts.headers,
        localAddress: opts.localAddress,
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end(opts.body);
  });
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    DATABASE_URL: `postgresql://postgres:postgres@127.0.0.1:${Number(process.env.E2E_PG_PORT ?? 54331)}/app`,
    BETTER_AUTH_SECRET: "e2e-production-server-secret-0123456789",
    BETTER_AUTH_URL: origin,
  };
  for (const name of ["HOST", "TRUSTED_PROXIES", "SECURE_COOKIES", "SHOW_DEMO_USERS", "TRUSTED_ORIGINS"]) delete env[name];
  server = spawn("node_modules/.bin/tsx", ["scripts/serve.mts"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on("data", (c: Buffer) => {
      output += c.toString();
      if (output.includes("serving on")) resolve();
    });
    server.stderr!.on("data", (c: Buffer) => (output += c.toString()));
    server.on("exit", (code) => reject(new Error(`serve.mts exited with ${code}:\n${output}`)));
  });
});

test.afterAll(() => {
  server?.kill("SIGTERM");
});

test("the production server listens on 127.0.0.1 only, unless HOST says otherwise", async () => {
  // GIVEN no HOST, WHEN another address of this machine is asked THEN nothing listens there
  await expect(send({ path: "/login", host: "127.0.0.2" })).rejects.toThrow(/ECONNREFUSED/);
  expect((await send({ path: "/login" })).status).toBe(200);
});

test("the sign-in page of a deployment does not show the demo passwords", async ({ request }) => {
  // GIVEN a server started without the launcher's local-run flag
  const page = await send({ path: "/login", headers: { Host: `localhost:${port}` } });
  // THEN its sign-in page names no demo password, while the launcher's local run does
  expect(page.status).toBe(200);
  expect(page.body).not.toContain("Demo-2026!");
  expect(await (await request.get("/login")).text()).toContain("Demo-2026!");
});

test("X-Forwarded-For from a peer that is not a trusted proxy is ignored: the sign-in limit counts the real peer", async () => {
  // GIVEN a client at 127.0.0.2 that claims a new address with every failed sign-in
  const statuses: number[] = [];
  for (let i = 0; i < 12; i++) {
    const res = await send({
      path: "/api/auth/sign-in/email",
      method: "POST",
      localAddress: "127.0.0.2",
      headers: {
        Origin: origin,
        "Content-Type": "application/json",
        "X-Forwarded-For": `198.18.200.${i + 1}`,
        "X-Real-IP": `198.18.201.${i + 1}`,
      },
      body: JSON.stringify({ email: `spoof-${i}-${Date.now()}@cronus.demo`, password: "not-the-password" }),
    });
    statuses.push(res.status);
  }
  // THEN the failures add up on its real address and sign-in is refused before the twelfth try
  expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
  expect(statuses.at(-1), statuses.join(",")).toBe(429);
});

test("the sign-in page says why signing in cannot work over plain HTTP on a network address", async () => {
  // GIVEN Secure cookies (production), WHEN the page is opened as http://erp.example
  const remote = await send({ path: "/login", headers: { Host: `erp.example:${port}` } });
  // THEN it explains the dropped cookie and what to do, in the page beside the form
  expect(remote.status).toBe(200);
  expect(remote.body).toContain('data-testid="insecure-http"');
  expect(remote.body).toContain("SECURE_COOKIES=0");
  // AND on localhost, where browsers keep Secure cookies over http, it says nothing of the kind
  const local = await send({ path: "/login", headers: { Host: `localhost:${port}` } });
  expect(local.body).not.toContain('data-testid="insecure-http"');
});
