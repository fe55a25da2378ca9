import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { refreshProductionOrder } from "@/lib/services/production-orders/refresh-production-order";
import { makeItem, makeProductionBom } from "../../factories";
import { linesOf, makeOrder } from "./helpers";

/** A make-to-order produced item with a BOM of the given lines. */
async function mto(lines: { no: string; quantityPer: number }[]) {
  const bom = await makeProductionBom(db, { lines });
  return makeItem(db, { replenishmentSystem: "PROD_ORDER", manufacturingPolicy: "MAKE_TO_ORDER", productionBomNo: bom.no });
}

describe("RF-4 multi-level make-to-order", () => {
  it("demo 1001: the make-to-order frame 1950 becomes a level-1 line due when the bicycle line starts", async () => {
    // GIVEN an order for 2 Touring Bicycles 1001 (make-to-order) whose BOM holds frame 1950 (make-to-order)
    const order = await makeOrder({ sourceNo: "1001", routingNo: "1001", locationCode: "BLUE", quantity: 2, dueDate: "2026-12-18" });
    // WHEN refreshed
    await refreshProductionOrder({ orderId: order.id }, null);
    // THEN line 2 is 2 frames at Planning Level 1, due on the component's due date, ending before the bicycle starts
    const [bike, frame] = await linesOf(order.id);
    expect(frame).toMatchObject({ itemNo: "1950", planningLevelCode: 1, locationCode: "BLUE", routingNo: "1950" });
    expect(frame.quantity.toString()).toBe("2");
    const component = bike.components.find((c) => c.itemNo === "1950")!;
    expect(component.suppliedByLineNo).toBe(frame.lineNo);
    expect(frame.dueDate).toEqual(component.dueDate);
    expect(frame.endingDateTime!.getTime()).toBeLessThanOrEqual(component.dueDateTime!.getTime());
    // AND the frame's own components (1960, 1980, 1970) are exploded on its line
    expect(frame.components.map((c) => c.itemNo).sort()).toEqual(["1960", "1970", "1980"]);
  });

  it("identical subassembly demand from two parents collapses into one line (summed)", async () => {
    // GIVEN top T → P1 ×1 and P2 ×1; P1 → S ×2; P2 → S ×3 (all make-to-order)
    const leaf = await makeItem(db);
    const s = await mto([{ no: leaf.no, quantityPer: 1 }]);
    const p1 = await mto([{ no: s.no, quantityPer: 2 }]);
    const p2 = await mto([{ no: s.no, quantityPer: 3 }]);
    const top = await mto([
      { no: p1.no, quantityPer: 1 },
      { no: p2.no, quantityPer: 1 },
    ]);
    const order = await makeOrder({ sourceNo: top.no, quantity: 10 });
    // WHEN refreshed
    await refreshProductionOrder({ orderId: order.id }, null);
    // THEN one line for S: 20 + 30 = 50, on level 2; its components are exploded for 50
    const lines = await linesOf(order.id);
    expect(lines.map((l) => [l.itemNo, l.planningLevelCode, l.quantity.toString()])).toEqual([
      [top.no, 0, "10"],
      [p1.no, 1, "10"],
      [p2.no, 1, "10"],
      [s.no, 2, "50"],
    ]);
    expect(lines[3].components[0].expectedQuantity.toString()).toBe("50");
  });

  it("a subassembly needed on two levels becomes one line on the deeper level", async () => {
    // GIVEN top T → S ×2 and Q ×1; Q → S ×3 (S needed on level 1 and level 2)
    const leaf = await makeItem(db);
    const s = await mto([{ no: leaf.no, quantityPer: 1 }]);
    const q = await mto([{ no: s.no, quantityPer: 3 }]);
    const top = await mto([
      { no: s.no, quantityPer: 2 },
      { no: q.no, quantityPer: 1 },
    ]);
    const order = await makeOrder({ sourceNo: top.no, quantity: 1 });
    // WHEN refreshed
    await refreshProductionOrder({ orderId: order.id }, null);
    // THEN S appears once, level 2, quantity 2 + 3
    const lines = await linesOf(order.id);
    const sLines = lines.filter((l) => l.itemNo === s.no);
    expect(sLines.map((l) => [l.planningLevelCode, l.quantity.toString()])).toEqual([[2, "5"]]);
    const topComponents = lines[0].components.filter((c) => c.itemNo === s.no);
    expect(topComponents[0].suppliedByLineNo).toBe(sLines[0].lineNo);
  });

  it("a make-to-stock parent does not create lines for its make-to-order components", async () => {
    const leaf = await makeItem(db);
    const s = await mto([{ no: leaf.no, quantityPer: 1 }]);
    const bom = await makeProductionBom(db, { lines: [{ no: s.no, quantityPer: 1 }] });
    const top = await makeItem(db, { replenishmentSystem: "PROD_ORDER", productionBomNo: bom.no });
    const order = await makeOrder({ sourceNo: top.no, quantity: 1 });
    await refreshProductionOrder({ orderId: order.id }, null);
    expect((await linesOf(order.id)).map((l) => l.itemNo)).toEqual([top.no]);
  });
});
