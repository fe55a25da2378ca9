import "server-only";
import type { BetterAuthOptions } from "better-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth/better-auth";
import { cookieValue, lookupSession, verifySignedValue, type SessionReaderConfig } from "@/lib/auth/session-reader";
import { db } from "@/lib/db";
import { can, isRole, type Permission, type Role } from "@/lib/domain/auth/permissions";
import { ForbiddenError, NotAuthenticatedError } from "@/lib/errors";

export type CurrentUser = { id: string; name: string; email: string; role: Role; locale: string };

let readerConfig: Promise<SessionReaderConfig> | null = null;
/** Better Auth's cookie names, secret and session ages, as the session reader needs them. */
export const sessionReaderConfig = (): Promise<SessionReaderConfig> =>
  (readerConfig ??= auth.$context
    .then((ctx) => ({
      cookieName: ctx.authCookies.sessionToken.name,
      dontRememberCookieName: ctx.authCookies.dontRememberToken.name,
      secret: ctx.secret,
      expiresIn: ctx.sessionConfig.expiresIn,
      updateAge: ctx.sessionConfig.updateAge,
      sessionsOutsideDb: !!(ctx.options as BetterAuthOptions).secondaryStorage,
    }))
    .catch((e: unknown) => {
      readerConfig = null; // the next request tries again
      throw e;
    }));

type SessionUserFields = { id: string; name: string; email: string; role?: string | null; locale?: string | null; banned?: boolean | null };

function toCurrentUser(user: SessionUserFields): CurrentUser | null {
  if (user.banned || !isRole(user.role)) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, locale: user.locale ?? "en" };
}

/**
 * The signed-in user, once per request; null without a valid session. A plain valid session is
 * read directly (lib/auth/session-reader.ts); Better Auth answers everything else (expiry,
 * sliding refresh) and writes what that needs.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const requestHeaders = await headers();
  const found = await lookupSession(db, requestHeaders.get("cookie"), await sessionReaderConfig());
  if (found.kind === "none") return null;
  if (found.kind === "user") return toCurrentUser(found.user);
  const session = await auth.api.getSession({ headers: requestHeaders });
  return session?.user ? toCurrentUser(session.user as SessionUserFields) : null;
});

/** The token of the session this request carries (its cookie's signature checked), or null. */
export async function currentSessionToken(): Promise<string | null> {
  const config = await sessionReaderConfig();
  const signed = cookieValue((await headers()).get("cookie"), config.cookieName);
  return signed ? verifySignedValue(signed, config.secret) : null;
}

/** Throws unless someone is signed in and their role has the permission. */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  return authorizeUser(await getCurrentUser(), permission);
}

/** X-1 for a user found any way (a session, an API key): refused unless their role has the permission. */
export function authorizeUser<U extends CurrentUser>(user: U | null, permission: Permission): U {
  if (!user) throw new NotAuthenticatedError();
  if (!can(user.role, permission)) throw new ForbiddenError();
  return user;
}

/**
 * For pages and their data functions: without a session the visitor is sent to sign in (a page
 * may render alongside its layout's redirect, so it must not fail on its own); a role without the
 * permission still gets the Forbidden error.
 */
export async function requireViewer(permission: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (!can(user.role, permission)) throw new ForbiddenError();
  return user;
}

export async function userCan(permission: Permission): Promise<boolean> {
  const user = await getCurrentUser();
  return !!user && can(user.role, permission);
}
