// Covers PO-10 (Last Date Modified = today on every change; No. cannot be renamed; a Finished
// order cannot be changed; Source Type/No. cannot change on a Released order with recorded
// output), PO-8 (a Quantity change recalculates Cost Amount, not the lines: the user is told to
// refresh when lines exist), PO-4 (a new source copies its data again), X-2 (a stale version is
// refused with the exact message and nothing is written), X-3 (the edit audit entry).
import "../../support/next-mocks";
import { beforeAll, describe, expect, it } from "vitest";
import { updateProductionOrderAction } from "@/lib/actions/production-orders";
import { db } from "@/lib/db";
import { createProductionOrder } from "@/lib/services/production-orders/create-production-order";
import { updateProductionOrder } from "@/lib/services/production-orders/update-production-order";
import type { UpdateProductionOrderInput } from "@/lib/validation/production-order";
import { makeItem } from "../../factories";
import { signInAs } from "../../support/session";
import { actorFor, createInput, expectDomainError, formOf, isoOf, todayIso, writeState } from "./helpers";
import { renderMessage } from "@/lib/i18n/domain-message";

const STALE = "The order was changed by someone else. Reload it.";
const REFRESH_NOTICE = "The order's lines were not recalculated. Refresh the order to update its lines, components and routings.";

beforeAll(async () => {
  await signInAs("planner");
});

async function newOrder(over: Parameters<typeof createInput>[0] = {}) {
  const { id } = await createProductionOrder(db, createInput(over), await actorFor());
  return db.productionOrder.findUniqueOrThrow({ where: { id } });
}

type Order = Awaited<ReturnType<typeof newOrder>>;

/** The edit form as the card page fills it from the order it read. */
function editOf(order: Order, over: Partial<UpdateProductionOrderInput> = {}): UpdateProductionOrderInput {
  return {
    id: order.id,
    version: order.version,
    description: order.description,
    description2: order.description2,
    sourceType: order.sourceType,
    sourceNo: order.sourceNo,
    variantCode: order.variantCode,
    quantity: Number(order.quantity),
    dueDate: isoOf(order.dueDate) ?? undefined,
    locationCode: order.locationCode ?? "",
    ...over,
  };
}

const update = async (input: UpdateProductionOrderInput) => updateProductionOrder(db, input, await actorFor());
// Released orders belong to the shop floor: supervisors change them.
const updateAsSupervisor = async (input: UpdateProductionOrderInput) => updateProductionOrder(db, input, await actorFor("supervisor"));
const reread = (id: number) => db.productionOrder.findUniqueOrThrow({ where: { id } });

async function addLine(order: Order, finishedQuantity = 0, planningLevelCode = 0) {
  const n = await db.prodOrderLine.count({ where: { orderId: order.id } });
  await db.prodOrderLine.create({
    data: {
      orderId: order.id,
      lineNo: (n + 1) * 10000,
      itemNo: order.sourceNo,
      quantity: order.quantity,
      finishedQuantity,
      unitOfMeasureCode: "PCS",
      planningLevelCode,
    },
  });
}

