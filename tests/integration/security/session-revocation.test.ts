import "../../support/next-mocks";
import { describe, expect, it } from "vitest";
import { changeOwnPasswordAction } from "@/lib/actions/account";
import { resetUserPasswordAction } from "@/lib/actions/users";
import { db } from "@/lib/db";
import { DEMO_PASSWORD } from "@/lib/seed/demo-users";
import { requestHeaders } from "../../support/next-mocks";
import { signInAs } from "../../support/session";
import { snapshot } from "../admin/helpers";
import { sessionCookie, sessionResolves } from "./sessions";

// Issue #21 item 6: sessions used to outlive a password change. After a user changes their own
// password their other sessions end (the one they changed it in stays); after an admin resets a
// password every session of that user ends. "Ends" = the old cookie no longer resolves.

describe("sessions end with a password change", () => {
  it("GIVEN the planner signed in on two browsers WHEN they change their password on one THEN the other session ends, this one stays, audited", async () => {
    // GIVEN two sessions of the planner; this request carries the first
    const here = await sessionCookie("planner@cronus.demo", DEMO_PASSWORD);
    const elsewhere = await sessionCookie("planner@cronus.demo", DEMO_PASSWORD);
    requestHeaders.set("cookie", here);
    // WHEN they change their password
    const result = await changeOwnPasswordAction(null, {
      currentPassword: DEMO_PASSWORD,
      newPassword: "Changed-2026!",
      confirmPassword: "Changed-2026!",
    });
    // THEN the other browser is signed out, this one is not
    expect(result.ok).toBe(true);
    expect(await sessionResolves(elsewhere)).toBe(false);
    expect(await sessionResolves(here)).toBe(true);
    // AND the new password signs in, the old one does not, and the change is audited
    await expect(sessionCookie("planner@cronus.demo", "Changed-2026!")).resolves.toContain("session_token=");
    await expect(sessionCookie("planner@cronus.demo", DEMO_PASSWORD)).rejects.toMatchObject({ statusCode: 401 });
    const [audit] = await db.auditEntry.findMany({ where: { entityKey: "planner@cronus.demo", action: "user.changePassword" } });
    expect(audit).toMatchObject({ userEmail: "planner@cronus.demo", changes: { otherSessionsRevoked: 1 } });
  });

  it("GIVEN a wrong current password WHEN changing THEN refused beside Current Password, no session ends, nothing written", async () => {
    // GIVEN the supervisor with a second session
    const here = await sessionCookie("supervisor@cronus.demo", DEMO_PASSWORD);
    const elsewhere = await sessionCookie("supervisor@cronus.demo", DEMO_PASSWORD);
    requestHeaders.set("cookie", here);
    const before = await snapshot();
    const sessions = await db.session.count();
    // WHEN the current password is wrong
    const result = await changeOwnPasswordAction(null, {
      currentPassword: "not-it",
      newPassword: "Changed-2026!",
      confirmPassword: "Changed-2026!",
    });
    // THEN refused and nothing changed
    expect(result).toMatchObject({
      ok: false,
      code: "CURRENT_PASSWORD_WRONG",
      fieldErrors: { currentPassword: ["The current password is not correct."] },
    });
    expect(await snapshot()).toEqual(before);
    expect(await db.session.count()).toBe(sessions);
    expect(await sessionResolves(elsewhere)).toBe(true);
  });

  it("GIVEN new passwords that differ WHEN changing THEN refused beside Confirm Password", async () => {
    requestHeaders.set("cookie", await sessionCookie("supervisor@cronus.demo", DEMO_PASSWORD));
    const result = await changeOwnPasswordAction(null, {
      currentPassword: DEMO_PASSWORD,
      newPassword: "Changed-2026!",
      confirmPassword: "Changed-2027!",
    });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { confirmPassword: ["The passwords do not match."] } });
  });

  it("GIVEN the supervisor signed in WHEN an admin resets their password THEN the old cookie no longer resolves", async () => {
    const old = await sessionCookie("supervisor@cronus.demo", DEMO_PASSWORD);
    await signInAs("admin");
    const supervisorId = (await db.user.findUniqueOrThrow({ where: { email: "supervisor@cronus.demo" } })).id;
    expect((await resetUserPasswordAction(null, { userId: supervisorId, password: "Reset-2026!" })).ok).toBe(true);
    expect(await sessionResolves(old)).toBe(false);
    expect(await db.session.count({ where: { userId: supervisorId } })).toBe(0);
  });
});
