import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { admin } from "better-auth/plugins";
import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements } from "better-auth/plugins/admin/access";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { clientAddress, isSignInBlocked, recordSignInFailure } from "@/lib/services/auth/sign-in-limit";

// Better Auth owns sign-in, sessions and password hashing; the app's own permission table
// (lib/domain/auth/permissions.ts) decides what each role may do.
const ac = createAccessControl({ ...defaultStatements });
const roles = {
  planner: ac.newRole({ user: [], session: [] }),
  supervisor: ac.newRole({ user: [], session: [] }),
  admin: ac.newRole({ ...adminAc.statements }),
};

export const auth = betterAuth({
  database: prismaAdapter(db, { provider: "postgresql" }),
  secret: env.authSecret,
  baseURL: env.authUrl,
  trustedOrigins: [`http://localhost:${env.port}`, `http://127.0.0.1:${env.port}`, ...env.trustedOrigins],
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8 },
  session: { expiresIn: 60 * 60 * 12, updateAge: 60 * 60 },
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
    admin({ ac, roles, defaultRole: "planner", adminRoles: ["admin"] }),
    // Must stay last so server actions can set the session cookie.
    nextCookies(),
  ],
});