describe("PO-10 edit an order", () => {
  it("Last Date Modified becomes today, the version goes up, X-3 an edit audit entry with the changes", async () => {
    // GIVEN an order last modified long ago
    const order = await newOrder({ quantity: 2 });
    await db.productionOrder.update({ where: { id: order.id }, data: { lastDateModified: new Date("2026-01-02T00:00:00Z") } });
    // WHEN its description is changed
    const result = await update(editOf(order, { description: "Bicycle for the fair" }));
    // THEN the row has it, today's date, the next version, and an audit entry
    const row = await reread(order.id);
    expect(result).toEqual({ id: order.id, version: order.version + 1, notices: [] });
    expect(row).toMatchObject({ description: "Bicycle for the fair", version: order.version + 1, no: order.no });
    expect(isoOf(row.lastDateModified)).toBe(todayIso());
    const audit = await db.auditEntry.findFirstOrThrow({ where: { orderId: order.id, action: "edit" } });
    expect(audit).toMatchObject({
      entityKey: order.no,
      oldNo: order.no,
      newNo: order.no,
      oldStatus: "FIRM_PLANNED",
      userEmail: "planner@cronus.demo",
    });
    // Only what changed: the quantity typed (2) equals the stored Decimal, Last Date Modified is bookkeeping.
    expect(audit.changes).toEqual({ description: ["Bicycle", "Bicycle for the fair"] });
  });

  it("No. never changes: a 'no' field posted to the action is ignored", async () => {
    // GIVEN an order
    const order = await newOrder();
    // WHEN the edit form is posted with an extra no=HACKED
    const e = editOf(order, { quantity: 3 });
    const result = await updateProductionOrderAction(
      null,
      formOf({
        id: String(e.id),
        version: String(e.version),
        description: e.description,
        description2: e.description2,
        sourceType: e.sourceType,
        sourceNo: e.sourceNo,
        variantCode: e.variantCode,
        quantity: "3",
        dueDate: e.dueDate,
        locationCode: e.locationCode,
        no: "HACKED",
        status: "RELEASED",
      }),
    );
    // THEN the edit is saved and No. and Status are what they were
    expect(result).toMatchObject({ ok: true });
    expect(await reread(order.id)).toMatchObject({ no: order.no, status: "FIRM_PLANNED", version: order.version + 1 });
    expect(await db.productionOrder.count({ where: { no: "HACKED" } })).toBe(0);
  });

  it("PO-8 a Quantity change recalculates Cost Amount (exactly, 3 × 1.005 = 3.02) and asks for a refresh when lines exist", async () => {
    // GIVEN an order of 1 for an item costing 1.005, with one line
    const item = await makeItem(db, { unitCost: "1.005" });
    const order = await newOrder({ sourceNo: item.no, quantity: 1 });
    await addLine(order);
    // WHEN the quantity becomes 3
    const result = await update(editOf(order, { quantity: 3 }));
    // THEN Cost Amount follows, the line does not, and the notice says to refresh
    const row = await reread(order.id);
    expect(String(row.quantity)).toBe("3");
    expect(String(row.costAmount)).toBe("3.02");
    expect(String((await db.prodOrderLine.findFirstOrThrow({ where: { orderId: order.id } })).quantity)).toBe("1");
    expect(result.notices.map((n) => renderMessage(n))).toEqual([REFRESH_NOTICE]);
  });

  it("PO-8 without lines a Quantity change needs no refresh notice", async () => {
    const order = await newOrder({ quantity: 1 });
    const result = await update(editOf(order, { quantity: 4 }));
    expect(result.notices).toEqual([]);
    expect(String((await reread(order.id)).costAmount)).toBe("1400");
  });

  it("PO-4 a new Source No. copies the new item's data again", async () => {
    // GIVEN an order for 1000
    const order = await newOrder({ quantity: 2 });
    // WHEN its Source No. becomes 1100 at RED
    await update(editOf(order, { sourceNo: "1100", locationCode: "RED" }));
    // THEN description, routing (the SKU's), unit cost and cost amount are 1100's
    const row = await reread(order.id);
    expect(row).toMatchObject({ sourceNo: "1100", description: "Front Wheel", routingNo: "1100-RED", locationCode: "RED" });
    expect(String(row.costAmount)).toBe("90");
  });

  it("a Finished order cannot be changed: refused, nothing written", async () => {
    // GIVEN a Finished order
    const order = await newOrder();
    await db.productionOrder.update({ where: { id: order.id }, data: { status: "FINISHED" } });
    const before = await writeState();
    // WHEN edited / THEN refused with the message and nothing written
    await expectDomainError(
      update(editOf(order, { quantity: 7 })),
      "ORDER_FINISHED",
      `Production order ${order.no} is Finished and cannot be changed.`,
    );
    expect(await writeState()).toEqual(before);
  });

  it("Source Type/No. cannot change on a Released order with recorded output; other fields still can", async () => {
    // GIVEN a Released order whose line has output
    const order = await newOrder({ quantity: 5 });
    await db.productionOrder.update({ where: { id: order.id }, data: { status: "RELEASED" } });
    await addLine(order, 2);
    const before = await writeState();
    // WHEN its Source No. (or Source Type) is changed
    await expectDomainError(
      updateAsSupervisor(editOf(order, { sourceNo: "1100" })),
      "SOURCE_LOCKED",
      "Source Type and Source No. cannot be changed on a released order that has recorded output.",
      "sourceNo",
    );
    await expectDomainError(
      updateAsSupervisor(editOf(order, { sourceType: "FAMILY", sourceNo: "WHEELS" })),
      "SOURCE_LOCKED",
      "Source Type and Source No. cannot be changed on a released order that has recorded output.",
      "sourceNo",
    );
    // THEN nothing was written; a quantity change alone is accepted
    expect(await writeState()).toEqual(before);
    await updateAsSupervisor(editOf(order, { quantity: 6 }));
    expect(String((await reread(order.id)).quantity)).toBe("6");
  });

  it("X-1 a planner may not change a Released order", async () => {
    const order = await newOrder({ quantity: 5 });
    await db.productionOrder.update({ where: { id: order.id }, data: { status: "RELEASED" } });
    const before = await writeState();
    await expectDomainError(
      update(editOf(order, { quantity: 6 })),
      "PLANNER_CANNOT_EDIT",
      `Planners cannot change released production order ${order.no}.`,
    );
    expect(await writeState()).toEqual(before);
  });

  it("a Released order WITHOUT output may change its source", async () => {
    const order = await newOrder();
    await db.productionOrder.update({ where: { id: order.id }, data: { status: "RELEASED" } });
    await addLine(order, 0);
    await updateAsSupervisor(editOf(order, { sourceNo: "1200" }));
    expect(await reread(order.id)).toMatchObject({ sourceNo: "1200", description: "Back Wheel" });
  });
});

describe("X-2 stale version", () => {
  it("an edit carrying an old version is refused with the exact message and nothing is written", async () => {
    // GIVEN an order read by two users; the first saves
    const order = await newOrder({ quantity: 1 });
    await update(editOf(order, { quantity: 2 }));
    const before = await writeState();
    // WHEN the second saves with the version it read
    await expectDomainError(update(editOf(order, { quantity: 9, description: "Mine" })), "STALE", STALE);
    // THEN the first user's edit stands and nothing else was written
    expect(await writeState()).toEqual(before);
    expect(String((await reread(order.id)).quantity)).toBe("2");
  });

  it("through the action the stale message comes back as the form message", async () => {
    const order = await newOrder();
    await update(editOf(order, { quantity: 2 }));
    const e = editOf(order, { quantity: 5 });
    const result = await updateProductionOrderAction(null, { ...e, dueDate: e.dueDate ?? "" });
    expect(result).toEqual({ ok: false, code: "STALE", message: STALE, fieldErrors: {}, params: {} });
  });
});
