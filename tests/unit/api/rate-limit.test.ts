import { describe, expect, it } from "vitest";
import { takeRequest } from "@/lib/api/rate-limit";

// API-5: a key's rate limit (its rateLimitMax requests per rateLimitTimeWindow) as a token bucket
// in the app server's memory: the burst is the limit, then requests come back evenly.

const limit = { max: 2, windowMs: 60_000 };

describe("API-5 per-key rate limit", () => {
  it("GIVEN a limit of 2 a minute WHEN a third request comes at once THEN refused, Retry-After until one is back", () => {
    const key = `k-${Math.random()}`;
    expect(takeRequest(key, limit, 0)).toEqual({ ok: true });
    expect(takeRequest(key, limit, 10)).toEqual({ ok: true });
    expect(takeRequest(key, limit, 20)).toEqual({ ok: false, retryAfterSeconds: 30 });
  });

  it("GIVEN a key that used its burst WHEN Retry-After has passed THEN one request is allowed again, not two", () => {
    const key = `k-${Math.random()}`;
    takeRequest(key, limit, 0);
    takeRequest(key, limit, 0);
    expect(takeRequest(key, limit, 30_000)).toEqual({ ok: true });
    expect(takeRequest(key, limit, 30_000).ok).toBe(false);
  });

  it("GIVEN two keys WHEN one is at its limit THEN the other is not", () => {
    const a = `a-${Math.random()}`;
    const b = `b-${Math.random()}`;
    takeRequest(a, limit, 0);
    takeRequest(a, limit, 0);
    expect(takeRequest(a, limit, 0).ok).toBe(false);
    expect(takeRequest(b, limit, 0)).toEqual({ ok: true });
  });

  it("GIVEN refused requests WHEN they keep coming THEN they do not push the next allowed one further away", () => {
    const key = `k-${Math.random()}`;
    takeRequest(key, limit, 0);
    takeRequest(key, limit, 0);
    for (let t = 1_000; t < 30_000; t += 1_000) expect(takeRequest(key, limit, t).ok).toBe(false);
    expect(takeRequest(key, limit, 30_000)).toEqual({ ok: true });
  });
});
