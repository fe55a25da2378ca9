-- A refresh deletes the order's old routing lines, components and lines before writing new ones.
-- It did so in one statement whose component delete read
--   WHERE "orderLineId" = ANY(ARRAY(SELECT id FROM "ProdOrderLine" WHERE "orderId" = …))
-- meant as one ("orderLineId") index probe per line. With statistics taken while
-- ProdOrderComponent was nearly empty (a young database, or the first minute after a big
-- refresh, before autovacuum analyses) the planner chose a sequential scan instead, and tested
-- every row against the array one element at a time (an array from a subquery is not hashed):
-- 11,110 components × 1,111 lines took 40 of the delete's 60 ms.
--
-- The deletes now run in a function that plans without sequential scans (SET enable_seqscan =
-- off, for its own statements only), as prod_order_component_check_refs does: every delete is
-- an index probe per key whatever the statistics say. Deleting the lines deletes their
-- components through the statement trigger below, so the components are deleted by name only
-- when the lines stay (Calculate Component Need without Calculate Lines).
CREATE FUNCTION po_refresh_delete(order_id integer, routings boolean, components boolean, lines boolean)
RETURNS void LANGUAGE plpgsql SET enable_seqscan = off AS $$
BEGIN
  IF routings THEN
    DELETE FROM "ProdOrderRoutingLine" WHERE "orderId" = order_id;
  END IF;
  IF components AND NOT lines THEN
    DELETE FROM "ProdOrderComponent" WHERE "orderLineId" = ANY(ARRAY(SELECT id FROM "ProdOrderLine" WHERE "orderId" = order_id));
  END IF;
  IF lines THEN
    DELETE FROM "ProdOrderLine" WHERE "orderId" = order_id;
  END IF;
END $$;

-- The component cascade of a line delete (20261121150000) joined the deleted lines to
-- ProdOrderComponent, a plan that under the same statistics walks every component of every
-- order. Now one index probe per deleted line.
CREATE OR REPLACE FUNCTION prod_order_line_delete_components() RETURNS trigger LANGUAGE plpgsql
SET enable_seqscan = off AS $$
BEGIN
  DELETE FROM "ProdOrderComponent" WHERE "orderLineId" = ANY(ARRAY(SELECT id FROM old_rows));
  RETURN NULL;
END $$;
