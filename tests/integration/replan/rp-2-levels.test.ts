// RP-2: One Level / All Levels delete what an earlier replan of the order created, then create
// an order in the same status for every produced component short on its due date — for the
// shortage, due that day, Low-Level Code + 1, Replan Ref. No./Status = the replanned order,
// numbered from the status's series and refreshed. All Levels recurses; One Level does not.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { replanProductionOrder } from "@/lib/services/production-orders/replan";
import { updateProductionOrder } from "@/lib/services/production-orders/update-production-order";
import { makeInventory } from "../../factories";
import { actorFor, isoOf, lastNoUsed, newOrder } from "../change-status/support";
import { makeTwoLevelProduct, replanChildren } from "./support";

const replan = async (o: { id: number }, plan: "ONE_LEVEL" | "ALL_LEVELS") => {
  const { version } = await db.productionOrder.findUniqueOrThrow({ where: { id: o.id } });
  return replanProductionOrder(db, { id: o.id, version, direction: "BACK", plan }, await actorFor("supervisor"));
};

describe("RP-2 One Level", () => {
  it("creates a refreshed firm planned order for the short component C, and none for D below it", async () => {
    // GIVEN a firm planned order for 10 P (lines P and S; S needs 20 C; no C in stock)
    const t = await makeTwoLevelProduct();
    const order = await newOrder({ sourceNo: t.p, quantity: 10 });
    const fplBefore = await lastNoUsed("FPL-PROD");
    // WHEN replanned with One Level
    const r = await replan(order, "ONE_LEVEL");
    // THEN one new order: 20 C, Firm Planned, level 1, referring to the order, numbered from FPL-PROD
    const kids = await replanChildren(order);
    expect(kids.map((k) => [k.sourceNo, k.quantity.toString(), k.status, k.lowLevelCode, k.replanRefStatus])).toEqual([
      [t.c, "20", "FIRM_PLANNED", 1, "FIRM_PLANNED"],
    ]);
    expect(kids[0].no).toBe(String(Number(fplBefore) + 1));
    expect(kids[0].noSeries).toBe("FPL-PROD");
    // AND due on the component's due date, refreshed (its own line and components)
    const comp = await db.prodOrderComponent.findFirstOrThrow({ where: { orderId: order.id, itemNo: t.c } });
    expect(isoOf(kids[0].dueDate)).toBe(isoOf(comp.dueDate));
    expect(kids[0].lines.map((l) => [l.itemNo, l.quantity.toString()])).toEqual([[t.c, "20"]]);
    expect(await db.prodOrderComponent.count({ where: { orderId: kids[0].id } })).toBe(2);
    // AND the result lists it; audit: a create entry for it and a replan entry on the order
    expect(r.created).toEqual([expect.objectContaining({ id: kids[0].id, no: kids[0].no, itemNo: t.c, quantity: "20", lowLevelCode: 1 })]);
    expect(await db.auditEntry.count({ where: { orderId: kids[0].id, action: "create", newNo: kids[0].no } })).toBe(1);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { orderId: order.id, action: "replan" } });
    expect(entry.changes).toMatchObject({ plan: "ONE_LEVEL", created: [kids[0].no], deleted: [] });
  });

  it("stock on hand at the location reduces the new order to the shortage", async () => {
    const t = await makeTwoLevelProduct();
    await makeInventory(db, { itemNo: t.c, locationCode: "BLUE", quantity: 5 });
    await makeInventory(db, { itemNo: t.c, locationCode: "RED", quantity: 100 }); // another location does not count
    const order = await newOrder({ sourceNo: t.p, quantity: 10 });
    await replan(order, "ONE_LEVEL");
    expect((await replanChildren(order)).map((k) => k.quantity.toString())).toEqual(["15"]);
  });

  it("replanning again replaces the earlier new orders instead of adding to them", async () => {
    const t = await makeTwoLevelProduct();
    const order = await newOrder({ sourceNo: t.p, quantity: 10 });
    await replan(order, "ONE_LEVEL");
    const [first] = await replanChildren(order);
    const r = await replan(order, "ONE_LEVEL");
    const kids = await replanChildren(order);
    expect(kids).toHaveLength(1);
    expect(kids[0].id).not.toBe(first.id);
    expect(await db.productionOrder.findUnique({ where: { id: first.id } })).toBeNull();
    expect(r.deleted.map((d) => d.no)).toEqual([first.no]);
    expect(await db.auditEntry.count({ where: { orderId: first.id, action: "delete" } })).toBe(1);
  });
});

describe("RP-2 All Levels", () => {
  it("recurses: C at level 1 and D at level 2, both referring to the replanned order", async () => {
    const t = await makeTwoLevelProduct();
    const order = await newOrder({ sourceNo: t.p, quantity: 10 });
    const fplBefore = Number(await lastNoUsed("FPL-PROD"));
    const r = await replan(order, "ALL_LEVELS");
    const kids = await replanChildren(order);
    expect(kids.map((k) => [k.sourceNo, k.quantity.toString(), k.lowLevelCode])).toEqual([
      [t.c, "20", 1],
      [t.d, "20", 2],
    ]);
    // numbered in one statement, each its own number from the series
    expect(kids.map((k) => k.no)).toEqual([String(fplBefore + 1), String(fplBefore + 2)]);
    expect(r.created.map((c) => c.itemNo)).toEqual([t.c, t.d]);
    // D is due when C's order needs it
    const dComp = await db.prodOrderComponent.findFirstOrThrow({ where: { orderId: kids[0].id, itemNo: t.d } });
    expect(isoOf(kids[1].dueDate)).toBe(isoOf(dComp.dueDate));
  });

  it("after reducing the parent quantity, the child line (not reserved) and the lowest-level order shrink", async () => {
    // GIVEN 10 P replanned on all levels: S line 10, C order 20, D order 20
    const t = await makeTwoLevelProduct();
    const order = await newOrder({ sourceNo: t.p, quantity: 10 });
    await replan(order, "ALL_LEVELS");
    // WHEN the planner reduces the order to 4 and a supervisor replans on all levels again
    const current = await db.productionOrder.findUniqueOrThrow({ where: { id: order.id } });
    await updateProductionOrder(
      db,
      {
        id: order.id,
        version: current.version,
        description: current.description,
        description2: "",
        sourceType: "ITEM",
        sourceNo: t.p,
        variantCode: "",
        quantity: 4,
        dueDate: isoOf(current.dueDate) ?? undefined,
        locationCode: "BLUE",
      },
      await actorFor("planner"),
    );
    await replan(order, "ALL_LEVELS");
    // THEN the S line is 4, and the new C and D orders are 8 each (the old ones are gone)
    const lines = await db.prodOrderLine.findMany({ where: { orderId: order.id }, orderBy: { lineNo: "asc" } });
    expect(lines.map((l) => [l.itemNo, l.planningLevelCode, l.quantity.toString()])).toEqual([
      [t.p, 0, "4"],
      [t.s, 1, "4"],
    ]);
    const kids = await replanChildren(order);
    expect(kids.map((k) => [k.sourceNo, k.quantity.toString(), k.lowLevelCode])).toEqual([
      [t.c, "8", 1],
      [t.d, "8", 2],
    ]);
    expect(kids[1].lines.map((l) => l.quantity.toString())).toEqual(["8"]);
    expect(await db.productionOrder.count({ where: { sourceNo: { in: [t.c, t.d] } } })).toBe(2);
  });
});
