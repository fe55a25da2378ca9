// The raw-SQL floors' writes, shared by the refresh and HTTP benchmarks: what PostgreSQL must do
// to store a refreshed order of a make-to-order item, written by hand. One recursive CTE walks
// the BOM (a line per make-to-order subassembly), and INSERT … SELECT writes the order lines,
// each line's components (its BOM's lines, with the item's description and base unit, Expected
// Quantity = line quantity × Quantity per) and the routing lines of the lines that have a
// routing, into the order's real tables with their indexes and integrity triggers. No version
// choice, unit conversion, scrap, merging of duplicates, scheduling or audit entry: the app does
// all of these, and the ratio to this floor is their price.

/**
 * CTEs `tree`, `ln`, `c` and `r` (continue a `WITH RECURSIVE` that defines `o`, the order's id).
 * `item`, `qty` and `due` are the SQL of the source item's No., the order quantity and its Due Date.
 */
export const orderRowsCtes = (p: { item: string; qty: string; due: string }) => `
  tree(item_no, bom_no, routing_no, qty, path) AS (
    SELECT i.no, i."productionBomNo", i."routingNo"::text, ${p.qty}::numeric, ARRAY[0] FROM "Item" i WHERE i.no = ${p.item}
    UNION ALL
    SELECT ci.no, ci."productionBomNo", NULL, t.qty * l."quantityPer", t.path || l."lineNo"
    FROM tree t JOIN "ProductionBomLine" l ON l."bomNo" = t.bom_no AND l."versionCode" IS NULL
    JOIN "Item" ci ON ci.no = l.no
    WHERE ci."replenishmentSystem" = 'PROD_ORDER' AND ci."manufacturingPolicy" = 'MAKE_TO_ORDER' AND ci."productionBomNo" IS NOT NULL
  ),
  ln AS (
    INSERT INTO "ProdOrderLine" ("orderId", "lineNo", "itemNo", description, quantity, "remainingQuantity", "unitOfMeasureCode",
                                 "dueDate", "productionBomNo", "routingNo", "routingReferenceNo")
    SELECT o.id, x.line_no, x.item_no, i.description, x.qty, x.qty, i."baseUnitOfMeasure", ${p.due}::date, x.bom_no, x.routing_no, x.line_no
    FROM o, (SELECT t.*, (row_number() OVER (ORDER BY t.path) * 10000)::int AS line_no FROM tree t) x
    JOIN "Item" i ON i.no = x.item_no
    RETURNING id, "orderId", "lineNo", "productionBomNo", "routingNo", quantity
  ),
  c AS (
    INSERT INTO "ProdOrderComponent" ("orderId", "orderLineId", "lineNo", "itemNo", description, "unitOfMeasureCode",
                                      "quantityPer", "expectedQuantity", "remainingQuantity", "dueDate")
    SELECT ln."orderId", ln.id, l."lineNo", l.no, ci.description, ci."baseUnitOfMeasure", l."quantityPer",
           ln.quantity * l."quantityPer", ln.quantity * l."quantityPer", ${p.due}::date
    FROM ln JOIN "ProductionBomLine" l ON l."bomNo" = ln."productionBomNo" AND l."versionCode" IS NULL
    JOIN "Item" ci ON ci.no = l.no
    RETURNING 1
  ),
  r AS (
    INSERT INTO "ProdOrderRoutingLine" ("orderId", "orderLineId", "operationNo", type, no, "workCenterNo", description,
                                        "setupTime", "runTime", "waitTime", "moveTime", "inputQuantity")
    SELECT ln."orderId", ln.id, rl."operationNo", rl.type, rl.no, rl."workCenterNo", rl.description,
           rl."setupTime", rl."runTime", rl."waitTime", rl."moveTime", ln.quantity
    FROM ln JOIN "RoutingLine" rl ON rl."routingNo" = ln."routingNo" AND rl."versionCode" IS NULL
    RETURNING 1
  )`;
