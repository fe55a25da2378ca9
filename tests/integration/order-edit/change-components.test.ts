// Issue 23 item 1, components: change, add and delete on an order up to Released; Expected
// Quantity by RF-3's one formula (expected-quantity.ts); version (X-2) and audit (X-3).
import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { expectedQuantity } from "@/lib/domain/bom/expected-quantity";
import { addComponent } from "@/lib/services/production-orders/edit/add-component";
import { changeComponent } from "@/lib/services/production-orders/edit/change-component";
import { deleteComponent } from "@/lib/services/production-orders/edit/delete-component";
import { changeComponentAction } from "@/lib/actions/order-edit";
import { signInAs } from "../../support/session";
import { actor, componentEdit, expectDomainError, key, lastAudit, orderState, refreshedOrder } from "./helpers";

beforeAll(async () => {
  await signInAs("supervisor");
});

describe("change a component", () => {
  it("RF-3: a new Quantity per and Scrap % give the Expected Quantity of the one formula; X-2 version, X-3 audit", async () => {
    // GIVEN a refreshed order of 2 with components
    const { order, line, components } = await refreshedOrder({ quantity: 2 });
    const c = components[0];
    // WHEN Quantity per becomes 3.5 and Scrap % 10
    const r = await changeComponent(
      db,
      { ...key(order), componentId: c.id, ...componentEdit(c), quantityPer: "3.5", scrapPercent: "10" },
      await actor(),
    );
    // THEN the row has them and Expected Quantity = expectedQuantity(...) (3.5 × 2 × line scrap × 1.1)
    const row = await db.prodOrderComponent.findUniqueOrThrow({ where: { id: c.id } });
    const expected = expectedQuantity({
      quantityPer: "3.5",
      lineQuantity: String(line.quantity),
      lineScrapPercent: String(line.scrapPercent),
      componentScrapPercent: "10",
      calculationFormula: c.calculationFormula,
    });
    expect(String(row.quantityPer)).toBe("3.5");
    expect(String(row.scrapPercent)).toBe("10");
    expect(Number(row.expectedQuantity)).toBe(Number(expected));
    expect(Number(row.remainingQuantity)).toBe(Number(expected));
    expect(r.version).toBe(order.version + 1);
    expect((await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } })).version).toBe(order.version + 1);
    const audit = await lastAudit(order.id);
    expect(audit).toMatchObject({ action: "changeComponent", userEmail: "supervisor@cronus.demo" });
    expect(audit.changes).toMatchObject({
      quantityPer: [String(Number(c.quantityPer)), "3.5"],
      scrapPercent: [String(Number(c.scrapPercent)), "10"],
    });
  });

  it("RF-3: Fixed Quantity ignores the line quantity", async () => {
    // GIVEN a refreshed order of 5
    const { order, components } = await refreshedOrder({ quantity: 5 });
    // WHEN a component becomes Fixed Quantity 4 with no scrap
    await changeComponent(
      db,
      {
        ...key(order),
        componentId: components[0].id,
        ...componentEdit(components[0]),
        quantityPer: "4",
        scrapPercent: "0",
        calculationFormula: "FIXED_QUANTITY",
      },
      await actor(),
    );
    // THEN Expected Quantity is 4
    expect(Number((await db.prodOrderComponent.findUniqueOrThrow({ where: { id: components[0].id } })).expectedQuantity)).toBe(4);
  });

  it("Item No.: a new item brings its Description and base unit; an unknown item, unit or location is refused beside its field, nothing written", async () => {
    // GIVEN a refreshed order and a purchased item that is not its first component
    const { order, components } = await refreshedOrder();
    const c = components[0];
    const other = await db.item.findFirstOrThrow({
      where: { replenishmentSystem: "PURCHASE", blocked: false, no: { not: c.itemNo } },
      orderBy: { no: "asc" },
    });
    // WHEN the component's item becomes that one (the unit left as shown)
    const r = await changeComponent(db, { ...key(order), componentId: c.id, ...componentEdit(c), itemNo: other.no }, await actor());
    // THEN it carries the new item's description and base unit
    expect(await db.prodOrderComponent.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      itemNo: other.no,
      description: other.description,
      unitOfMeasureCode: other.baseUnitOfMeasure,
    });
    // AND bad references are refused beside their field and write nothing
    const before = await orderState(order.id);
    const k = { id: order.id, version: r.version };
    const now = { ...componentEdit(c), itemNo: other.no, unitOfMeasureCode: other.baseUnitOfMeasure };
    await expectDomainError(
      changeComponent(db, { ...k, componentId: c.id, ...now, itemNo: "NOPE" }, await actor()),
      "NOT_FOUND",
      "Item NOPE does not exist.",
      "itemNo",
    );
    await expectDomainError(
      changeComponent(db, { ...k, componentId: c.id, ...now, unitOfMeasureCode: "NOPE" }, await actor()),
      "UOM_NOT_FOUND",
      `Unit of Measure NOPE does not exist for Item ${other.no}.`,
      "unitOfMeasureCode",
    );
    await expectDomainError(
      changeComponent(db, { ...k, componentId: c.id, ...now, locationCode: "NOPE" }, await actor()),
      "NOT_FOUND",
      "Location NOPE does not exist.",
      "locationCode",
    );
    expect(await orderState(order.id)).toBe(before);
  });

  it("X-2 stale version and PO-10 Finished order are refused, nothing written", async () => {
    // GIVEN an order changed since it was read, and a Finished order
    const { order, components } = await refreshedOrder();
    await changeComponent(
      db,
      { ...key(order), componentId: components[0].id, ...componentEdit(components[0]), quantityPer: "2" },
      await actor(),
    );
    const before = await orderState(order.id);
    const finished = await refreshedOrder();
    await db.productionOrder.update({ where: { id: finished.order.id }, data: { status: "FINISHED" } });
    const finishedBefore = await orderState(finished.order.id);
    // WHEN each is changed
    await expectDomainError(
      changeComponent(
        db,
        { ...key(order), componentId: components[0].id, ...componentEdit(components[0]), quantityPer: "7" },
        await actor(),
      ),
      "STALE",
      "The order was changed by someone else. Reload it.",
    );
    await expectDomainError(
      deleteComponent(db, { ...key(finished.order), componentId: finished.components[0].id }, await actor()),
      "ORDER_FINISHED",
      `Production order ${finished.order.no} is Finished and cannot be changed.`,
    );
    // THEN neither changed
    expect(await orderState(order.id)).toBe(before);
    expect(await orderState(finished.order.id)).toBe(finishedBefore);
  });

  it("PO-11: a Quantity per that is no number comes back beside the field (Dutch notation read as Dutch), nothing written", async () => {
    // GIVEN a refreshed order
    const { order, components } = await refreshedOrder();
    const before = await orderState(order.id);
    // WHEN "abc" is posted as Quantity per and 120 as Scrap %
    const result = await changeComponentAction(null, {
      id: String(order.id),
      version: String(order.version),
      componentId: String(components[0].id),
      itemNo: components[0].itemNo,
      quantityPer: "abc",
      unitOfMeasureCode: "",
      scrapPercent: "120",
      calculationFormula: "NONE",
      locationCode: "",
    });
    // THEN the messages stand beside their fields and nothing was written
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { quantityPer: ["Quantity per must be a number."], scrapPercent: ["Scrap % cannot be greater than 100."] },
    });
    expect(await orderState(order.id)).toBe(before);
  });
});

