// ST-3: the order moves with its lines, components and routing lines (same rows); a different
// series gives a new No. from the target series and keeps the old one in "… Order No."; the
// audit entry records old → new, and an old No. leads to the new one.
import "../../support/next-mocks";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findRenumberedOrder } from "@/lib/data/production-orders";
import { changeProductionOrderStatus } from "@/lib/services/production-orders/change-status";
import { upsertManufacturingSetup } from "../../factories";
import { signInAs, signOut } from "../../support/session";
import { actorFor, auditOf, childrenOf, expectDomainError, lastNoUsed, newOrder, writeState } from "./support";

describe("ST-3 move with lines and renumber from the target series", () => {
  it("Firm Planned (FPL-PROD) → Released (REL-PROD): new No., old No. kept, lines/components/routings moved", async () => {
    // GIVEN a refreshed firm planned order with lines, components and routing lines
    const order = await newOrder({ quantity: 3 });
    const kids = await childrenOf(order.id);
    expect(kids.lines.length).toBeGreaterThan(0);
    expect(kids.components.length).toBeGreaterThan(0);
    expect(kids.routingLines.length).toBeGreaterThan(0);
    const relBefore = await lastNoUsed("REL-PROD");
    // WHEN a supervisor releases it
    const r = await changeProductionOrderStatus(
      db,
      { id: order.id, version: order.version, newStatus: "RELEASED" },
      await actorFor("supervisor"),
    );
    // THEN it has REL-PROD's next number, its series, and its old No. in Firm Planned Order No.
    const after = await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(after).toMatchObject({ status: "RELEASED", no: r.no, noSeries: "REL-PROD", firmPlannedOrderNo: order.no });
    expect(r.no).not.toBe(order.no);
    expect(await lastNoUsed("REL-PROD")).toBe(r.no);
    expect(Number(r.no)).toBe(Number(relBefore || "201000") + 1);
    // AND the very same lines, components and routing lines belong to it
    expect(await childrenOf(order.id)).toEqual(kids);
    // AND no order is left under the old key
    expect(await db.productionOrder.findUnique({ where: { status_no: { status: "FIRM_PLANNED", no: order.no } } })).toBeNull();
    // AND one audit entry says FIRM_PLANNED order.no → RELEASED r.no
    const [entry] = await auditOf(order.id, "changeStatus");
    expect(entry).toMatchObject({
      oldStatus: "FIRM_PLANNED",
      oldNo: order.no,
      newStatus: "RELEASED",
      newNo: r.no,
      userEmail: "supervisor@cronus.demo",
    });
  });

  it("Simulated → Firm Planned keeps the old No. in Simulated Order No.; then Released keeps both", async () => {
    const order = await newOrder({ status: "SIMULATED", refresh: false });
    const fp = await changeProductionOrderStatus(
      db,
      { id: order.id, version: order.version, newStatus: "FIRM_PLANNED" },
      await actorFor("supervisor"),
    );
    const rel = await changeProductionOrderStatus(
      db,
      { id: order.id, version: fp.version, newStatus: "RELEASED" },
      await actorFor("admin"),
    );
    const after = await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(after).toMatchObject({ simulatedOrderNo: order.no, firmPlannedOrderNo: fp.no, no: rel.no, noSeries: "REL-PROD" });
    expect(fp.no).toMatch(/^1\d{5}$/);
  });

  it("the old No. leads to the new one (findRenumberedOrder), also across two changes", async () => {
    const order = await newOrder({ status: "PLANNED", refresh: false });
    const fp = await changeProductionOrderStatus(
      db,
      { id: order.id, version: order.version, newStatus: "FIRM_PLANNED" },
      await actorFor("supervisor"),
    );
    const rel = await changeProductionOrderStatus(
      db,
      { id: order.id, version: fp.version, newStatus: "RELEASED" },
      await actorFor("supervisor"),
    );
    await signInAs("planner");
    expect(await findRenumberedOrder("PLANNED", order.no)).toEqual({ status: "RELEASED", no: rel.no });
    expect(await findRenumberedOrder("FIRM_PLANNED", fp.no)).toEqual({ status: "RELEASED", no: rel.no });
    signOut();
  });

  it("the same series for both statuses keeps the No.", async () => {
    // GIVEN Released Order Nos. = the Firm Planned series
    const setup = await db.manufacturingSetup.findUniqueOrThrow({ where: { id: 1 } });
    await upsertManufacturingSetup(db, { releasedOrderNos: "FPL-PROD" });
    try {
      const order = await newOrder({ refresh: false });
      // WHEN released / THEN the No. stays and no number was drawn
      const last = await lastNoUsed("FPL-PROD");
      const r = await changeProductionOrderStatus(
        db,
        { id: order.id, version: order.version, newStatus: "RELEASED" },
        await actorFor("supervisor"),
      );
      expect(r.no).toBe(order.no);
      expect(await lastNoUsed("FPL-PROD")).toBe(last);
      expect(await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
        status: "RELEASED",
        no: order.no,
        firmPlannedOrderNo: order.no,
      });
    } finally {
      await upsertManufacturingSetup(db, { releasedOrderNos: setup.releasedOrderNos });
    }
  });

  it("keeping the No. where the target status already has it is refused with a clear message, nothing written", async () => {
    const setup = await db.manufacturingSetup.findUniqueOrThrow({ where: { id: 1 } });
    await upsertManufacturingSetup(db, { releasedOrderNos: "FPL-PROD" });
    try {
      // GIVEN a firm planned order and a released order with the same No.
      const order = await newOrder({ refresh: false });
      await db.productionOrder.create({
        data: { status: "RELEASED", no: order.no, sourceType: "ITEM", sourceNo: "1000", creationDate: new Date() },
      });
      const before = await writeState();
      // WHEN the firm planned one is released
      await expectDomainError(
        changeProductionOrderStatus(db, { id: order.id, version: order.version, newStatus: "RELEASED" }, await actorFor("supervisor")),
        "NO_EXISTS",
        `Production order ${order.no} already exists with this status.`,
        "newStatus",
      );
      expect(await writeState()).toEqual(before);
    } finally {
      await upsertManufacturingSetup(db, { releasedOrderNos: setup.releasedOrderNos });
    }
  });
});
