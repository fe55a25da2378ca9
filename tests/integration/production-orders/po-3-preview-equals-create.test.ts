// PO-3 … PO-8, "What the order will get": the create form's preview runs the create's own code
// (resolve, insert, refresh) and rolls it back, so it shows exactly the dates and quantity the
// order then gets, and writes nothing (no row, no audit entry, no number drawn). PO-6/RF-2: a
// Sales Header order's Quantity is what its lines build, whatever was typed. PO-3: a blank Due Date becomes today, and an order
// that would start before now is flagged.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createProductionOrder } from "@/lib/services/production-orders/create-production-order";
import { previewProductionOrder } from "@/lib/services/production-orders/preview-production-order";
import { actorFor, createInput, expectDomainError, isoOf, todayIso, writeState } from "./helpers";

const created = async (input: ReturnType<typeof createInput>) => {
  const { id } = await createProductionOrder(db, input, await actorFor("planner"));
  const order = await db.productionOrder.findUniqueOrThrow({ where: { id }, include: { lines: true } });
  return order;
};

/** What the top-level lines build (RF-4's subassembly lines are for the components). */
const topLevel = (lines: { quantity: unknown; planningLevelCode: number }[]) =>
  lines.filter((l) => l.planningLevelCode === 0).reduce((s, l) => s + Number(l.quantity), 0);

describe("PO-3 the preview shows what the created order gets", () => {
  it.each([
    [
      "an item with a routing, refreshed (backward from 16:00 through the shop calendar)",
      { sourceType: "ITEM" as const, sourceNo: "1000", quantity: 7, dueDate: "2027-03-15", locationCode: "BLUE", refresh: true },
    ],
    [
      "the same item without refresh (PO-3's header dates)",
      { sourceType: "ITEM" as const, sourceNo: "1000", quantity: 7, dueDate: "2027-03-15", locationCode: "BLUE", refresh: false },
    ],
    [
      "a family, refreshed",
      { sourceType: "FAMILY" as const, sourceNo: "WHEELS", quantity: 3, dueDate: "2027-02-01", locationCode: "", refresh: true },
    ],
    [
      "a sales order, refreshed",
      {
        sourceType: "SALES_HEADER" as const,
        sourceNo: "SO-1002",
        quantity: undefined,
        dueDate: undefined,
        locationCode: "",
        refresh: true,
      },
    ],
  ])("%s", async (_case, over) => {
    // GIVEN the create form's input
    const input = createInput(over);
    const before = await writeState();
    // WHEN the preview runs
    const preview = await previewProductionOrder(db, input, await actorFor("planner"));
    // THEN nothing was written: no order, no audit entry, no number drawn
    expect(await writeState()).toEqual(before);
    // WHEN the order is created from the same input
    const order = await created(input);
    // THEN it got exactly what the preview showed
    expect(preview.startingDateTime).toEqual(order.startingDateTime);
    expect(preview.endingDateTime).toEqual(order.endingDateTime);
    expect(preview.dueDate).toBe(isoOf(order.dueDate));
    expect(preview.startingDate).toBe(isoOf(order.startingDateTime));
    expect(preview.endingDate).toBe(isoOf(order.endingDateTime));
    expect(String(preview.quantity)).toBe(String(Number(order.quantity)));
    expect(preview).toMatchObject({
      description: order.description,
      routingNo: order.routingNo,
      locationCode: order.locationCode,
      lines: order.lines.length,
    });
  });

  it("a refreshed order starts earlier than the header-only dates (the preview used to show the latter)", async () => {
    // GIVEN item 1000 due Monday 2027-03-15 at BLUE
    const input = { sourceType: "ITEM" as const, sourceNo: "1000", quantity: 7, dueDate: "2027-03-15", locationCode: "BLUE" };
    // WHEN previewed with and without refresh
    const actor = await actorFor("planner");
    const refreshed = await previewProductionOrder(db, createInput({ ...input, refresh: true }), actor);
    const plain = await previewProductionOrder(db, createInput({ ...input, refresh: false }), actor);
    // THEN the routing's schedule, not the header's Normal Starting Time, gives the start
    expect(refreshed.startingDateTime).not.toEqual(plain.startingDateTime);
    expect(refreshed.lines).toBe(1);
  });

  it("a refusal of the create is the preview's refusal (same message, same field), and nothing is written", async () => {
    // GIVEN a source that does not exist
    const before = await writeState();
    // WHEN previewed / THEN the create's message beside Source No.
    await expectDomainError(
      previewProductionOrder(db, createInput({ sourceNo: "NOPE", refresh: true }), await actorFor()),
      "SOURCE_NOT_FOUND",
      "Item NOPE does not exist.",
      "sourceNo",
    );
    expect(await writeState()).toEqual(before);
  });
});

describe("PO-6/RF-2 a Sales Header order builds its sales lines' quantities", () => {
  it("a typed Quantity does not change what the order builds: header Quantity = the lines' total, in preview and order", async () => {
    // GIVEN demo SO-1002 (produced lines need 5−2 + 6 = 9) and a planner who typed 5 anyway (an old form, the API)
    const input = createInput({ sourceType: "SALES_HEADER", sourceNo: "SO-1002", quantity: 5, refresh: true });
    // WHEN previewed and created
    const preview = await previewProductionOrder(db, input, await actorFor());
    const order = await created(input);
    // THEN both say 9, and the lines build 9
    expect(preview.quantity).toBe(9);
    expect(Number(order.quantity)).toBe(9);
    expect(topLevel(order.lines)).toBe(9);
  });

  it("without Quantity the header's Quantity is the sum of what its lines build", async () => {
    const order = await created(createInput({ sourceType: "SALES_HEADER", sourceNo: "SO-1002", quantity: undefined, refresh: true }));
    const lineSum = topLevel(order.lines);
    expect(Number(order.quantity)).toBe(9);
    expect(lineSum).toBe(9);
  });
});

describe("PO-3 a blank Due Date becomes today, and a start in the past is flagged", () => {
  it("blank Due Date: the preview says it is today's and that the order would start before now", async () => {
    // GIVEN item 1000 at BLUE (its routing takes hours) with no Due Date
    // WHEN previewed with refresh
    const preview = await previewProductionOrder(
      db,
      createInput({ sourceNo: "1000", quantity: 7, locationCode: "BLUE", dueDate: undefined, refresh: true }),
      await actorFor(),
    );
    // THEN Due Date = today, flagged as defaulted, and the start lies in the past
    expect(preview.dueDate).toBe(todayIso());
    expect(preview.dueDateDefaulted).toBe(true);
    expect(preview.startsInPast).toBe(true);
  });

  it("a Due Date far ahead: no flags", async () => {
    const preview = await previewProductionOrder(
      db,
      createInput({ sourceNo: "1000", quantity: 7, locationCode: "BLUE", dueDate: "2027-03-15", refresh: true }),
      await actorFor(),
    );
    expect(preview).toMatchObject({ dueDateDefaulted: false, startsInPast: false });
  });
});
