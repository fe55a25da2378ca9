// ST-1: the service asks the same transition table as the dialog and refuses anything else,
// writing nothing. X-1: only supervisors and admins may call the action.
import "../../support/next-mocks";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeStatusAction } from "@/lib/actions/change-status";
import { allowedTransitions, type ProdOrderStatus } from "@/lib/domain/production-order/status";
import { changeProductionOrderStatus } from "@/lib/services/production-orders/change-status";
import { signInAs, signOut } from "../../support/session";
import { actorFor, expectDomainError, newOrder, releasedOrder, writeState } from "./support";

describe("ST-1 allowed status changes", () => {
  it.each([
    ["SIMULATED", "FIRM_PLANNED"],
    ["SIMULATED", "RELEASED"],
    ["PLANNED", "FIRM_PLANNED"],
    ["PLANNED", "RELEASED"],
    ["FIRM_PLANNED", "RELEASED"],
  ] as const)("%s → %s is carried out", async (from, to) => {
    // GIVEN an order in `from`
    const order = await newOrder({ status: from, refresh: false });
    // WHEN a supervisor changes it to `to`
    const r = await changeProductionOrderStatus(db, { id: order.id, version: order.version, newStatus: to }, await actorFor("supervisor"));
    // THEN the row has the new status and a new version
    const after = await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(after.status).toBe(to);
    expect(after.version).toBe(order.version + 1);
    expect(r).toMatchObject({ status: to, oldStatus: from, no: after.no });
    expect(allowedTransitions(from)).toContain(to);
  });

  it.each([
    ["FIRM_PLANNED", "FIRM_PLANNED", "Firm Planned", "Firm Planned"],
    ["FIRM_PLANNED", "FINISHED", "Firm Planned", "Finished"],
    ["SIMULATED", "FINISHED", "Simulated", "Finished"],
  ] as const)("%s → %s is refused and nothing is written", async (from, to, fromCaption, toCaption) => {
    const order = await newOrder({ status: from, refresh: false });
    const before = await writeState();
    await expectDomainError(
      changeProductionOrderStatus(db, { id: order.id, version: order.version, newStatus: to }, await actorFor("supervisor")),
      "STATUS_NOT_ALLOWED",
      `The status of production order ${order.no} cannot be changed from ${fromCaption} to ${toCaption}.`,
      "newStatus",
    );
    expect(await writeState()).toEqual(before);
  });

  it("Released → Firm Planned is refused (never back) and a Finished order cannot change status", async () => {
    const order = await releasedOrder({ refresh: false });
    await expectDomainError(
      changeProductionOrderStatus(db, { id: order.id, version: order.version, newStatus: "FIRM_PLANNED" }, await actorFor("supervisor")),
      "STATUS_NOT_ALLOWED",
      `The status of production order ${order.no} cannot be changed from Released to Firm Planned.`,
      "newStatus",
    );
    await changeProductionOrderStatus(
      db,
      { id: order.id, version: order.version, newStatus: "FINISHED", confirmNoOutput: true },
      await actorFor("supervisor"),
    );
    const finished = await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
    for (const to of ["FIRM_PLANNED", "RELEASED", "FINISHED"] as ProdOrderStatus[]) {
      await expectDomainError(
        changeProductionOrderStatus(db, { id: order.id, version: finished.version, newStatus: to }, await actorFor("admin")),
        "STATUS_NOT_ALLOWED",
        `The status of production order ${order.no} cannot be changed from Finished to ${{ FIRM_PLANNED: "Firm Planned", RELEASED: "Released", FINISHED: "Finished" }[to as "RELEASED"]}.`,
        "newStatus",
      );
    }
  });
});

describe("X-1 Change Status is for supervisors and admins", () => {
  it("a planner calling the action directly is refused and nothing changes", async () => {
    // GIVEN a firm planned order and a signed-in planner
    const order = await newOrder({ refresh: false });
    await signInAs("planner");
    const before = await writeState();
    // WHEN the planner posts the action anyway
    const r = await changeStatusAction(null, { id: order.id, version: order.version, newStatus: "RELEASED" });
    // THEN it is refused and the order is still firm planned
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await writeState()).toEqual(before);
    signOut();
  });

  it("a supervisor's action returns the new status and No.", async () => {
    const order = await newOrder({ refresh: false });
    await signInAs("supervisor");
    const r = await changeStatusAction(null, { id: String(order.id), version: String(order.version), newStatus: "RELEASED" });
    signOut();
    expect(r.ok).toBe(true);
    const after = await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(r).toMatchObject({ ok: true, data: { status: "RELEASED", no: after.no, oldNo: order.no } });
  });

  it("a bad New Status is a field error", async () => {
    const order = await newOrder({ refresh: false });
    await signInAs("admin");
    const r = await changeStatusAction(null, { id: order.id, version: order.version, newStatus: "PLANNED" });
    signOut();
    expect(r).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { newStatus: ["New Status must be Firm Planned, Released or Finished."] },
    });
  });
});
