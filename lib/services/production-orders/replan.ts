import type { Db } from "@/lib/db-client";
import { planChildOrders } from "@/lib/domain/replan/plan-child-orders";
import {
  canReplan,
  createsChildOrders,
  plansComponentsAt,
  refreshOptionsForReplan,
  type ReplanDirection,
  type ReplanPlan,
} from "@/lib/domain/replan/plan-levels";
import { ConcurrencyError, DomainError } from "@/lib/errors";
import { writeAudit, type Actor, orderKeepsItsNo } from "@/lib/services/audit";
import { mapNoSeriesError, seriesWarning } from "@/lib/services/no-series/document-no";
import { seriesForStatus } from "@/lib/services/no-series/order-no";
import { refreshProductionOrderInTx } from "@/lib/services/production-orders/refresh/run-refresh";
import { today } from "@/lib/services/production-orders/resolve-source";
import { withRetry } from "@/lib/services/retry";
import type { Tx } from "@/lib/services/tx";
import { deleteEarlierChildren, insertChildOrders, numberChildOrders, type DeletedChild, type ReplanRef } from "./replan/child-orders";
import { loadComponentNeeds } from "./replan/component-needs";
import { msg, type Message } from "@/lib/i18n/domain-message";

// RP-1 … RP-3, X-2, X-3: Replan Production Order, one transaction. The order is rescheduled
// (No Levels) or recalculated (One/All Levels) under its row lock with the version the user read;
// then the orders an earlier replan of it created are deleted, and level by level a new order in
// the same status is created and refreshed for every produced component short on its due date.
// The new orders are numbered in the last statement, with the audit entries (NS-8).

export type ReplanRequest = { id: number; version: number; direction: ReplanDirection; plan: ReplanPlan };
/**
 * RP-2/RP-3: why a new order has its quantity, per component it covers: the demand (which order
 * needs how much on which date), the projected availability there and its four parts, what this
 * replan's earlier new orders already cover, and the shortage left.
 */
export type ChildWhy = {
  orderId: number;
  orderNo: string;
  needed: string;
  dueDate: string;
  onHand: string;
  openOutput: string;
  componentDemand: string;
  salesDemand: string;
  available: string;
  coveredBefore: string;
  shortage: string;
};
export type CreatedChild = {
  id: number;
  no: string;
  itemNo: string;
  quantity: string;
  dueDate: string | null;
  lowLevelCode: number;
  why: ChildWhy[];
};
export type ReplanResult = {
  id: number;
  status: string;
  no: string;
  version: number;
  created: CreatedChild[];
  deleted: DeletedChild[];
  /** NS-6: the series is about to run out (said in the user's language by the action). */
  warning: Message | null;
};

