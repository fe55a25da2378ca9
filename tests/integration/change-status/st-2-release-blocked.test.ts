// ST-2: release is refused for an item with Production Blocked = Output, with BC's message,
// and nothing is written (status, number series, audit trail).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeProductionOrderStatus } from "@/lib/services/production-orders/change-status";
import { actorFor, expectDomainError, lastNoUsed, newOrder, writeState } from "./support";

describe("ST-2 release refused for Production Blocked = Output", () => {
  it("demo item 1002: Firm Planned → Released is refused and nothing changes", async () => {
    // GIVEN a firm planned order for 1002 (Production Blocked = Output)
    const order = await newOrder({ sourceNo: "1002", refresh: false });
    const before = await writeState();
    const last = await lastNoUsed("REL-PROD");
    // WHEN a supervisor releases it
    const change = changeProductionOrderStatus(
      db,
      { id: order.id, version: order.version, newStatus: "RELEASED" },
      await actorFor("supervisor"),
    );
    // THEN BC's message, beside New Status; the order, the audit trail and REL-PROD are untouched
    await expectDomainError(change, "RELEASE_BLOCKED", "You cannot produce Item 1002 because the Production Blocked is Output.", "itemNo");
    expect(await writeState()).toEqual(before);
    expect(await lastNoUsed("REL-PROD")).toBe(last);
  });

  it("an item blocked for output after the order was made is refused too", async () => {
    // GIVEN a refreshed firm planned order for 1000, then 1000 is blocked for output
    const order = await newOrder({ refresh: true });
    await db.item.update({ where: { no: "1000" }, data: { productionBlocked: "OUTPUT" } });
    try {
      // WHEN it is released / THEN refused
      await expectDomainError(
        changeProductionOrderStatus(db, { id: order.id, version: order.version, newStatus: "RELEASED" }, await actorFor("supervisor")),
        "RELEASE_BLOCKED",
        "You cannot produce Item 1000 because the Production Blocked is Output.",
        "itemNo",
      );
    } finally {
      await db.item.update({ where: { no: "1000" }, data: { productionBlocked: "NONE" } });
    }
  });

  it("to Firm Planned the blocked item is no obstacle (blocked is checked on release only)", async () => {
    const order = await newOrder({ status: "PLANNED", sourceNo: "1002", refresh: false });
    await changeProductionOrderStatus(
      db,
      { id: order.id, version: order.version, newStatus: "FIRM_PLANNED" },
      await actorFor("supervisor"),
    );
    expect((await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("FIRM_PLANNED");
  });
});
