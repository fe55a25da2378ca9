import "../../support/next-mocks";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { writeState } from "../production-orders/helpers";
import { apiKeyFor, call, json } from "./support";
import { servedDocument } from "./contract";

// Issue 26: production orders over the REST API, on the server actions' own services. Every
// response below is also checked against the served OpenAPI document (support.ts → contract.ts).

type Order = {
  id: number;
  no: string;
  status: string;
  version: number;
  description: string;
  lines?: { components: unknown[]; routingLines: unknown[] }[];
};

const create = (key: string, body: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  call("POST", "/production-orders", {
    key,
    body: { sourceType: "ITEM", sourceNo: "1000", quantity: 2, dueDate: "2027-03-15", locationCode: "BLUE", ...body },
    headers,
  });

describe("API-1 the served OpenAPI document", () => {
  it("GIVEN the app WHEN /api/v1/openapi.json is read THEN it is valid OpenAPI 3.1 and names every operation", async () => {
    const doc = await servedDocument();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/production-orders", "/production-orders/{id}", "/production-orders/{id}/change-status"]),
    );
  });
});

describe("API-2 create, read, change and delete a production order", () => {
  it("GIVEN a planner's key WHEN an order is created with refresh THEN 201, Location, ETag, and GET returns its lines and components", async () => {
    const { key, id: keyId } = await apiKeyFor("planner");
    // WHEN
    const created = await create(key, { refresh: true });
    // THEN
    expect(created.status).toBe(201);
    const body = json<Order>(created);
    expect(created.headers.get("location")).toBe(`/api/v1/production-orders/${body.id}`);
    expect(created.headers.get("etag")).toBe(`"v${body.version}"`);
    const got = await call("GET", `/production-orders/${body.id}`, { key });
    expect(got.status).toBe(200);
    const order = json<Order>(got);
    expect(order.no).toBe(body.no);
    expect(order.lines!.length).toBeGreaterThan(0);
    expect(order.lines![0].components.length).toBeGreaterThan(0);
    expect(got.headers.get("etag")).toBe(`"v${order.version}"`);
    // X-3: the audit entry says the change came through the API, with which key.
    const audit = await db.auditEntry.findFirstOrThrow({ where: { orderId: body.id, action: "create" } });
    expect(audit.apiKeyId).toBe(keyId);
  });

  it("GIVEN an order WHEN patched with its ETag THEN it changes and the ETag moves on; list finds it", async () => {
    const { key } = await apiKeyFor("planner");
    const order = json<Order>(await create(key));
    const patched = await call("PATCH", `/production-orders/${order.id}`, {
      key,
      body: { description: "Via the API" },
      headers: { "if-match": `"v${order.version}"` },
    });
    expect(patched.status).toBe(200);
    expect(json<Order>(patched).description).toBe("Via the API");
    expect(patched.headers.get("etag")).toBe(`"v${order.version + 1}"`);
    const list = await call("GET", `/production-orders?status=FIRM_PLANNED&sourceNo=1000&limit=200`, { key });
    expect(list.status).toBe(200);
    expect(json<{ items: Order[] }>(list).items.map((o) => o.id)).toContain(order.id);
  });

  it("GIVEN many orders WHEN the list is paged with its cursor THEN every order comes once, in id order", async () => {
    const { key } = await apiKeyFor("planner");
    for (let i = 0; i < 3; i++) await create(key, { sourceNo: "1100" });
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page = await call("GET", `/production-orders?sourceNo=1100&limit=2${cursor ? `&cursor=${cursor}` : ""}`, { key });
      const b = json<{ items: Order[]; nextCursor: string | null }>(page);
      seen.push(...b.items.map((o) => o.id));
      cursor = b.nextCursor;
    } while (cursor);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen).toEqual([...new Set(seen)].sort((a, b) => a - b));
  });

  it("GIVEN an order WHEN deleted with its ETag THEN 204 and it is gone", async () => {
    const { key } = await apiKeyFor("planner");
    const order = json<Order>(await create(key));
    const deleted = await call("DELETE", `/production-orders/${order.id}`, { key, headers: { "if-match": `"v${order.version}"` } });
    expect(deleted.status).toBe(204);
    expect(await db.productionOrder.findUnique({ where: { id: order.id } })).toBeNull();
    expect((await call("GET", `/production-orders/${order.id}`, { key })).status).toBe(404);
  });
});

describe("API-3 X-2 over HTTP: If-Match on every mutation", () => {
  it("GIVEN an order changed since it was read WHEN patched with the old ETag THEN 412 and nothing is written", async () => {
    const { key } = await apiKeyFor("supervisor");
    const order = json<Order>(await create(key));
    await call("PATCH", `/production-orders/${order.id}`, {
      key,
      body: { description: "First" },
      headers: { "if-match": `"v${order.version}"` },
    });
    const before = await writeState();
    // WHEN every mutation is sent with the stale ETag
    const stale = { "if-match": `"v${order.version}"` };
    const answers = [
      await call("PATCH", `/production-orders/${order.id}`, { key, body: { description: "Second" }, headers: stale }),
      await call("POST", `/production-orders/${order.id}/refresh`, { key, body: {}, headers: stale }),
      await call("POST", `/production-orders/${order.id}/replan`, { key, body: {}, headers: stale }),
      await call("POST", `/production-orders/${order.id}/change-status`, { key, body: { newStatus: "RELEASED" }, headers: stale }),
      await call("DELETE", `/production-orders/${order.id}`, { key, headers: stale }),
    ];
    // THEN
    expect(answers.map((a) => a.status)).toEqual([412, 412, 412, 412, 412]);
    expect(json(answers[0])).toMatchObject({ code: "STALE" });
    expect(await writeState()).toEqual(before);
  });

  it("GIVEN a mutation without If-Match THEN 428 and nothing is written", async () => {
    const { key } = await apiKeyFor("supervisor");
    const order = json<Order>(await create(key));
    const before = await writeState();
    const r = await call("PATCH", `/production-orders/${order.id}`, { key, body: { description: "No precondition" } });
    expect(r.status).toBe(428);
    expect(r.headers.get("content-type")).toBe("application/problem+json");
    expect(await writeState()).toEqual(before);
  });
});

