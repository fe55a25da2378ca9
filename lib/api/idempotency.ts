import "server-only";
import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db";
import { msg } from "@/lib/i18n/domain-message";
import { ApiProblem } from "@/lib/api/problem";

// Idempotency-Key on POST (issue 26). The first request with a key claims it with one INSERT …
// ON CONFLICT DO NOTHING on the (user, key) primary key: the database, not this process, decides
// who runs, so any number of concurrent duplicates (on any number of servers) create one order.
// The others wait for the first one's response and answer it again; a retry within 24 hours gets
// it too, a different body under the same key a 422. A 5xx is not kept: the key is released so
// the client may retry.

const TTL_HOURS = 24;
const WAIT_MS = 30_000;
const POLL_MS = 25;
const KEPT_HEADERS = ["content-type", "content-language", "etag", "location"];

type Row = { requestHash: string; status: number | null; headers: Record<string, string> | null; body: unknown };

export function idempotencyKeyOf(request: Request): string | null {
  const key = request.headers.get("idempotency-key");
  if (key === null) return null;
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) throw new ApiProblem(400, "IDEMPOTENCY_KEY_INVALID", msg("apiIdempotencyKeyInvalid"));
  return key;
}

export function requestHash(request: Request, body: string) {
  const url = new URL(request.url);
  return createHash("sha256").update(`${request.method} ${url.pathname}${url.search}\n${body}`).digest("hex");
}

export async function withIdempotency(userId: string, key: string, hash: string, run: () => Promise<Response>): Promise<Response> {
  // An expired key is free again.
  await db.$executeRaw`DELETE FROM "ApiIdempotencyKey" WHERE "userId" = ${userId} AND key = ${key} AND "expiresAt" < now()`;
  const claimed = await db.$queryRaw<{ claimed: number }[]>`
    INSERT INTO "ApiIdempotencyKey" ("userId", key, "requestHash", "expiresAt")
    VALUES (${userId}, ${key}, ${hash}, now() + make_interval(hours => ${TTL_HOURS}))
    ON CONFLICT ("userId", key) DO NOTHING
    RETURNING 1 AS claimed`;
  if (claimed.length === 0) return replay(userId, key, hash);

  let response: Response;
  try {
    response = await run();
  } catch (e) {
    await release(userId, key);
    throw e;
  }
  if (response.status >= 500) {
    await release(userId, key);
    return response;
  }
  const text = await response.text();
  const headers = Object.fromEntries(KEPT_HEADERS.flatMap((h) => (response.headers.has(h) ? [[h, response.headers.get(h)!]] : [])));
  await db.$executeRaw`
    UPDATE "ApiIdempotencyKey" SET status = ${response.status}, headers = ${JSON.stringify(headers)}::jsonb, body = ${text === "" ? null : text}::jsonb
    WHERE "userId" = ${userId} AND key = ${key}`;
  return new Response(text === "" ? null : text, { status: response.status, headers: response.headers });
}

async function release(userId: string, key: string) {
  await db.$executeRaw`DELETE FROM "ApiIdempotencyKey" WHERE "userId" = ${userId} AND key = ${key} AND status IS NULL`;
}

async function replay(userId: string, key: string, hash: string): Promise<Response> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const [row] = await db.$queryRaw<Row[]>`
      SELECT "requestHash", status, headers, body FROM "ApiIdempotencyKey" WHERE "userId" = ${userId} AND key = ${key}`;
    // Released (the first request failed unexpectedly) or expired meanwhile: claim it afresh.
    if (!row) throw new ApiProblem(409, "IDEMPOTENCY_IN_PROGRESS", msg("apiIdempotencyInProgress"), { "retry-after": "1" });
    if (row.requestHash !== hash) throw new ApiProblem(422, "IDEMPOTENCY_KEY_REUSED", msg("apiIdempotencyKeyReused"));
    if (row.status !== null) {
      return new Response(row.body === null ? null : JSON.stringify(row.body), {
        status: row.status,
        headers: { ...(row.headers ?? {}), "idempotent-replayed": "true" },
      });
    }
    if (Date.now() > deadline)
      throw new ApiProblem(409, "IDEMPOTENCY_IN_PROGRESS", msg("apiIdempotencyInProgress"), { "retry-after": "1" });
    await sleep(POLL_MS);
  }
}
