-- ProdOrderComponent loses its ("orderId") index. Every row of one order has the same key, and a
-- refresh deletes an order's components and writes them again in one transaction, so each insert
-- landed among the dead entries of the same key (page splits with bottom-up deletion visiting the
-- heap): measured on 11,110 rows, delete + insert took 150 ms with the index and 115 ms without;
-- 258 rows into a new order, 4.9 ms and 4.2 ms. The component check guarantees that a component's
-- order is its line's order, so every reader finds an order's components through its lines
-- (ProdOrderLine ("orderId", "lineNo"), then ("orderLineId")).
DROP INDEX "ProdOrderComponent_orderId_idx";
