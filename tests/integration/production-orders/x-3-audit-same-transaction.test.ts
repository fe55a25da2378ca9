// Covers X-3 (the audit entry of a create, an edit and a delete is written in the same
// transaction as the change: when the audit insert fails, the change is rolled back too) and
// NS-8 (a rolled-back create gives its number back). A trigger in this file's throw-away
// database refuses chosen audit inserts — the real database does the failing, nothing is mocked.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createProductionOrder } from "@/lib/services/production-orders/create-production-order";
import { deleteProductionOrder } from "@/lib/services/production-orders/delete-production-order";
import { updateProductionOrder } from "@/lib/services/production-orders/update-production-order";
import { actorFor, createInput, isoOf, lastNoUsed, writeState } from "./helpers";

const FAIL_QUANTITY = 777.77;

beforeAll(async () => {
  await db.$executeRawUnsafe(`CREATE TABLE test_audit_block (order_id int PRIMARY KEY)`);
  await db.$executeRawUnsafe(`
    CREATE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF (NEW.changes ->> 'quantity') = '${FAIL_QUANTITY}' OR NEW."orderId" IN (SELECT order_id FROM test_audit_block) THEN
        RAISE EXCEPTION 'audit insert refused by the test';
      END IF;
      RETURN NEW;
    END $$`);
  await db.$executeRawUnsafe(
    `CREATE TRIGGER test_refuse_audit BEFORE INSERT ON "AuditEntry" FOR EACH ROW EXECUTE FUNCTION test_refuse_audit()`,
  );
});

const blockAuditOf = (orderId: number) => db.$executeRaw`INSERT INTO test_audit_block VALUES (${orderId})`;

async function newOrder() {
  const { id } = await createProductionOrder(db, createInput({ quantity: 2 }), await actorFor());
  return db.productionOrder.findUniqueOrThrow({ where: { id } });
}

describe("X-3 audit entry and change share one transaction", () => {
  it.each([
    ["a numbered create", ""],
    ["a create with a manual No.", "AUD-1"],
  ])("%s whose audit insert fails leaves no order, no audit entry and the number unused", async (_case, no) => {
    // GIVEN the database as it is and FPL-PROD's last number
    const before = await writeState();
    const last = await lastNoUsed("FPL-PROD");
    // WHEN an order is created whose audit entry the database refuses
    await expect(createProductionOrder(db, createInput({ no, quantity: FAIL_QUANTITY }), await actorFor())).rejects.toThrow();
    // THEN nothing was written and the number was given back
    expect(await writeState()).toEqual(before);
    expect(await lastNoUsed("FPL-PROD")).toBe(last);
  });

  it("an edit whose audit insert fails leaves the order as it was", async () => {
    // GIVEN an order whose audit entries the database will refuse from now on
    const order = await newOrder();
    await blockAuditOf(order.id);
    const before = await writeState();
    // WHEN it is edited
    const edit = updateProductionOrder(
      db,
      {
        id: order.id,
        version: order.version,
        description: "changed",
        description2: "",
        sourceType: "ITEM",
        sourceNo: "1000",
        variantCode: "",
        quantity: 5,
        dueDate: isoOf(order.dueDate) ?? undefined,
        locationCode: "",
      },
      await actorFor(),
    );
    // THEN it fails and the row (quantity, description, version) is unchanged
    await expect(edit).rejects.toThrow();
    expect(await writeState()).toEqual(before);
  });

  it("a delete whose audit insert fails leaves the order in place", async () => {
    const order = await newOrder();
    await blockAuditOf(order.id);
    const before = await writeState();
    await expect(deleteProductionOrder(db, { id: order.id, version: order.version }, await actorFor("planner"))).rejects.toThrow();
    expect(await writeState()).toEqual(before);
    expect(await db.productionOrder.findUnique({ where: { id: order.id } })).not.toBeNull();
  });
});
