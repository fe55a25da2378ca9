import { describe, expect, it } from "vitest";
import { calculateRefresh, type PlanSeed } from "@/lib/domain/refresh/calculate-refresh";
import type { RefreshOptions } from "@/lib/domain/refresh/plan-types";
import { addBom, addItem, addRouting, addWorkCenter, emptyCatalog } from "./catalog";

const ALL: RefreshOptions = { direction: "BACK", calcLines: true, calcRoutings: true, calcComponents: true };
const seed = (itemNo: string, quantity = "1", extra: Partial<PlanSeed> = {}): PlanSeed => ({
  itemNo,
  variantCode: "",
  locationCode: null,
  quantity,
  dueDate: "2026-12-18",
  routingNo: null,
  planningLevel: 0,
  mergeable: true,
  ...extra,
});
const ctx = { options: ALL, forwardStart: new Date("2026-12-01T08:00:00Z") };

function mtoTree() {
  const cat = emptyCatalog();
  addItem(cat, "LEAF");
  const mto = { replenishment: "PROD_ORDER" as const, policy: "MAKE_TO_ORDER" as const };
  addItem(cat, "S", { ...mto, bomNo: "S" });
  addItem(cat, "P1", { ...mto, bomNo: "P1" });
  addItem(cat, "P2", { ...mto, bomNo: "P2" });
  addItem(cat, "T", { ...mto, bomNo: "T" });
  addBom(cat, "S", [{ no: "LEAF" }]);
  addBom(cat, "P1", [{ no: "S", quantityPer: "2" }]);
  addBom(cat, "P2", [{ no: "S", quantityPer: "3" }]);
  return cat;
}

describe("RF-4 lines per planning level", () => {
  it("collapses the same subassembly from two parents into one line", () => {
    const cat = mtoTree();
    addBom(cat, "T", [{ no: "P1" }, { no: "P2" }]);
    const plan = calculateRefresh(cat, [seed("T", "10")], ctx);
    expect(plan.lines.map((l) => [l.lineNo, l.itemNo, l.planningLevel, l.quantity])).toEqual([
      [10000, "T", 0, "10"],
      [20000, "P1", 1, "10"],
      [30000, "P2", 1, "10"],
      [40000, "S", 2, "50"],
    ]);
    const p1 = plan.lines[1];
    expect(p1.components![0].suppliedByLineNo).toBe(40000);
  });

  it("moves a subassembly needed on two levels to the deeper one (and starts over)", () => {
    const cat = mtoTree();
    addBom(cat, "T", [{ no: "S", quantityPer: "2" }, { no: "P2" }]);
    const plan = calculateRefresh(cat, [seed("T", "1")], ctx);
    const s = plan.lines.filter((l) => l.itemNo === "S");
    expect(s.map((l) => [l.planningLevel, l.quantity])).toEqual([[2, "5"]]);
  });

  it("a make-to-order item that contains itself stops with a clear error", () => {
    const cat = emptyCatalog();
    addItem(cat, "LOOP", { replenishment: "PROD_ORDER", policy: "MAKE_TO_ORDER", bomNo: "LOOP" });
    addBom(cat, "LOOP", [{ no: "LOOP" }]);
    expect(() => calculateRefresh(cat, [seed("LOOP")], ctx)).toThrow(/more than 50 make-to-order levels/);
  });

  it("subassembly lines are due when their parent line starts and end before it", () => {
    const cat = mtoTree();
    addBom(cat, "T", [{ no: "P1" }]);
    addWorkCenter(cat, "WC");
    addRouting(cat, "R", [{ no: "WC", runTime: "60" }]);
    const plan = calculateRefresh(cat, [seed("T", "3", { routingNo: "R" })], ctx);
    const [t, p1] = plan.lines;
    // Safety Lead Time 0: T ends on its Due Date (Fri 16:00) and runs 3 × 60 min
    expect(t.startingDateTime.toISOString()).toBe("2026-12-18T13:00:00.000Z");
    expect(t.components![0].dueDateTime).toEqual(t.startingDateTime);
    expect(p1.dueDate).toBe("2026-12-18");
    expect(p1.endingDateTime.getTime()).toBeLessThanOrEqual(t.startingDateTime.getTime());
  });
});

describe("RF-6 header roll-up", () => {
  it("earliest start, latest end, latest due over the lines", () => {
    const cat = emptyCatalog();
    addItem(cat, "A", { replenishment: "PROD_ORDER", leadTimeDays: 1 });
    addItem(cat, "B", { replenishment: "PROD_ORDER", leadTimeDays: 3 });
    const plan = calculateRefresh(
      cat,
      [seed("A", "1", { dueDate: "2026-12-21", mergeable: false }), seed("B", "1", { dueDate: "2026-12-18", mergeable: false })],
      ctx,
    );
    expect(plan.header.dueDate).toBe("2026-12-21");
    // B ends Fri 18th (no safety lead time) and starts 3 working days earlier
    expect(plan.header.startingDateTime!.toISOString()).toBe("2026-12-15T08:00:00.000Z");
    expect(plan.header.endingDateTime!.toISOString()).toBe("2026-12-21T16:00:00.000Z");
  });
});
