import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements } from "better-auth/plugins/admin/access";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

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
  plugins: [
    admin({ ac, roles, defaultRole: "planner", adminRoles: ["admin"] }),
    // Must stay last so server actions can set the session cookie.
    nextCookies(),
  ],
});
