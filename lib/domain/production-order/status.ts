// ST-1: the status transition table. The Change Status dialog asks it which targets to offer and
// the service asks it again before moving the order (a server action is a public endpoint).
// Values equal the Prisma enum ProdOrderStatus so that rows can be passed in unchanged.

export type ProdOrderStatus = "SIMULATED" | "PLANNED" | "FIRM_PLANNED" | "RELEASED" | "FINISHED";

/** Lifecycle order: a status later in the list is "higher". */
export const PROD_ORDER_STATUSES: readonly ProdOrderStatus[] = ["SIMULATED", "PLANNED", "FIRM_PLANNED", "RELEASED", "FINISHED"];

/** BC's Change Status only offers these; nothing is ever changed back to Simulated or Planned. */
export const CHANGE_STATUS_TARGETS: readonly ProdOrderStatus[] = ["FIRM_PLANNED", "RELEASED", "FINISHED"];

export function isProdOrderStatus(value: unknown): value is ProdOrderStatus {
  return typeof value === "string" && (PROD_ORDER_STATUSES as readonly string[]).includes(value);
}

/** Position in the lifecycle, 0 = Simulated … 4 = Finished. */
export function statusRank(status: ProdOrderStatus): number {
  return PROD_ORDER_STATUSES.indexOf(status);
}

/**
 * ST-1: Firm Planned only from a lower status, Released from any status below it, Finished only
 * from Released. Finished is final.
 */
export function canChangeStatus(from: ProdOrderStatus, to: ProdOrderStatus): boolean {
  switch (to) {
    case "FIRM_PLANNED":
    case "RELEASED":
      return statusRank(from) < statusRank(to);
    case "FINISHED":
      return from === "RELEASED";
    case "SIMULATED":
    case "PLANNED":
      return false;
  }
}

/** The targets the Change Status dialog may offer for an order in `from`, lowest first. */
export function allowedTransitions(from: ProdOrderStatus): ProdOrderStatus[] {
  return CHANGE_STATUS_TARGETS.filter((to) => canChangeStatus(from, to));
}

const PROPOSED_NEXT: Record<ProdOrderStatus, ProdOrderStatus | null> = {
  SIMULATED: "FIRM_PLANNED",
  PLANNED: "FIRM_PLANNED",
  FIRM_PLANNED: "RELEASED",
  RELEASED: "FINISHED",
  FINISHED: null,
};

/** The status the dialog preselects (BC proposes Firm Planned for a Simulated order too). */
export function proposedNextStatus(from: ProdOrderStatus): ProdOrderStatus | null {
  return PROPOSED_NEXT[from];
}

/** X-1/PO-10: planners create, edit and delete orders only up to Firm Planned. */
export function isEditableByPlanner(status: ProdOrderStatus): boolean {
  return status === "SIMULATED" || status === "PLANNED" || status === "FIRM_PLANNED";
}

/** PO-10: a Finished order is history; nobody modifies it. */
export function isReadOnly(status: ProdOrderStatus): boolean {
  return status === "FINISHED";
}
