import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { setUserRoleAction } from "@/lib/actions/users";
import { db } from "@/lib/db";
import { createUser } from "@/lib/seed/demo-users";
import { signInAs } from "../../support/session";
import { snapshot } from "./helpers";

const idOf = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).id;

beforeAll(async () => {
  await signInAs("admin");
});

describe("X-1 an admin sets users' roles", () => {
  it("GIVEN the planner WHEN made supervisor THEN the row has the new role and the change is audited", async () => {
    // GIVEN a planner
    const userId = await idOf("planner@cronus.demo");
    // WHEN the admin makes them supervisor
    const result = await setUserRoleAction(null, { userId, role: "supervisor" });
    // THEN the user row says supervisor and an audit entry has both roles
    expect(result.ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).role).toBe("supervisor");
    const audit = await db.auditEntry.findFirstOrThrow({ where: { entityType: "User", entityKey: "planner@cronus.demo" } });
    expect(audit.changes).toEqual({ role: ["planner", "supervisor"] });
    await setUserRoleAction(null, { userId, role: "planner" });
  });

  it("GIVEN an unknown role WHEN posted THEN it is refused and nothing is written", async () => {
    // GIVEN / WHEN a role that does not exist / THEN validation error, no change
    const before = await snapshot();
    const result = await setUserRoleAction(null, { userId: await idOf("planner@cronus.demo"), role: "root" });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { role: expect.any(Array) } });
    expect(await snapshot()).toEqual(before);
  });

  it("GIVEN the only admin WHEN they demote themselves THEN it is refused with a clear message", async () => {
    // GIVEN admin@cronus.demo is the only admin
    expect(await db.user.count({ where: { role: "admin" } })).toBe(1);
    const before = await snapshot();
    // WHEN they make themselves planner
    const result = await setUserRoleAction(null, { userId: await idOf("admin@cronus.demo"), role: "planner" });
    // THEN refused, still admin
    expect(result).toMatchObject({ ok: false, code: "LAST_ADMIN", fieldErrors: { role: [expect.stringContaining("last admin")] } });
    expect(await snapshot()).toEqual(before);
  });

  it("GIVEN a second admin WHEN an admin demotes themselves THEN it is allowed", async () => {
    // GIVEN another admin
    await createUser(db, { email: "second-admin@cronus.demo", name: "Second Admin", role: "admin", password: "Second-2026!" });
    const self = await idOf("admin@cronus.demo");
    // WHEN the demo admin demotes themselves
    const result = await setUserRoleAction(null, { userId: self, role: "supervisor" });
    // THEN their row says supervisor
    expect(result.ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: self } })).role).toBe("supervisor");
  });
});