describe("API-4 Idempotency-Key on POST", () => {
  it("GIVEN 16 concurrent POSTs with one Idempotency-Key WHEN they all run THEN exactly one order is created and all answer it", async () => {
    const { key, id: keyId } = await apiKeyFor("planner", "idempotency");
    const headers = { "idempotency-key": "order-16-concurrent" };
    // WHEN
    const answers = await Promise.all(Array.from({ length: 16 }, () => create(key, { refresh: true }, headers)));
    // THEN
    expect(answers.map((a) => a.status)).toEqual(Array(16).fill(201));
    expect(new Set(answers.map((a) => json<Order>(a).id)).size).toBe(1);
    expect(await db.auditEntry.count({ where: { apiKeyId: keyId, action: "create" } })).toBe(1);
  });

  it("GIVEN a key used once WHEN retried with the same body THEN the first response, nothing created; another body THEN 422", async () => {
    const { key, id: keyId } = await apiKeyFor("planner", "retry");
    const headers = { "idempotency-key": "retry-1" };
    const first = await create(key, {}, headers);
    const before = await writeState();
    const retry = await create(key, {}, headers);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get("location")).toBe(first.headers.get("location"));
    const other = await create(key, { quantity: 3 }, headers);
    expect(other.status).toBe(422);
    expect(json(other)).toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED" });
    expect(await writeState()).toEqual(before);
    expect(await db.auditEntry.count({ where: { apiKeyId: keyId, action: "create" } })).toBe(1);
  });
});

describe("API-5 keys: X-1 roles, revocation, rate limit, language", () => {
  it("GIVEN a planner's key WHEN it changes an order's status THEN 403 and nothing is written", async () => {
    const { key } = await apiKeyFor("planner");
    const order = json<Order>(await create(key));
    const before = await writeState();
    const r = await call("POST", `/production-orders/${order.id}/change-status`, {
      key,
      body: { newStatus: "RELEASED" },
      headers: { "if-match": `"v${order.version}"` },
    });
    expect(r.status).toBe(403);
    expect(json(r)).toMatchObject({ code: "FORBIDDEN" });
    expect(await writeState()).toEqual(before);
  });

  it("GIVEN a key WHEN its user revokes it THEN the next request is refused at once", async () => {
    const { revokeApiKey } = await import("@/lib/services/api-keys/api-keys");
    const { actorFor } = await import("../production-orders/helpers");
    const { key, id } = await apiKeyFor("planner");
    expect((await call("GET", "/production-orders?limit=1", { key })).status).toBe(200);
    await revokeApiKey(db, { id }, await actorFor("planner"));
    const r = await call("GET", "/production-orders?limit=1", { key });
    expect(r.status).toBe(401);
    expect(json(r)).toMatchObject({ code: "INVALID_API_KEY" });
  });

  it("GIVEN no key or a made-up one THEN 401", async () => {
    expect((await call("GET", "/production-orders")).status).toBe(401);
    expect((await call("GET", "/production-orders", { key: "po_madeup" })).status).toBe(401);
  });

  it("GIVEN a key with a limit of 2 a minute WHEN a third request comes THEN 429 with Retry-After", async () => {
    const { auth } = await import("@/lib/auth/better-auth");
    const { actorFor } = await import("../production-orders/helpers");
    const planner = await actorFor("planner");
    const { key } = await auth.api.createApiKey({
      body: { name: "limited", userId: planner.id, rateLimitMax: 2, rateLimitTimeWindow: 60_000 },
    });
    expect((await call("GET", "/production-orders?limit=1", { key })).status).toBe(200);
    expect((await call("GET", "/production-orders?limit=1", { key })).status).toBe(200);
    const r = await call("GET", "/production-orders?limit=1", { key });
    expect(r.status).toBe(429);
    expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("GIVEN Accept-Language nl WHEN a rule refuses THEN the problem speaks Dutch, beside its field", async () => {
    const { key } = await apiKeyFor("planner");
    const r = await create(key, { quantity: -1 }, { "accept-language": "nl-NL,nl;q=0.9,en;q=0.8" });
    expect(r.status).toBe(422);
    expect(r.headers.get("content-language")).toBe("nl");
    const problem = json<{ field: string; detail: string; errors: { field: string; message: string }[] }>(r);
    expect(problem.field).toBe("quantity");
    expect(problem.detail).toBe("Corrigeer de gemarkeerde velden.");
    expect(problem.errors[0].message).not.toMatch(/quantity/i);
  });
});
