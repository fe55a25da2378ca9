import "server-only";
import type { CurrentUser } from "@/lib/auth";
import { auth } from "@/lib/auth/better-auth";
import { db } from "@/lib/db";
import { isRole } from "@/lib/domain/auth/permissions";
import { msg } from "@/lib/i18n/domain-message";
import { ApiProblem } from "@/lib/api/problem";

// Who calls the API: the user whose key the request carries, with that user's role. The
// key is checked by Better Auth's API key plugin on every request — hashed lookup, enabled,
// expiry, the per-key rate limit — against the database, so a revoked key is refused at once.

export type ApiUser = CurrentUser & { apiKeyId: string };

const MAX_KEY_LENGTH = 200;

export function apiKeyFromRequest(request: Request): string | null {
  const header = request.headers.get("x-api-key") ?? bearer(request.headers.get("authorization"));
  const key = header?.trim();
  return key ? key : null;
}

function bearer(header: string | null): string | null {
  const match = header ? /^Bearer\s+(.+)$/i.exec(header) : null;
  return match ? match[1] : null;
}

export async function authenticateApiKey(request: Request): Promise<ApiUser> {
  const key = apiKeyFromRequest(request);
  if (!key) throw new ApiProblem(401, "UNAUTHENTICATED", msg("apiKeyMissing"), { "www-authenticate": 'ApiKey header="X-API-Key"' });
  if (key.length > MAX_KEY_LENGTH) throw invalid();
  const result = await auth.api.verifyApiKey({ body: { key } });
  if (!result.valid || !result.key) {
    const code = (result.error as { code?: string } | null)?.code;
    if (code === "RATE_LIMITED") {
      const tryAgainIn = Number((result.error as { details?: { tryAgainIn?: number } }).details?.tryAgainIn ?? 1000);
      const seconds = Math.max(1, Math.ceil(tryAgainIn / 1000));
      throw new ApiProblem(429, "RATE_LIMITED", msg("apiRateLimited", { seconds }), { "retry-after": String(seconds) });
    }
    throw invalid();
  }
  const user = await db.user.findUnique({
    where: { id: result.key.referenceId },
    select: { id: true, name: true, email: true, role: true, banned: true, locale: true },
  });
  if (!user || !isRole(user.role)) throw invalid();
  if (user.banned) throw new ApiProblem(403, "USER_DISABLED", msg("apiKeyUserDisabled"));
  return { id: user.id, name: user.name, email: user.email, role: user.role, locale: user.locale, apiKeyId: result.key.id };
}

const invalid = () => new ApiProblem(401, "INVALID_API_KEY", msg("apiKeyInvalid"), { "www-authenticate": 'ApiKey header="X-API-Key"' });
