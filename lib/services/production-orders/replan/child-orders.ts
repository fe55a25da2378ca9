import { Prisma } from "@/lib/generated/prisma/client";
import type { ProdOrderStatus } from "@/lib/domain/production-order/status";
import type { ChildOrderPlan } from "@/lib/domain/replan/plan-child-orders";
import type { Actor } from "@/lib/services/audit";
import { orderNoPerRowSql } from "@/lib/services/no-series/order-no";
import type { Tx } from "@/lib/services/tx";

// RP-2's writes, each one statement whatever the number of orders: delete what an earlier
// replan of this order created, insert the new orders of one level, and finally number them.

export type ReplanRef = { id: number; no: string; status: ProdOrderStatus; lowLevelCode: number };
export type DeletedChild = { id: number; status: ProdOrderStatus; no: string; sourceNo: string; quantity: string };

/** Orders an earlier replan of `ref` created (Replan Ref. No./Status, a lower level), with their audit entries. */
export async function deleteEarlierChildren(tx: Tx, ref: ReplanRef, actor: Actor): Promise<DeletedChild[]> {
  return tx.$queryRaw<DeletedChild[]>`
    WITH d AS (
      DELETE FROM "ProductionOrder"
      WHERE "replanRefNo" = ${ref.no} AND "replanRefStatus" = ${ref.status}::"ProdOrderStatus" AND "lowLevelCode" > ${ref.lowLevelCode}
        AND id <> ${ref.id} AND status <> 'FINISHED'
      RETURNING id, status, no, "sourceNo", quantity
    ), a AS (
      INSERT INTO "AuditEntry" ("userId", "userEmail", "apiKeyId", action, "entityType", "entityKey", "orderId", "oldStatus", "oldNo", changes)
      SELECT ${actor.id}, ${actor.email}, ${actor.apiKeyId ?? null}, 'delete', 'ProductionOrder', d.no, d.id, d.status, d.no,
             jsonb_build_object('replanOf', ${ref.no}::text, 'sourceNo', d."sourceNo", 'quantity', trim_scale(d.quantity)::text)
      FROM d
    )
    SELECT id, status::text AS status, no, "sourceNo", trim_scale(quantity)::text AS quantity FROM d ORDER BY no`;
}

/** One level's new orders for the shortages, with placeholder numbers until numberChildOrders. */
export async function insertChildOrders(
  tx: Tx,
  plans: ChildOrderPlan[],
  opts: { ref: ReplanRef; lowLevelCode: number; series: string; actor: Actor },
): Promise<number[]> {
  if (plans.length === 0) return [];
  const rows = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO "ProductionOrder" (status, no, description, description2, "sourceType", "sourceNo", "variantCode", "routingNo",
      quantity, "unitCost", "costAmount", "dueDate", "locationCode", "creationDate", "lastDateModified", "noSeries",
      "assignedUserId", "replanRefNo", "replanRefStatus", "lowLevelCode", "updatedAt")
    SELECT ${opts.ref.status}::"ProdOrderStatus", '~' || substr(md5(random()::text || clock_timestamp()::text || t.ord::text), 1, 19),
           i.description, i.description2, 'ITEM', t.item, t.variant, coalesce(sku."routingNo", i."routingNo"),
           t.qty, i."unitCost", round(t.qty * i."unitCost", 2), t.due, t.loc, CURRENT_DATE, CURRENT_DATE, ${opts.series},
           ${opts.actor.id}, ${opts.ref.no}, ${opts.ref.status}::"ProdOrderStatus", ${opts.lowLevelCode}, now()
    FROM unnest(${plans.map((p) => p.itemNo)}::text[], ${plans.map((p) => p.variantCode)}::text[], ${plans.map((p) => p.locationCode)}::text[],
                ${plans.map((p) => p.quantity)}::numeric[], ${plans.map((p) => p.dueDate)}::date[]) WITH ORDINALITY AS t(item, variant, loc, qty, due, ord)
    JOIN "Item" i ON i.no = t.item
    LEFT JOIN "StockkeepingUnit" sku ON sku."itemNo" = t.item AND sku."variantCode" = t.variant AND sku."locationCode" = t.loc
    ORDER BY t.ord
    RETURNING id`;
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

export type NumberedChild = { id: number; no: string; warning: boolean };

/**
 * The LAST statement of a replan (NS-8): draws one number per new order from the status's series
 * — the sub-select runs once per row — stamps them, and writes each new order's
 * "create" entry and the replanned order's "replan" entry (X-3).
 */
export async function numberChildOrders(
  tx: Tx,
  ids: number[],
  opts: { ref: ReplanRef; series: string; date: string; actor: Actor; replanChanges: Record<string, unknown> },
): Promise<NumberedChild[]> {
  const { ref, series, date, actor } = opts;
  return tx.$queryRaw<NumberedChild[]>`
    WITH ids AS (SELECT * FROM unnest(${ids}::int[]) WITH ORDINALITY AS t(id, ord)),
    n AS MATERIALIZED (
      SELECT ids.id, ids.ord, ${orderNoPerRowSql({ series, date, status: ref.status, row: Prisma.sql`ids.ord::int` })} AS r
      FROM ids ORDER BY ids.ord
    ),
    u AS (UPDATE "ProductionOrder" o SET no = split_part(n.r, '|', 1) FROM n WHERE o.id = n.id RETURNING o.id),
    a AS (
      INSERT INTO "AuditEntry" ("userId", "userEmail", "apiKeyId", action, "entityType", "entityKey", "orderId", "newStatus", "newNo", changes)
      SELECT ${actor.id}, ${actor.email}, ${actor.apiKeyId ?? null}, 'create', 'ProductionOrder', split_part(n.r, '|', 1), n.id, ${ref.status}::"ProdOrderStatus",
             split_part(n.r, '|', 1), jsonb_build_object('replanOf', ${ref.no}::text, 'refreshed', true)
      FROM n
    ),
    b AS (
      INSERT INTO "AuditEntry" ("userId", "userEmail", "apiKeyId", action, "entityType", "entityKey", "orderId", "oldStatus", "oldNo", "newStatus", "newNo", changes)
      SELECT ${actor.id}, ${actor.email}, ${actor.apiKeyId ?? null}, 'replan', 'ProductionOrder', ${ref.no}, ${ref.id}, ${ref.status}::"ProdOrderStatus", ${ref.no},
             ${ref.status}::"ProdOrderStatus", ${ref.no},
             ${JSON.stringify(opts.replanChanges)}::jsonb || jsonb_build_object('created', (SELECT jsonb_agg(split_part(r, '|', 1) ORDER BY ord) FROM n))
    )
    SELECT n.id, split_part(n.r, '|', 1) AS no, split_part(n.r, '|', 2) = 'true' AS warning FROM n, (SELECT count(*) FROM u) c ORDER BY n.ord`;
}
