import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { signInAction } from "@/lib/actions/auth";
import { createUserAction, disableUserAction, enableUserAction, resetUserPasswordAction, setUserRoleAction } from "@/lib/actions/users";
import { db } from "@/lib/db";
import { disableUser } from "@/lib/services/users/disable-user";
import { DEMO_PASSWORD } from "@/lib/seed/demo-users";
import { requestHeaders } from "../../support/next-mocks";
import { signInAs } from "../../support/session";
import { sessionCookie, sessionResolves } from "../security/sessions";
import { snapshot } from "./helpers";

// Issue #21 item 5: user administration through the app's own actions, each with its rules and
// an audit entry: create, disable/enable, reset password, change role (last-admin rule).

const idOf = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).id;
const auditOf = (email: string, action: string) => db.auditEntry.findMany({ where: { entityType: "User", entityKey: email, action } });
let ip = 0;
/** The sign-in form's result (a redirect means signed in). */
async function signInForm(email: string, password: string) {
  requestHeaders.set("x-forwarded-for", `10.21.5.${++ip}`);
  const form = new FormData();
  form.set("email", email);
  form.set("password", password);
  const cookie = requestHeaders.get("cookie");
  requestHeaders.delete("cookie");
  try {
    return await signInAction({}, form).catch((e: { digest?: string }) =>
      e.digest?.startsWith("NEXT_REDIRECT") ? "signed in" : Promise.reject(e),
    );
  } finally {
    if (cookie) requestHeaders.set("cookie", cookie);
  }
}

beforeAll(async () => {
  await signInAs("admin");
});

