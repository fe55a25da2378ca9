import { describe, expect, it } from "vitest";
import { PROD_ORDER_STATUSES } from "@/lib/domain/production-order/status";
import {
  canReplan,
  createsChildOrders,
  MAX_REPLAN_DEPTH,
  plansComponentsAt,
  refreshOptionsForReplan,
} from "@/lib/domain/replan/plan-levels";

describe("RP-1 replan is for orders up to Released", () => {
  it.each(PROD_ORDER_STATUSES.map((s) => [s, s !== "FINISHED"] as const))("%s → %s", (status, expected) => {
    expect(canReplan(status)).toBe(expected);
  });
});

describe("RP-1 No Levels only reschedules", () => {
  it("creates no child orders and recalculates neither lines nor components", () => {
    expect(createsChildOrders("NO_LEVELS")).toBe(false);
    expect(plansComponentsAt("NO_LEVELS", 0)).toBe(false);
    expect(refreshOptionsForReplan("NO_LEVELS", "FORWARD", false)).toEqual({
      direction: "FORWARD",
      calcLines: false,
      calcRoutings: true,
      calcComponents: false,
    });
  });
});

describe("RP-2 One Level / All Levels", () => {
  it("One Level plans the order's own components only", () => {
    expect(createsChildOrders("ONE_LEVEL")).toBe(true);
    expect(plansComponentsAt("ONE_LEVEL", 0)).toBe(true);
    expect(plansComponentsAt("ONE_LEVEL", 1)).toBe(false);
  });

  it("All Levels recurses into the new orders' components", () => {
    expect([0, 1, 2, MAX_REPLAN_DEPTH - 1].map((d) => plansComponentsAt("ALL_LEVELS", d))).toEqual([true, true, true, true]);
  });

  it("All Levels stops with a clear error past the depth limit (a BOM loop)", () => {
    expect(() => plansComponentsAt("ALL_LEVELS", MAX_REPLAN_DEPTH)).toThrow(/Replan stopped after 50 levels/);
  });

  it("recalculates lines, routings and components, but keeps lines that have output", () => {
    expect(refreshOptionsForReplan("ONE_LEVEL", "BACK", false)).toEqual({
      direction: "BACK",
      calcLines: true,
      calcRoutings: true,
      calcComponents: true,
    });
    expect(refreshOptionsForReplan("ALL_LEVELS", "BACK", true)).toEqual({
      direction: "BACK",
      calcLines: false,
      calcRoutings: true,
      calcComponents: true,
    });
  });
});
