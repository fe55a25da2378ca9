import { apiKey } from "@better-auth/api-key";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { clientAddress, isSignInBlocked, recordSignInFailure } from "@/lib/services/auth/sign-in-limit";

// Better Auth owns sign-in, sessions and password hashing; the app's own permission table
// (lib/domain/auth/permissions.ts) decides what each role may do, and user administration is the
// app's own use cases (lib/services/users), with the last-admin rule and an audit entry. Its
// admin plugin is not used: its endpoints (set-role, impersonate-user, ban-user, …) knew neither.
// Over HTTP only the endpoints the app uses are served (lib/auth/http-endpoints.ts).

/** Refused by the session-create hook: a disabled user signs in with the right password in vain. */
export const USER_DISABLED = "USER_DISABLED";

export const auth = betterAuth({
  database: prismaAdapter(db, { provider: "postgresql" }),
  secret: env.authSecret,
  baseURL: env.authUrl,
  trustedOrigins: [`http://localhost:${env.port}`, `http://127.0.0.1:${env.port}`, ...env.trustedOrigins],
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8 },
  session: { expiresIn: 60 * 60 * 12, updateAge: 60 * 60 },
  // The app's own columns, read with the session; none of them can be set through Better Auth.
  user: {
    additionalFields: {
      role: { type: "string", required: false, input: false, defaultValue: "planner" },
      banned: { type: "boolean", required: false, input: false, defaultValue: false },
      locale: { type: "string", required: false, input: false, defaultValue: "en" },
    },
  },
  databaseHooks: {
    session: {
      create: {
        // A disabled user gets no new session (their existing ones were deleted when disabled).
        async before(session) {
          const user = await db.user.findUnique({ where: { id: session.userId }, select: { banned: true } });
          if (user?.banned) throw new APIError("FORBIDDEN", { message: "This user is disabled.", code: USER_DISABLED });
        },
      },
    },
  },
  rateLimit: {
    enabled: true,
    storage: "database",
    window: 60,
    max: 300,
    customRules: { "/sign-in/email": { window: 60, max: 10 } },
  },
  advanced: {
    useSecureCookies: env.secureCookies,
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
  },
  telemetry: { enabled: false },
  // Failed sign-ins are also limited per account (Better Auth's own limiter counts per address,
  // and an address can be spoofed with X-Forwarded-For): the login form and the HTTP endpoint
  // both pass through these hooks.
  hooks: {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== "/sign-in/email") return;
      const email = String((ctx.body as { email?: unknown } | undefined)?.email ?? "");
      if (await isSignInBlocked(db, clientAddress(ctx.headers ?? new Headers()), email)) {
        throw new APIError("TOO_MANY_REQUESTS", { message: "Too many sign-in attempts. Wait a minute and try again." });
      }
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== "/sign-in/email") return;
      const returned = ctx.context.returned;
      if (returned instanceof APIError && returned.statusCode === 401) {
        const email = String((ctx.body as { email?: unknown } | undefined)?.email ?? "");
        await recordSignInFailure(db, clientAddress(ctx.headers ?? new Headers()), email);
      }
    }),
  },
  plugins: [
    // The REST API's keys (issue 26): generated and stored hashed (SHA-256) by the plugin, with
    // their per-key rate limit in its rateLimit* columns. Keys are created and revoked through
    // the app's own use cases (lib/services/api-keys), never over /api/auth
    // (lib/auth/http-endpoints.ts); a key never stands in for a session (enableSessionForAPIKeys
    // stays off). A request's key is checked by lib/api/authenticate.ts with one read, not by
    // the plugin's verify endpoint (which writes the key's row on every request).
    apiKey({
      defaultPrefix: "po_",
      requireName: true,
      maximumNameLength: 50,
      rateLimit: { enabled: true, timeWindow: 60_000, maxRequests: env.apiRateLimitPerMinute },
    }),
    // Must stay last so server actions can set the session cookie.
    nextCookies(),
  ],
});
