import type { Db } from "@/lib/db-client";

// Failed sign-ins are counted per client address and per email in a fixed window, in the same
// table Better Auth uses for its HTTP rate limits (its limiter does not see sign-ins made from a
// server action). Past the limit, sign-in is refused — even with the right password — until
// the window has passed, so guessing passwords is slow.

export const SIGN_IN_WINDOW_MS = 60_000;
export const SIGN_IN_MAX_FAILURES = 10;

const keys = (ip: string, email: string) => [`app-signin:ip:${ip}`, `app-signin:email:${email.toLowerCase()}`];

export async function isSignInBlocked(db: Db, ip: string, email: string, now = Date.now()): Promise<boolean> {
  const rows = await db.rateLimit.findMany({ where: { key: { in: keys(ip, email) } } });
  return rows.some((r) => Number(r.lastRequest) > now - SIGN_IN_WINDOW_MS && r.count >= SIGN_IN_MAX_FAILURES);
}

/** Counts one failure against both keys; a window that has passed starts again at 1. */
export async function recordSignInFailure(db: Db, ip: string, email: string, now = Date.now()) {
  const since = BigInt(now - SIGN_IN_WINDOW_MS);
  for (const key of keys(ip, email)) {
    await db.$executeRaw`
      INSERT INTO rate_limit (id, key, count, "lastRequest") VALUES (${key}, ${key}, 1, ${BigInt(now)})
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN rate_limit."lastRequest" < ${since} THEN 1 ELSE rate_limit.count + 1 END,
        "lastRequest" = CASE WHEN rate_limit."lastRequest" < ${since} THEN ${BigInt(now)} ELSE rate_limit."lastRequest" END`;
  }
}

export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "local";
}
