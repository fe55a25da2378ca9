import { describe, expect, it } from "vitest";
import {
  allowedTransitions,
  canChangeStatus,
  isEditableByPlanner,
  isProdOrderStatus,
  isReadOnly,
  PROD_ORDER_STATUSES,
  proposedNextStatus,
  statusRank,
  type ProdOrderStatus,
} from "@/lib/domain/production-order/status";

// The full ST-1 table: every (from, to) pair, so a change to the rules cannot slip through.
const ALLOWED: Record<ProdOrderStatus, ProdOrderStatus[]> = {
  SIMULATED: ["FIRM_PLANNED", "RELEASED"],
  PLANNED: ["FIRM_PLANNED", "RELEASED"],
  FIRM_PLANNED: ["RELEASED"],
  RELEASED: ["FINISHED"],
  FINISHED: [],
};
const pairs = PROD_ORDER_STATUSES.flatMap((from) => PROD_ORDER_STATUSES.map((to) => [from, to, ALLOWED[from].includes(to)] as const));

describe("ST-1 status transitions", () => {
  it.each(pairs)("GIVEN %s WHEN changing to %s THEN allowed = %s", (from, to, allowed) => {
    // GIVEN an order in `from` / WHEN asked to move to `to` / THEN the table decides
    expect(canChangeStatus(from, to)).toBe(allowed);
  });

  it.each(PROD_ORDER_STATUSES.map((s) => [s, ALLOWED[s]] as const))("GIVEN %s THEN the dialog offers %j", (from, targets) => {
    // GIVEN an order / WHEN the dialog lists targets / THEN the allowed ones, lowest first
    expect(allowedTransitions(from)).toEqual(targets);
  });

  it.each([
    ["SIMULATED", "FIRM_PLANNED"],
    ["PLANNED", "FIRM_PLANNED"],
    ["FIRM_PLANNED", "RELEASED"],
    ["RELEASED", "FINISHED"],
    ["FINISHED", null],
  ] as const)("GIVEN %s THEN the dialog proposes %s", (from, proposed) => {
    // GIVEN an order / WHEN the dialog opens / THEN it preselects the next status, itself allowed
    expect(proposedNextStatus(from)).toBe(proposed);
    if (proposed) expect(canChangeStatus(from, proposed)).toBe(true);
  });

  it("orders the statuses along the lifecycle", () => {
    // GIVEN the status list / WHEN ranked / THEN Simulated lowest, Finished highest
    expect(PROD_ORDER_STATUSES.map(statusRank)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe("PO-10 and X-1 who may edit", () => {
  it.each([
    ["SIMULATED", true, false],
    ["PLANNED", true, false],
    ["FIRM_PLANNED", true, false],
    ["RELEASED", false, false],
    ["FINISHED", false, true],
  ] as const)("GIVEN %s THEN planner-editable = %s and read-only = %s", (status, editable, readOnly) => {
    // GIVEN an order status / WHEN asked / THEN planners edit up to Firm Planned; Finished is frozen
    expect(isEditableByPlanner(status)).toBe(editable);
    expect(isReadOnly(status)).toBe(readOnly);
  });

  it.each([
    ["RELEASED", true],
    ["released", false],
    ["", false],
    [null, false],
    [3, false],
  ])("recognises %j as a status: %s", (value, expected) => {
    // GIVEN untrusted input (a route segment) / WHEN checked / THEN only the enum values pass
    expect(isProdOrderStatus(value)).toBe(expected);
  });
});
