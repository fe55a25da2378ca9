import type { ComponentNeed } from "@/lib/domain/replan/plan-child-orders";
import type { Tx } from "@/lib/services/tx";

// RP-3, set-based: one statement per replan level reads the components of every order on that
// level with the four parts of their item's projected availability on their due date (style
// guide §6 — the query count does not grow with the number of components). Availability is per
// item, variant and location, as BC plans. Open = not Finished; Simulated orders are what-ifs
// and only count when they belong to this replan (`tree`). The parts are combined in SQL with
// the same signs as lib/domain/replan/availability.ts (an integration test compares the two).

export type NeedRow = ComponentNeed & {
  orderId: number;
  /** The order whose component this is, and what it still needs (the demand a new order covers). */
  orderNo: string;
  needed: string;
  blocked: boolean;
  onHand: string;
  openOutput: string;
  componentDemand: string;
  salesDemand: string;
};

export async function loadComponentNeeds(tx: Tx, orderIds: number[], tree: number[]): Promise<NeedRow[]> {
  if (orderIds.length === 0) return [];
  return tx.$queryRaw<NeedRow[]>`
    WITH open_orders AS (
      SELECT id, "dueDate" FROM "ProductionOrder"
      WHERE status <> 'FINISHED' AND (status <> 'SIMULATED' OR id = ANY(${tree}::int[]))
    ), c AS (
      SELECT pc.id, pc."orderId", o.no AS order_no, pc."remainingQuantity" AS needed, pc."itemNo", pc."variantCode", pc."locationCode", coalesce(pc."dueDate", o."dueDate") AS due,
             i."replenishmentSystem" = 'PROD_ORDER' AS produced, pc."suppliedByLineNo" IS NOT NULL AS supplied, i.blocked
      FROM "ProdOrderComponent" pc
      JOIN "ProductionOrder" o ON o.id = pc."orderId"
      JOIN "Item" i ON i.no = pc."itemNo"
      -- Through the order lines: ProdOrderComponent has no ("orderId") index.
      WHERE pc."orderLineId" = ANY(ARRAY(SELECT l.id FROM "ProdOrderLine" l WHERE l."orderId" = ANY(${orderIds}::int[])))
    ), parts AS (
      SELECT c.*,
        coalesce((SELECT sum(b.quantity) FROM "InventoryBalance" b
                  WHERE b."itemNo" = c."itemNo" AND b."variantCode" = c."variantCode" AND b."locationCode" IS NOT DISTINCT FROM c."locationCode"), 0) AS on_hand,
        coalesce((SELECT sum(l.quantity - l."finishedQuantity") FROM "ProdOrderLine" l JOIN open_orders oo ON oo.id = l."orderId"
                  WHERE l."itemNo" = c."itemNo" AND l."variantCode" = c."variantCode" AND l."locationCode" IS NOT DISTINCT FROM c."locationCode"
                    AND coalesce(l."dueDate", oo."dueDate") <= c.due), 0) AS open_output,
        coalesce((SELECT sum(x."remainingQuantity") FROM "ProdOrderComponent" x JOIN open_orders oo ON oo.id = x."orderId"
                  WHERE x."itemNo" = c."itemNo" AND x."variantCode" = c."variantCode" AND x."locationCode" IS NOT DISTINCT FROM c."locationCode"
                    AND coalesce(x."dueDate", oo."dueDate") <= c.due), 0) AS component_demand,
        coalesce((SELECT sum(sl."outstandingQuantity") FROM "SalesLine" sl JOIN "SalesHeader" sh ON sh."documentType" = sl."documentType" AND sh.no = sl."documentNo"
                  WHERE sl."documentType" = 'ORDER' AND sl."itemNo" = c."itemNo" AND sl."variantCode" = c."variantCode"
                    AND coalesce(sl."locationCode", sh."locationCode") IS NOT DISTINCT FROM c."locationCode"
                    AND coalesce(sl."shipmentDate", sh."shipmentDate") <= c.due), 0) AS sales_demand
      FROM c WHERE c.produced AND NOT c.supplied AND c.due IS NOT NULL
    )
    SELECT id AS "componentId", "orderId", order_no AS "orderNo", trim_scale(needed)::text AS needed, "itemNo", "variantCode", "locationCode", to_char(due, 'YYYY-MM-DD') AS "dueDate",
           produced, supplied AS "suppliedWithinOrder", blocked,
           trim_scale(on_hand)::text AS "onHand", trim_scale(open_output)::text AS "openOutput",
           trim_scale(component_demand)::text AS "componentDemand", trim_scale(sales_demand)::text AS "salesDemand",
           trim_scale(on_hand + open_output - component_demand - sales_demand)::text AS available
    FROM parts ORDER BY due, id`;
}