describe("add and delete components", () => {
  it("an added component is numbered after the last, due at the line's start, with RF-3's Expected Quantity; a deleted one is gone", async () => {
    // GIVEN a refreshed order of 3
    const { order, line, components } = await refreshedOrder({ quantity: 3 });
    const item = await db.item.findFirstOrThrow({ where: { replenishmentSystem: "PURCHASE", blocked: false }, orderBy: { no: "desc" } });
    // WHEN a component is added with Quantity per 2
    const added = await addComponent(
      db,
      {
        ...key(order),
        orderLineId: line.id,
        itemNo: item.no,
        quantityPer: "2",
        unitOfMeasureCode: null,
        scrapPercent: "0",
        calculationFormula: "NONE",
        locationCode: null,
      },
      await actor(),
    );
    // THEN it is there: next number, the item's unit, 2 × 3 × line scrap, due at the line's start
    const rows = await db.prodOrderComponent.findMany({ where: { orderLineId: line.id }, orderBy: { lineNo: "asc" } });
    const row = rows.at(-1)!;
    expect(rows).toHaveLength(components.length + 1);
    expect(row).toMatchObject({
      itemNo: item.no,
      lineNo: components.at(-1)!.lineNo + 10000,
      unitOfMeasureCode: item.baseUnitOfMeasure,
      orderId: order.id,
    });
    expect(Number(row.expectedQuantity)).toBe(
      Number(
        expectedQuantity({
          quantityPer: "2",
          lineQuantity: "3",
          lineScrapPercent: String(line.scrapPercent),
          componentScrapPercent: "0",
          calculationFormula: "NONE",
        }),
      ),
    );
    expect(row.dueDateTime).toEqual(line.startingDateTime);
    expect(await lastAudit(order.id)).toMatchObject({ action: "addComponent" });
    // AND WHEN it is deleted
    const deleted = await deleteComponent(db, { id: order.id, version: added.version, componentId: row.id }, await actor());
    // THEN it is gone, the version went up again, and the deletion is audited
    expect(await db.prodOrderComponent.findUnique({ where: { id: row.id } })).toBeNull();
    expect(deleted.version).toBe(order.version + 2);
    expect(await lastAudit(order.id)).toMatchObject({ action: "deleteComponent" });
  });
});
