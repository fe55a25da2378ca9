// Replan is for supervisors and admins; the action checks the role itself (a planner who
// posts it directly is refused and nothing is written) and validates its options (RP-1).
import "../../support/next-mocks";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { replanAction } from "@/lib/actions/replan";
import { signInAs, signOut } from "../../support/session";
import { newOrder, writeState } from "../change-status/support";

describe("X-1 Replan action", () => {
  it("a planner calling it directly is refused, nothing written", async () => {
    const order = await newOrder();
    await signInAs("planner");
    const before = await writeState();
    const r = await replanAction(null, { id: order.id, version: order.version, direction: "BACK", plan: "ALL_LEVELS" });
    signOut();
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await writeState()).toEqual(before);
  });

  it("a supervisor's form post replans (Back and No Levels by default)", async () => {
    const order = await newOrder();
    await signInAs("supervisor");
    const form = new FormData();
    form.set("id", String(order.id));
    form.set("version", String(order.version));
    const r = await replanAction(null, form);
    signOut();
    expect(r).toMatchObject({ ok: true, data: { no: order.no, created: [], deleted: [] } });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { orderId: order.id, action: "replan" } });
    expect(entry.changes).toEqual({ direction: "BACK", plan: "NO_LEVELS" });
  });

  it("an unknown Plan is a field error", async () => {
    const order = await newOrder({ refresh: false });
    await signInAs("admin");
    const r = await replanAction(null, { id: order.id, version: order.version, plan: "TWO_LEVELS" });
    signOut();
    expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { plan: ["Plan must be No Levels, One Level or All Levels."] } });
  });
});
