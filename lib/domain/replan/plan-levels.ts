import type { ProdOrderStatus } from "@/lib/domain/production-order/status";
import { DomainError } from "@/lib/errors";
import { msg } from "@/lib/i18n/domain-message";

// RP-1/RP-2: what each Plan option does. No Levels only reschedules the order; One Level also
// replaces the orders an earlier replan created for its components; All Levels repeats that for
// the new orders' components, level by level, until no shortage is left.

export const REPLAN_PLANS = ["NO_LEVELS", "ONE_LEVEL", "ALL_LEVELS"] as const;
export type ReplanPlan = (typeof REPLAN_PLANS)[number];
export type ReplanDirection = "BACK" | "FORWARD";

/** Same bound as phantom BOM recursion (RF-3): a cycle in the BOMs must not loop forever. */
export const MAX_REPLAN_DEPTH = 50;

/** RP-1: up to Released; a Finished order is history. */
export function canReplan(status: ProdOrderStatus): boolean {
  return status !== "FINISHED";
}

export function createsChildOrders(plan: ReplanPlan): boolean {
  return plan !== "NO_LEVELS";
}

/**
 * Whether orders at `depth` (0 = the order being replanned, 1 = the orders created for its
 * components, …) get new orders for their components' shortages.
 */
export function plansComponentsAt(plan: ReplanPlan, depth: number): boolean {
  if (plan === "NO_LEVELS") return false;
  if (plan === "ONE_LEVEL") return depth === 0;
  if (depth >= MAX_REPLAN_DEPTH) {
    throw new DomainError("REPLAN_TOO_DEEP", msg("replanTooDeep", { max: MAX_REPLAN_DEPTH }));
  }
  return true;
}

export type ReplanRefreshOptions = { direction: ReplanDirection; calcLines: boolean; calcRoutings: boolean; calcComponents: boolean };

/**
 * No Levels reschedules routings and dates only. One/All Levels recalculate the order first, so
 * its lines and component need follow a changed quantity — except when output is recorded, whose
 * lines must stay (their components and routings are still recalculated).
 */
export function refreshOptionsForReplan(plan: ReplanPlan, direction: ReplanDirection, hasOutput: boolean): ReplanRefreshOptions {
  if (plan === "NO_LEVELS") return { direction, calcLines: false, calcRoutings: true, calcComponents: false };
  return { direction, calcLines: !hasOutput, calcRoutings: true, calcComponents: true };
}
