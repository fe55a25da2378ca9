import "server-only";
import { createHash } from "node:crypto";
import type { CurrentUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { isRole } from "@/lib/domain/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import { msg } from "@/lib/i18n/domain-message";
import { ApiProblem } from "@/lib/api/problem";
import { takeRequest } from "@/lib/api/rate-limit";
import { queryOnce } from "@/lib/services/sql-tx";

// Who calls the API: the user whose key the request carries, with that user's role.
// Better Auth's API key plugin makes the keys, stores them hashed and deletes them on revoke
// (lib/services/api-keys); checking one is a read: the key's hash (the plugin's own hasher)
// looked up with its user in one indexed SELECT, on every request, so a revoked key or a
// disabled user is refused at once. The plugin's own verify endpoint is not used: it writes the
// key's row twice per request (its rate-limit counter and updatedAt), which at 32 clients cost
// more than the read the client asked for. The rate limit is counted in memory per node
// (rate-limit.ts); "last used" is stamped at most once a minute (the profile page shows minutes).
// An operation may have one more value read by the same statement (`along`): GET one order reads
// the order's version there, so an order whose document the server holds costs one statement.

export type ApiUser = CurrentUser & { apiKeyId: string };

const MAX_KEY_LENGTH = 200;
const LAST_USED_PRECISION = "1 minute";

export function apiKeyFromRequest(request: Request): string | null {
  const header = request.headers.get("x-api-key") ?? bearer(request.headers.get("authorization"));
  const key = header?.trim();
  return key ? key : null;
}

function bearer(header: string | null): string | null {
  const match = header ? /^Bearer\s+(.+)$/i.exec(header) : null;
  return match ? match[1] : null;
}

type KeyRow = {
  keyId: string;
  usable: boolean;
  rateLimitMax: number | null;
  rateLimitWindowMs: number | null;
  stampLastUsed: boolean;
  userId: string;
  name: string;
  email: string;
  role: string;
  banned: boolean;
  locale: string;
  along: unknown;
};

/**
 * The plugin's defaultKeyHasher (SHA-256, base64url without padding: the hash it stores when it
 * makes a key), computed synchronously. Its WebCrypto digest is a thread-pool job: ~0.4 ms of the
 * app's CPU per request at 32 clients, a fifth of a GET's.
 */
export const hashApiKey = (key: string) => createHash("sha256").update(key).digest("base64url");

// Timestamps are compared in SQL (Prisma keeps UTC wall time in `timestamp` columns). A key with a
// usage quota (`remaining`) would need a write per request; the app makes none, so it is refused.
const keyQuery = (hash: string, along: Prisma.Sql) => Prisma.sql`
  SELECT ${along} AS along, k.id AS "keyId",
         (k.enabled IS NOT FALSE AND k.remaining IS NULL
           AND (k."expiresAt" IS NULL OR k."expiresAt" > now() AT TIME ZONE 'UTC')) AS usable,
         CASE WHEN k."rateLimitEnabled" IS NOT FALSE THEN k."rateLimitMax" END AS "rateLimitMax",
         k."rateLimitTimeWindow" AS "rateLimitWindowMs",
         (k."lastRequest" IS NULL
           OR k."lastRequest" < now() AT TIME ZONE 'UTC' - ${LAST_USED_PRECISION}::interval) AS "stampLastUsed",
         u.id AS "userId", u.name, u.email, u.role, u.banned, u.locale
  FROM apikey k JOIN "user" u ON u.id = k."referenceId"
  WHERE k.key = ${hash}`;

/** The key's user; `along`, a scalar SQL expression read by the same statement, and its value. */
export async function authenticateApiKey(request: Request, along: Prisma.Sql | null = null): Promise<{ user: ApiUser; along: unknown }> {
  const key = apiKeyFromRequest(request);
  if (!key) throw new ApiProblem(401, "UNAUTHENTICATED", msg("apiKeyMissing"), { "www-authenticate": 'ApiKey header="X-API-Key"' });
  if (key.length > MAX_KEY_LENGTH) throw invalid();
  const [row] = await queryOnce<KeyRow>(db, keyQuery(hashApiKey(key), along ?? Prisma.sql`NULL`));
  if (!row || !row.usable || !isRole(row.role)) throw invalid();
  if (row.banned) throw new ApiProblem(403, "USER_DISABLED", msg("apiKeyUserDisabled"));
  if (row.rateLimitMax !== null && row.rateLimitWindowMs !== null && row.rateLimitWindowMs > 0) {
    const taken = takeRequest(row.keyId, { max: row.rateLimitMax, windowMs: row.rateLimitWindowMs });
    if (!taken.ok) {
      const seconds = taken.retryAfterSeconds;
      throw new ApiProblem(429, "RATE_LIMITED", msg("apiRateLimited", { seconds }), { "retry-after": String(seconds) });
    }
  }
  if (row.stampLastUsed) await stampLastUsed(row.keyId);
  return {
    user: { id: row.userId, name: row.name, email: row.email, role: row.role, locale: row.locale, apiKeyId: row.keyId },
    along: row.along,
  };
}

/** "Last used" on the profile page, to the minute: one guarded UPDATE a minute per key at most. */
async function stampLastUsed(keyId: string) {
  await db.$executeRaw`
    UPDATE apikey SET "lastRequest" = now() AT TIME ZONE 'UTC'
    WHERE id = ${keyId}
      AND ("lastRequest" IS NULL OR "lastRequest" < now() AT TIME ZONE 'UTC' - ${LAST_USED_PRECISION}::interval)`;
}

const invalid = () => new ApiProblem(401, "INVALID_API_KEY", msg("apiKeyInvalid"), { "www-authenticate": 'ApiKey header="X-API-Key"' });