export async function replanProductionOrder(db: Db, input: ReplanRequest, actor: Actor): Promise<ReplanResult> {
  const order = await db.productionOrder.findUnique({
    where: { id: input.id },
    select: { id: true, no: true, status: true, version: true, lowLevelCode: true, lines: { select: { finishedQuantity: true } } },
  });
  if (!order) throw new DomainError("NOT_FOUND", msg("orderNotFound", { key: String(input.id) }));
  if (order.version !== input.version) throw new ConcurrencyError();
  if (!canReplan(order.status)) throw new DomainError("ORDER_FINISHED", msg("orderFinished", { no: order.no }));
  const series = createsChildOrders(input.plan)
    ? await seriesForStatus(db, order.status as Exclude<typeof order.status, "FINISHED">)
    : null;
  const hasOutput = order.lines.some((l) => Number(l.finishedQuantity) > 0);
  const ref: ReplanRef = { id: order.id, no: order.no, status: order.status, lowLevelCode: order.lowLevelCode };

  try {
    return await withRetry(() =>
      db.$transaction(
        async (tx) => {
          // Locks the order and refuses a stale version before anything else is written.
          const refreshed = await refreshProductionOrderInTx(
            tx,
            {
              orderId: order.id,
              expectedVersion: input.version,
              skipAudit: true,
              ...refreshOptionsForReplan(input.plan, input.direction, hasOutput),
            },
            actor,
          );
          const version = refreshed.skipped ? order.version : refreshed.version;
          const changes = { direction: input.direction, plan: input.plan };
          const base = { id: order.id, status: order.status, no: order.no, version };
          if (!series) {
            await writeAudit(tx, actor, {
              ...orderKeepsItsNo(order),
              action: "replan",
              changes,
            });
            return { ...base, created: [], deleted: [], warning: null };
          }
          const deleted = await deleteEarlierChildren(tx, ref, actor);
          const { ids, why } = await createLevels(tx, input.plan, ref, series, actor);
          const replanChanges = { ...changes, deleted: deleted.map((d) => d.no) };
          if (ids.length === 0) {
            await writeAudit(tx, actor, {
              ...orderKeepsItsNo(order),
              action: "replan",
              changes: { ...replanChanges, created: [] },
            });
            return { ...base, created: [], deleted, warning: null };
          }
          const numbered = await numberChildOrders(tx, ids, { ref, series, date: today(), actor, replanChanges });
          const noOf = new Map(numbered.map((n) => [n.id, n.no]));
          for (const list of why.values()) for (const w of list) w.orderNo = noOf.get(w.orderId) ?? w.orderNo;
          const created = await tx.productionOrder.findMany({
            where: { id: { in: ids } },
            orderBy: [{ lowLevelCode: "asc" }, { id: "asc" }],
          });
          const last = numbered.findLast((n) => n.warning);
          return {
            ...base,
            deleted,
            created: created.map((c) => ({
              id: c.id,
              no: c.no,
              itemNo: c.sourceNo,
              quantity: c.quantity.toString(),
              dueDate: c.dueDate?.toISOString().slice(0, 10) ?? null,
              lowLevelCode: c.lowLevelCode,
              why: why.get(c.id) ?? [],
            })),
            warning: last ? seriesWarning(series, last.no) : null,
          };
        },
        { timeout: 120_000 },
      ),
    );
  } catch (e) {
    throw mapNoSeriesError(e, "plan");
  }
}

/** RP-2: one component-needs query, one insert and one refresh per new order, per level. */
async function createLevels(
  tx: Tx,
  plan: ReplanPlan,
  ref: ReplanRef,
  series: string,
  actor: Actor,
): Promise<{ ids: number[]; why: Map<number, ChildWhy[]> }> {
  const all: number[] = [];
  const why = new Map<number, ChildWhy[]>();
  let parents = [ref.id];
  for (let depth = 0; parents.length > 0 && plansComponentsAt(plan, depth); depth++) {
    const needs = await loadComponentNeeds(tx, parents, [ref.id, ...all]);
    const plans = planChildOrders(needs);
    const blocked = needs.find((n) => n.blocked && plans.some((p) => p.componentIds.includes(n.componentId)));
    if (blocked) throw new DomainError("ITEM_BLOCKED", msg("itemBlocked", { no: blocked.itemNo }), "plan");
    parents = await insertChildOrders(tx, plans, { ref, lowLevelCode: ref.lowLevelCode + depth + 1, series, actor });
    // insertChildOrders returns the ids in the plans' order (inserted in that order, ascending).
    const byId = new Map(needs.map((n) => [n.componentId, n]));
    parents.forEach((id, i) =>
      why.set(
        id,
        plans[i].covers.map((c) => {
          const n = byId.get(c.componentId)!;
          return {
            // A lower level's parent is numbered only at the end: its No. is filled in then (orderId).
            orderId: n.orderId,
            orderNo: n.orderNo,
            needed: n.needed,
            dueDate: n.dueDate,
            onHand: n.onHand,
            openOutput: n.openOutput,
            componentDemand: n.componentDemand,
            salesDemand: n.salesDemand,
            available: c.available,
            coveredBefore: c.coveredBefore,
            shortage: c.shortage,
          };
        }),
      ),
    );
    for (const id of parents) await refreshProductionOrderInTx(tx, { orderId: id, direction: "BACK", skipAudit: true }, actor);
    all.push(...parents);
  }
  return { ids: all, why };
}
