import "../../support/next-mocks";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createApiKeyAction, revokeApiKeyAction } from "@/lib/actions/api-keys";
import { hashApiKey } from "@/lib/api/authenticate";
import { db } from "@/lib/db";
import { revokeApiKey } from "@/lib/services/api-keys/api-keys";
import { signInAs, signOut } from "../../support/session";
import { actorFor } from "../production-orders/helpers";
import { apiKeyFor, call } from "./support";

// Issue 26: API keys are made and revoked by their user on the profile page and by admins on
// the user card, through server actions that check the session and the role themselves.

type Created = { ok: true; data: { id: string; key: string } };

describe("API-8 API keys per user, stored hashed, managed by their user and by admins", () => {
  it("GIVEN a signed-in planner WHEN they create a key THEN only its SHA-256 is stored, it works, and revoking it ends it at once", async () => {
    await signInAs("planner");
    const created = (await createApiKeyAction(null, { name: "Web shop" })) as Created;
    expect(created.ok).toBe(true);
    const row = await db.apikey.findUniqueOrThrow({ where: { id: created.data.id } });
    expect(row.key).not.toBe(created.data.key);
    expect(row.key).toBe(createHash("sha256").update(created.data.key).digest("base64url"));
    expect(hashApiKey(created.data.key)).toBe(row.key); // the hash a request's key is looked up by
    expect(row.referenceId).toBe((await actorFor("planner")).id);
    expect((await call("GET", "/production-orders?limit=1", { key: created.data.key })).status).toBe(200);
    // WHEN revoked / THEN refused at the next request, and the audit trail has both
    expect((await revokeApiKeyAction(null, { id: created.data.id })).ok).toBe(true);
    expect((await call("GET", "/production-orders?limit=1", { key: created.data.key })).status).toBe(401);
    const audit = await db.auditEntry.findMany({ where: { entityType: "ApiKey", entityKey: created.data.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["apiKey.create", "apiKey.revoke"]);
  });

  it("GIVEN a supervisor's key WHEN a planner tries to revoke it or make one for them THEN refused; an admin may do both", async () => {
    const supervisor = await actorFor("supervisor");
    await signInAs("supervisor");
    const own = (await createApiKeyAction(null, { name: "MES" })) as Created;
    await signInAs("planner");
    expect(await revokeApiKeyAction(null, { id: own.data.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await createApiKeyAction(null, { name: "Sneaky", userId: supervisor.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.apikey.count({ where: { referenceId: supervisor.id } })).toBe(1);
    await signInAs("admin");
    const forThem = (await createApiKeyAction(null, { name: "Planning tool", userId: supervisor.id })) as Created;
    expect(forThem.ok).toBe(true);
    expect((await db.apikey.findUniqueOrThrow({ where: { id: forThem.data.id } })).referenceId).toBe(supervisor.id);
    expect((await revokeApiKeyAction(null, { id: own.data.id })).ok).toBe(true);
    expect(await db.apikey.count({ where: { referenceId: supervisor.id } })).toBe(1);
  });

  it("GIVEN nobody signed in WHEN a key is asked for THEN UNAUTHENTICATED; a blank name is refused beside its field", async () => {
    signOut();
    expect(await createApiKeyAction(null, { name: "x" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    await signInAs("planner");
    const blank = await createApiKeyAction(null, { name: "  " });
    expect(blank).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(blank.ok ? null : blank.fieldErrors.name).toEqual(["Enter a name for the API key."]);
  });

  it("GIVEN a key in use WHEN it makes more requests THEN checking it writes nothing to its row; revoked, the next request is refused", async () => {
    // GIVEN a key whose first request stamped "last used" (at most once a minute)
    const { key, id } = await apiKeyFor("planner", "read-only check");
    const keyRow = () => db.$queryRaw<object[]>`SELECT xmin::text AS xmin, * FROM apikey WHERE id = ${id}`;
    expect((await call("GET", "/production-orders?limit=1", { key })).status).toBe(200);
    const before = await keyRow();
    expect(before).toHaveLength(1);
    expect((before[0] as { lastRequest: Date | null }).lastRequest).not.toBeNull();
    // WHEN five more requests come
    for (let i = 0; i < 5; i++) expect((await call("GET", "/production-orders?limit=1", { key })).status).toBe(200);
    // THEN the key's row is the same row version (xmin) with the same values
    expect(await keyRow()).toEqual(before);
    // WHEN revoked THEN the very next request is refused
    await revokeApiKey(db, { id }, await actorFor("planner"));
    expect(await keyRow()).toEqual([]);
    expect((await call("GET", "/production-orders?limit=1", { key })).status).toBe(401);
  });
});