describe("an admin creates a user", () => {
  it("GIVEN name, email, role and password WHEN created THEN the user exists, is audited (without the password) and can sign in", async () => {
    // WHEN the admin creates a supervisor
    const result = await createUserAction(null, {
      name: "  Chris Created ",
      email: "Chris@Cronus.Demo",
      role: "supervisor",
      password: "Created-2026!",
    });
    // THEN the row is there with a trimmed name and a lower-case email
    expect(result.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email: "chris@cronus.demo" }, include: { accounts: true } });
    expect(user).toMatchObject({ name: "Chris Created", role: "supervisor", banned: false });
    expect(user.accounts[0].password).not.toContain("Created-2026!");
    // AND one audit entry names the admin and holds no password
    const [audit] = await auditOf("chris@cronus.demo", "user.create");
    expect(audit).toMatchObject({ userEmail: "admin@cronus.demo", changes: { name: [null, "Chris Created"], role: [null, "supervisor"] } });
    expect(JSON.stringify(audit.changes)).not.toContain("Created-2026!");
    // AND the new user signs in with that password
    expect(await signInForm("chris@cronus.demo", "Created-2026!")).toBe("signed in");
  });

  it("GIVEN an email that exists WHEN created again THEN refused beside Email, nothing written", async () => {
    const before = await snapshot();
    const result = await createUserAction(null, { name: "Twin", email: "planner@cronus.demo", role: "planner", password: "Twin-2026!!" });
    expect(result).toMatchObject({
      ok: false,
      code: "USER_EXISTS",
      fieldErrors: { email: ["A user with email planner@cronus.demo already exists."] },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("GIVEN a 101-character name, a bad email, a short password WHEN created THEN each field says why, nothing written", async () => {
    const before = await snapshot();
    const result = await createUserAction(null, { name: "n".repeat(101), email: "not-an-email", role: "root", password: "short" });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        name: ["Name cannot be longer than 100 characters."],
        email: ["Enter a valid email address."],
        role: ["Choose Planner, Supervisor or Admin."],
        password: ["The password must be at least 8 characters long."],
      },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("GIVEN a 30,000,000-character name WHEN created THEN it is refused, nothing written", async () => {
    const before = await snapshot();
    const result = await createUserAction(null, {
      name: "x".repeat(30_000_000),
      email: "huge@cronus.demo",
      role: "planner",
      password: "Huge-2026!!",
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: ["Name cannot be longer than 100 characters."] } });
    expect(await snapshot()).toEqual(before);
  });

  it("GIVEN a planner WHEN they call createUserAction THEN FORBIDDEN and nothing written", async () => {
    await signInAs("planner");
    try {
      const before = await snapshot();
      const result = await createUserAction(null, { name: "Sneaky", email: "sneaky@cronus.demo", role: "admin", password: "Sneaky-2026!" });
      expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await snapshot()).toEqual(before);
    } finally {
      await signInAs("admin");
    }
  });
});

describe("an admin disables and enables a user", () => {
  it("GIVEN a signed-in supervisor WHEN disabled THEN their session no longer resolves, they cannot sign in, and it is audited", async () => {
    // GIVEN the supervisor has a session
    const cookie = await sessionCookie("supervisor@cronus.demo", DEMO_PASSWORD);
    expect(await sessionResolves(cookie)).toBe(true);
    // WHEN the admin disables them
    const result = await disableUserAction(null, { userId: await idOf("supervisor@cronus.demo") });
    // THEN the old session is gone, the right password no longer signs in, the audit has it
    expect(result.ok).toBe(true);
    expect(await sessionResolves(cookie)).toBe(false);
    expect(await db.session.count({ where: { user: { email: "supervisor@cronus.demo" } } })).toBe(0);
    expect(await signInForm("supervisor@cronus.demo", DEMO_PASSWORD)).toEqual({ error: "disabled", email: "supervisor@cronus.demo" });
    const [audit] = await auditOf("supervisor@cronus.demo", "user.disable");
    expect(audit).toMatchObject({ userEmail: "admin@cronus.demo", changes: { disabled: [false, true], sessionsRevoked: 1 } });
  });

  it("GIVEN the disabled supervisor WHEN enabled THEN they sign in again, audited", async () => {
    const result = await enableUserAction(null, { userId: await idOf("supervisor@cronus.demo") });
    expect(result.ok).toBe(true);
    expect(await signInForm("supervisor@cronus.demo", DEMO_PASSWORD)).toBe("signed in");
    expect(await auditOf("supervisor@cronus.demo", "user.enable")).toHaveLength(1);
  });

  it("GIVEN the admin WHEN they disable themselves THEN refused, nothing written", async () => {
    const before = await snapshot();
    const result = await disableUserAction(null, { userId: await idOf("admin@cronus.demo") });
    expect(result).toMatchObject({ ok: false, code: "DISABLE_SELF", fieldErrors: { userId: ["You cannot disable your own user."] } });
    expect(await snapshot()).toEqual(before);
  });
});

describe("an admin resets a password", () => {
  it("GIVEN the planner signed in twice WHEN their password is reset THEN both sessions end, only the new password works, audited", async () => {
    // GIVEN two sessions of the planner
    const first = await sessionCookie("planner@cronus.demo", DEMO_PASSWORD);
    const second = await sessionCookie("planner@cronus.demo", DEMO_PASSWORD);
    // WHEN the admin sets a new password
    const result = await resetUserPasswordAction(null, { userId: await idOf("planner@cronus.demo"), password: "Reset-2026!" });
    // THEN neither session resolves, the old password fails, the new one signs in
    expect(result.ok).toBe(true);
    expect(await sessionResolves(first)).toBe(false);
    expect(await sessionResolves(second)).toBe(false);
    expect(await signInForm("planner@cronus.demo", DEMO_PASSWORD)).toEqual({ error: "invalid", email: "planner@cronus.demo" });
    expect(await signInForm("planner@cronus.demo", "Reset-2026!")).toBe("signed in");
    const [audit] = await auditOf("planner@cronus.demo", "user.resetPassword");
    expect(audit.userEmail).toBe("admin@cronus.demo");
    expect(JSON.stringify(audit.changes)).not.toContain("Reset-2026!");
  });

  it("GIVEN a too short password WHEN reset THEN refused beside Password, nothing written", async () => {
    const before = await snapshot();
    const result = await resetUserPasswordAction(null, { userId: await idOf("planner@cronus.demo"), password: "1234567" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { password: ["The password must be at least 8 characters long."] } });
    expect(await snapshot()).toEqual(before);
  });
});

describe("the last enabled admin stays an enabled admin", () => {
  it("GIVEN a second admin who is disabled WHEN the demo admin demotes themselves THEN refused: a disabled admin does not count", async () => {
    // GIVEN a second admin, disabled
    await createUserAction(null, { name: "Second Admin", email: "second@cronus.demo", role: "admin", password: "Second-2026!" });
    const secondId = await idOf("second@cronus.demo");
    expect((await disableUserAction(null, { userId: secondId })).ok).toBe(true);
    // WHEN the demo admin makes themselves planner
    const before = await snapshot();
    const result = await setUserRoleAction(null, { userId: await idOf("admin@cronus.demo"), role: "planner" });
    // THEN refused, nothing written
    expect(result).toMatchObject({ ok: false, code: "LAST_ADMIN" });
    expect(await snapshot()).toEqual(before);
  });

  it("GIVEN two enabled admins WHEN they disable each other at the same moment THEN exactly one succeeds, one admin stays enabled", async () => {
    // GIVEN the demo admin and the second admin, both enabled
    const adminId = await idOf("admin@cronus.demo");
    const secondId = await idOf("second@cronus.demo");
    expect((await enableUserAction(null, { userId: secondId })).ok).toBe(true);
    // WHEN each disables the other at once (the use case directly: both run concurrently)
    const results = await Promise.allSettled([
      disableUser({ userId: secondId }, { id: adminId, email: "admin@cronus.demo" }),
      disableUser({ userId: adminId }, { id: secondId, email: "second@cronus.demo" }),
    ]);
    // THEN one is refused as the last admin, and exactly one admin is still enabled
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "LAST_ADMIN_DISABLE" });
    expect(await db.user.count({ where: { role: "admin", banned: false } })).toBe(1);
  });
});

describe("a name has at most 100 characters, whatever writes it", () => {
  it("GIVEN a write that bypasses the app's validation WHEN a 101-character name is stored THEN the database refuses it", async () => {
    const before = await snapshot();
    await expect(db.user.update({ where: { email: "planner@cronus.demo" }, data: { name: "n".repeat(101) } })).rejects.toThrow(
      /user_name_length/,
    );
    expect(await snapshot()).toEqual(before);
    await db.user.update({ where: { email: "planner@cronus.demo" }, data: { name: "n".repeat(100) } });
    expect((await db.user.findUniqueOrThrow({ where: { email: "planner@cronus.demo" } })).name).toHaveLength(100);
  });
});
