import "../../support/next-mocks";
import { describe, expect, it } from "vitest";
import { getCurrentUser, sessionReaderConfig } from "@/lib/auth";
import { cookieValue, lookupSession } from "@/lib/auth/session-reader";
import { db } from "@/lib/db";
import { requestHeaders } from "../../support/next-mocks";
import { signInAs, signOut } from "../../support/session";

// The session reader answers "who is signed in" from the same signed cookie and session row as
// Better Auth's getSession, and leaves to Better Auth every case that needs a write. Proven on
// cookies Better Auth itself set at sign-in, against the real session table.

const config = sessionReaderConfig;
const cookie = () => requestHeaders.get("cookie") ?? "";
async function currentSession() {
  const c = await config();
  const signed = cookieValue(cookie(), c.cookieName) ?? "";
  const token = signed.slice(0, signed.lastIndexOf("."));
  return db.session.findUniqueOrThrow({ where: { token } });
}
const utcNowPlus = (seconds: number) => new Date(Date.now() + seconds * 1000);

describe("session reader", () => {
  it("GIVEN a cookie Better Auth set at sign-in WHEN it is read THEN it names that user, role and locale", async () => {
    await signInAs("supervisor");
    const found = await lookupSession(db, cookie(), await config());
    expect(found).toMatchObject({
      kind: "user",
      user: { email: "supervisor@cronus.demo", role: "supervisor", banned: false, locale: "en" },
    });
    expect(await getCurrentUser()).toMatchObject({ email: "supervisor@cronus.demo", role: "supervisor" });
  });

  it("GIVEN no cookie, a forged signature or a malformed value THEN nobody is signed in", async () => {
    signOut();
    expect(await lookupSession(db, cookie(), await config())).toEqual({ kind: "none" });
    expect(await getCurrentUser()).toBeNull();

    await signInAs("planner");
    const c = await config();
    const original = cookie();
    const forged = original.replace(new RegExp(`(${c.cookieName.replace(/[.]/g, "\\.")}=[^.;]+\\.)[^;]{4}`), "$1AAAA");
    expect(forged).not.toBe(original);
    requestHeaders.set("cookie", forged);
    expect(await lookupSession(db, forged, c)).toEqual({ kind: "none" });
    expect(await getCurrentUser()).toBeNull();

    const tokenOnly = original.replace(/(session_token=[^.;]+)\.[^;]*/, "$1");
    requestHeaders.set("cookie", tokenOnly);
    expect(await getCurrentUser()).toBeNull();
  });

  it("GIVEN a signed-in user WHEN the session row is deleted (signed out elsewhere, revoked) THEN the next request has nobody signed in", async () => {
    await signInAs("planner");
    const session = await currentSession();
    await db.session.delete({ where: { id: session.id } });
    expect(await lookupSession(db, cookie(), await config())).toEqual({ kind: "none" });
    expect(await getCurrentUser()).toBeNull();
  });

  it("GIVEN a user who is banned or whose role changes THEN it takes effect on the next request", async () => {
    await signInAs("planner");
    const session = await currentSession();
    await db.user.update({ where: { id: session.userId }, data: { role: "supervisor" } });
    try {
      expect(await getCurrentUser()).toMatchObject({ role: "supervisor" });
      await db.user.update({ where: { id: session.userId }, data: { banned: true } });
      expect(await getCurrentUser()).toBeNull();
    } finally {
      await db.user.update({ where: { id: session.userId }, data: { role: "planner", banned: false } });
    }
  });

  it("GIVEN an expired session THEN Better Auth answers: nobody is signed in and the session row is gone", async () => {
    await signInAs("planner");
    const session = await currentSession();
    await db.session.update({ where: { id: session.id }, data: { expiresAt: utcNowPlus(-60) } });
    expect(await lookupSession(db, cookie(), await config())).toEqual({ kind: "defer" });
    expect(await getCurrentUser()).toBeNull();
    expect(await db.session.findUnique({ where: { id: session.id } })).toBeNull();
  });

  it("GIVEN a session older than the refresh age THEN Better Auth answers and extends it (sliding expiry)", async () => {
    await signInAs("planner");
    const session = await currentSession();
    const c = await config();
    // Issued (expiresIn - remaining) seconds ago: more than updateAge, so it is due for a refresh.
    const remaining = c.expiresIn - c.updateAge - 60;
    await db.session.update({ where: { id: session.id }, data: { expiresAt: utcNowPlus(remaining) } });
    expect(await lookupSession(db, cookie(), c)).toEqual({ kind: "defer" });
    expect(await getCurrentUser()).toMatchObject({ email: "planner@cronus.demo" });
    const refreshed = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(refreshed.expiresAt.getTime()).toBeGreaterThan(utcNowPlus(c.expiresIn - 60).getTime());
    // … and the refreshed session is read directly again.
    expect(await lookupSession(db, cookie(), c)).toMatchObject({ kind: "user" });
  });

  it("GIVEN a session not yet due for refresh THEN it is read directly and left as it is", async () => {
    await signInAs("planner");
    const session = await currentSession();
    const c = await config();
    const expiresAt = utcNowPlus(c.expiresIn - c.updateAge + 60);
    await db.session.update({ where: { id: session.id }, data: { expiresAt } });
    expect(await lookupSession(db, cookie(), c)).toMatchObject({ kind: "user" });
    expect(await getCurrentUser()).toMatchObject({ email: "planner@cronus.demo" });
    const after = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(after.expiresAt.getTime()).toBe(expiresAt.getTime());
  });

  it("GIVEN a 'don't remember me' session or sessions kept outside the database THEN Better Auth answers", async () => {
    await signInAs("planner");
    const c = await config();
    expect(await lookupSession(db, `${cookie()}; ${c.dontRememberCookieName}=x`, c)).toEqual({ kind: "defer" });
    expect(await lookupSession(db, cookie(), { ...c, sessionsOutsideDb: true })).toEqual({ kind: "defer" });
  });
});
