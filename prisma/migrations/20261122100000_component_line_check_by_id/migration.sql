-- The reference check of ProdOrderComponent (20261122090000) probed each distinct order line with
-- WHERE l.id = … AND l."orderId" = …, which lets the planner choose the ("orderId", "lineNo")
-- index instead of the primary key. Under the generic plan a transaction uses (sql-tx.ts) it
-- sometimes did: every probe then walked all of the order's lines, dead versions from earlier
-- refreshes included, and an 11,000-component refresh (1,111 lines) spent 480 ms in this check
-- instead of 2. With statistics taken while ProdOrderLine was empty (a freshly seeded company)
-- it chose a sequential scan of ProdOrderLine per line instead: the same quadratic cost.
-- Now the line is found by its primary key alone and its order compared after, so no other
-- index matches, and the function plans without sequential scans (SET enable_seqscan = off,
-- for its own statements only), so every probe is an index probe whatever the statistics say.
-- Without sequential scans the item check no longer needs two forms by statement size (probe
-- distinct items when few, hash Item when many): one anti-join probes Item_pkey per row, at any
-- size (11,000 rows: 12 ms). Same guarantees, same errors.
CREATE OR REPLACE FUNCTION prod_order_component_check_refs() RETURNS trigger LANGUAGE plpgsql
SET enable_seqscan = off AS $$
DECLARE
  bad record;
BEGIN
  -- Each distinct line by primary key, its order compared after the lookup.
  SELECT d."orderId", d."orderLineId" INTO bad
    FROM (SELECT DISTINCT r."orderId", r."orderLineId" FROM new_rows r) d
   WHERE (SELECT l."orderId" FROM "ProdOrderLine" l WHERE l.id = d."orderLineId") IS DISTINCT FROM d."orderId"
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'insert or update on table "ProdOrderComponent" violates foreign key constraint "ProdOrderComponent_orderLineId_fkey"'
      USING ERRCODE = '23503', CONSTRAINT = 'ProdOrderComponent_orderLineId_fkey', TABLE = 'ProdOrderComponent',
            DETAIL = format('Key ("orderLineId", "orderId")=(%s, %s) is not present in table "ProdOrderLine".', bad."orderLineId", bad."orderId");
  END IF;

  SELECT r."itemNo" INTO bad FROM new_rows r WHERE NOT EXISTS (SELECT 1 FROM "Item" i WHERE i.no = r."itemNo") LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'insert or update on table "ProdOrderComponent" violates foreign key constraint "ProdOrderComponent_itemNo_fkey"'
      USING ERRCODE = '23503', CONSTRAINT = 'ProdOrderComponent_itemNo_fkey', TABLE = 'ProdOrderComponent',
            DETAIL = format('Key ("itemNo")=(%s) is not present in table "Item".', bad."itemNo");
  END IF;
  RETURN NULL;
END $$;
