"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth, USER_DISABLED } from "@/lib/auth/better-auth";
import { getCurrentUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { safeNextPath } from "@/lib/domain/auth/next-path";
import { LOCALE_COOKIE, LOCALES, toLocale } from "@/lib/i18n/config";
import { logUnexpected } from "@/lib/log";

const signInSchema = z.object({
  email: z.string().trim().email().max(255),
  password: z.string().min(1).max(200),
  next: z.string().max(500).optional(),
});

export type SignInState = { error?: "invalid" | "tooMany" | "disabled" | "unexpected"; email?: string };

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  if (!(formData instanceof FormData)) return { error: "invalid" };
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "invalid", email: String(formData.get("email") ?? "") };
  const { email, password } = parsed.data;
  const h = await headers();
  try {
    const result = await auth.api.signInEmail({ body: { email, password }, headers: h });
    const user = await db.user.findUnique({ where: { id: result.user.id }, select: { locale: true } });
    (await cookies()).set(LOCALE_COOKIE, toLocale(user?.locale), { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
  } catch (e) {
    const status = (e as { statusCode?: number; status?: number | string }).statusCode;
    if (status === 429 || (e as { status?: string }).status === "TOO_MANY_REQUESTS") return { error: "tooMany", email };
    // Refused by the session hook after the right password: saying so tells nothing to a guesser.
    if (status === 403 && (e as { body?: { code?: string } }).body?.code === USER_DISABLED) return { error: "disabled", email };
    if (status === 401 || status === 400 || status === 403) {
      return { error: "invalid", email };
    }
    logUnexpected(e);
    return { error: "unexpected", email };
  }
  redirect(safeNextPath(parsed.data.next));
}

export async function signOutAction() {
  await auth.api.signOut({ headers: await headers() });
  redirect("/login");
}

const localeSchema = z.enum(LOCALES);

/** Remembers the language per user (and in a cookie for this browser). */
export async function setLocaleAction(locale: unknown) {
  const parsed = localeSchema.safeParse(locale);
  if (!parsed.success) return;
  const user = await getCurrentUser();
  if (user) await db.user.update({ where: { id: user.id }, data: { locale: parsed.data } });
  (await cookies()).set(LOCALE_COOKIE, parsed.data, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
}
