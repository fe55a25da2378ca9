import { describe, expect, it } from "vitest";
import { familySourceLines, itemSourceLines, mergeSeedLines, salesSourceLines, type OrderSource } from "@/lib/domain/refresh/source-lines";
import { addItem, emptyCatalog } from "./catalog";

const order: OrderSource = { sourceNo: "P", variantCode: "V", routingNo: "R", quantity: "4", dueDate: "2026-12-18", locationCode: "BLUE" };

describe("RF-2 source lines", () => {
  it("Item: one line with the header's quantity, variant, location and routing", () => {
    expect(itemSourceLines(order)).toEqual([
      {
        itemNo: "P",
        variantCode: "V",
        locationCode: "BLUE",
        quantity: "4",
        dueDate: "2026-12-18",
        routingNo: "R",
        planningLevel: 0,
        mergeable: true,
      },
    ]);
  });

  it("Family: quantity = family quantity × order quantity; identical items merge", () => {
    const lines = familySourceLines(
      { ...order, routingNo: null },
      [
        { itemNo: "A", quantity: "1.5" },
        { itemNo: "B", quantity: "2" },
        { itemNo: "A", quantity: "1" },
      ],
      "FAM",
    );
    expect(lines.map((l) => [l.itemNo, l.quantity, l.routingNo])).toEqual([
      ["A", "10", "FAM"],
      ["B", "8", "FAM"],
    ]);
  });

  it("Sales: Outstanding − Reserved of produced items; skips reserved, purchased and non-item lines; never merges", () => {
    const cat = emptyCatalog();
    addItem(cat, "M", { replenishment: "PROD_ORDER", routingNo: "RM" });
    addItem(cat, "B");
    const line = { type: "ITEM" as const, variantCode: "", reservedQuantity: "0", locationCode: "RED", shipmentDate: "2026-12-15" };
    const seeds = salesSourceLines(
      order,
      [
        { ...line, itemNo: "M", outstandingQuantity: "10", reservedQuantity: "3.5" },
        { ...line, itemNo: "M", outstandingQuantity: "5", reservedQuantity: "5" },
        { ...line, itemNo: "M", outstandingQuantity: "1", reservedQuantity: "2" },
        { ...line, itemNo: "B", outstandingQuantity: "7" },
        { ...line, type: "RESOURCE", itemNo: null, outstandingQuantity: "2" },
        { ...line, itemNo: "M", outstandingQuantity: "2", shipmentDate: null, locationCode: null },
      ],
      cat,
    );
    expect(seeds.map((s) => [s.itemNo, s.quantity, s.locationCode, s.dueDate, s.routingNo, s.mergeable])).toEqual([
      ["M", "6.5", "RED", "2026-12-15", "RM", false],
      ["M", "2", null, "2026-12-18", "RM", false],
    ]);
    expect(mergeSeedLines(seeds)).toHaveLength(2);
  });
});
