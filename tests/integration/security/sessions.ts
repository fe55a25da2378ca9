import { GET } from "@/app/api/auth/[...all]/route";
import { auth } from "@/lib/auth/better-auth";
import { lookupSession } from "@/lib/auth/session-reader";
import { sessionReaderConfig } from "@/lib/auth";
import { db } from "@/lib/db";

// Sessions as a browser holds them: a cookie from a real sign-in, and whether it still resolves
// to a user both through the app's session reader and through Better Auth's get-session.

export async function sessionCookie(email: string, password: string): Promise<string> {
  const { headers } = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  return headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

export async function sessionResolves(cookie: string): Promise<boolean> {
  const read = await lookupSession(db, cookie, await sessionReaderConfig());
  const res = await GET(new Request("http://localhost:3000/api/auth/get-session", { headers: { cookie } }));
  const viaBetterAuth = ((await res.json()) as { user?: unknown } | null)?.user !== undefined;
  if ((read.kind === "user") !== viaBetterAuth)
    throw new Error(`the session reader (${read.kind}) and get-session (${viaBetterAuth}) disagree`);
  return viaBetterAuth;
}
