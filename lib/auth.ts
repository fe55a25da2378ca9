import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth/better-auth";
import { can, isRole, type Permission, type Role } from "@/lib/domain/auth/permissions";
import { ForbiddenError, NotAuthenticatedError } from "@/lib/errors";

export type CurrentUser = { id: string; name: string; email: string; role: Role; locale: string };

/** The signed-in user, once per request; null without a valid session. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session?.user) return null;
  const user = session.user as typeof session.user & { role?: string; locale?: string; banned?: boolean | null };
  if (user.banned || !isRole(user.role)) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, locale: user.locale ?? "en" };
});

/** Throws unless someone is signed in and their role has the permission. */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
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
