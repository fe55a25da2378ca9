-- The statement-level reference check of ProdOrderComponent (20261121150000) asked PostgreSQL
-- whether any new row lacks its order line or item with NOT EXISTS … OR NOT EXISTS, which
-- PostgreSQL answers by hashing the WHOLE ProdOrderLine and Item tables ("hashed SubPlan") on
-- every insert, whatever the number of new rows: the cost grew with every order ever refreshed
-- (6.7 ms per 258-component refresh after 600 orders, against 0.7 ms probed).
--
-- Now:
-- * lines: one primary-key probe per distinct (order, line) of the statement (a refresh has
--   far fewer lines than components), never a scan of ProdOrderLine;
-- * items: one probe per distinct item when the statement is small (≤ 2,000 rows) or small next
--   to Item (a probe costs about three rows of hashing), else the set-based anti-join, which is
--   cheaper for a large BOM (11,000 rows: 8 ms hashed, 25 ms probed).
-- Same guarantees, same errors (SQLSTATE 23503, the old constraint names).
CREATE OR REPLACE FUNCTION prod_order_component_check_refs() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  bad record;
  n bigint;
  item_rows double precision;
BEGIN
  -- Scalar subqueries are probed per row (EXISTS would be turned into a hash of the table).
  SELECT d."orderId", d."orderLineId" INTO bad
    FROM (SELECT DISTINCT r."orderId", r."orderLineId" FROM new_rows r) d
   WHERE (SELECT l.id FROM "ProdOrderLine" l WHERE l.id = d."orderLineId" AND l."orderId" = d."orderId") IS NULL
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'insert or update on table "ProdOrderComponent" violates foreign key constraint "ProdOrderComponent_orderLineId_fkey"'
      USING ERRCODE = '23503', CONSTRAINT = 'ProdOrderComponent_orderLineId_fkey', TABLE = 'ProdOrderComponent',
            DETAIL = format('Key ("orderLineId", "orderId")=(%s, %s) is not present in table "ProdOrderLine".', bad."orderLineId", bad."orderId");
  END IF;

  SELECT count(*) INTO n FROM new_rows;
  SELECT greatest(c.reltuples, 0) INTO item_rows FROM pg_class c WHERE c.oid = '"Item"'::regclass;
  IF n <= 2000 OR n * 3 < item_rows THEN
    SELECT d."itemNo" INTO bad
      FROM (SELECT DISTINCT r."itemNo" FROM new_rows r) d
     WHERE (SELECT i.no FROM "Item" i WHERE i.no = d."itemNo") IS NULL
     LIMIT 1;
  ELSE
    SELECT r."itemNo" INTO bad FROM new_rows r WHERE NOT EXISTS (SELECT 1 FROM "Item" i WHERE i.no = r."itemNo") LIMIT 1;
  END IF;
  IF FOUND THEN
    RAISE EXCEPTION 'insert or update on table "ProdOrderComponent" violates foreign key constraint "ProdOrderComponent_itemNo_fkey"'
      USING ERRCODE = '23503', CONSTRAINT = 'ProdOrderComponent_itemNo_fkey', TABLE = 'ProdOrderComponent',
            DETAIL = format('Key ("itemNo")=(%s) is not present in table "Item".', bad."itemNo");
  END IF;
  RETURN NULL;
END $$;
