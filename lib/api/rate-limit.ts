// The per-key rate limit of the REST API (issue 26), kept in this process's memory: a token
// bucket per key that holds the key's `rateLimitMax` requests and refills them evenly over its
// `rateLimitTimeWindow` (the columns Better Auth's API key plugin sets when it creates a key).
// Counting in the database cost every request two UPDATEs of the key's row (the plugin's
// verify), so the limit is per node: behind a load balancer with N app servers a key may make
// up to N × its limit. A revoked key is still refused at once: the key itself is read from the
// database on every request (authenticate.ts); only the counting is in memory.

type Bucket = { tokens: number; at: number };

/** At most this many keys are tracked; past it, buckets idle for a minute go first, then the oldest. */
const MAX_BUCKETS = 10_000;
const buckets = new Map<string, Bucket>();

export type RateLimit = { max: number; windowMs: number };
export type Taken = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Takes one request from the key's bucket, or says how long until the next one is allowed. */
export function takeRequest(keyId: string, limit: RateLimit, now = Date.now()): Taken {
  const perMs = limit.max / limit.windowMs;
  const held = buckets.get(keyId);
  const tokens = held ? Math.min(limit.max, held.tokens + (now - held.at) * perMs) : limit.max;
  // A refused request leaves the bucket as it was: it takes nothing and moves no clock.
  if (tokens < 1) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
  // Re-inserted last, so the map's order is least recently used first (evict's "oldest").
  if (held) buckets.delete(keyId);
  else if (buckets.size >= MAX_BUCKETS) evict(now);
  buckets.set(keyId, { tokens: tokens - 1, at: now });
  return { ok: true };
}

function evict(now: number) {
  // A bucket untouched for a minute has refilled for the usual limits; a fresh one is the same.
  for (const [id, b] of buckets) if (now - b.at > 60_000) buckets.delete(id);
  for (const id of buckets.keys()) {
    if (buckets.size < MAX_BUCKETS) break;
    buckets.delete(id);
  }
}
