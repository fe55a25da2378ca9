// the audit entry of a status change and of a replan is written in the same transaction as
// the change: when the database refuses the audit insert, the change (and its number) is gone too.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeProductionOrderStatus } from "@/lib/services/production-orders/change-status";
import { replanProductionOrder } from "@/lib/services/production-orders/replan";
import { makeTwoLevelProduct } from "../replan/support";
import { actorFor, lastNoUsed, newOrder, writeState } from "./support";

beforeAll(async () => {
  await db.$executeRawUnsafe(`
    CREATE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.action IN ('changeStatus', 'replan') AND NEW."userEmail" = 'admin@cronus.demo' THEN
        RAISE EXCEPTION 'audit insert refused by the test';
      END IF;
      RETURN NEW;
    END $$`);
  await db.$executeRawUnsafe(
    `CREATE TRIGGER test_refuse_audit BEFORE INSERT ON "AuditEntry" FOR EACH ROW EXECUTE FUNCTION test_refuse_audit()`,
  );
});

describe("X-3 audit entry and change share one transaction", () => {
  it("a renumbering status change whose audit insert fails leaves the order and REL-PROD as they were", async () => {
    const order = await newOrder();
    const before = await writeState();
    const last = await lastNoUsed("REL-PROD");
    await expect(
      changeProductionOrderStatus(db, { id: order.id, version: order.version, newStatus: "RELEASED" }, await actorFor("admin")),
    ).rejects.toThrow();
    expect(await writeState()).toEqual(before);
    expect(await lastNoUsed("REL-PROD")).toBe(last);
  });

  it("a replan whose audit insert fails creates, deletes and reschedules nothing", async () => {
    const t = await makeTwoLevelProduct();
    const order = await newOrder({ sourceNo: t.p, quantity: 3 });
    await replanProductionOrder(
      db,
      { id: order.id, version: order.version, direction: "BACK", plan: "ONE_LEVEL" },
      await actorFor("supervisor"),
    );
    const { version } = await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
    const before = await writeState();
    const last = await lastNoUsed("FPL-PROD");
    await expect(
      replanProductionOrder(db, { id: order.id, version, direction: "FORWARD", plan: "ALL_LEVELS" }, await actorFor("admin")),
    ).rejects.toThrow();
    expect(await writeState()).toEqual(before);
    expect(await lastNoUsed("FPL-PROD")).toBe(last);
  });
});
