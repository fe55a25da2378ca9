-- A production order's number from its series (PO-3, NS-8, NS-11). A number that someone
-- already entered by hand for the same status is skipped (it counts as used), so a manual
-- number can never block the series.
CREATE OR REPLACE FUNCTION po_take_next_no(p_series text, p_date date, p_status "ProdOrderStatus")
RETURNS TABLE (no text, line_id int, warning boolean)
LANGUAGE plpgsql AS $$
DECLARE
  r record;
  attempts int := 0;
BEGIN
  LOOP
    SELECT * INTO r FROM ns_take_next(p_series, p_date);
    attempts := attempts + 1;
    EXIT WHEN attempts >= 1000
      OR NOT EXISTS (SELECT 1 FROM "ProductionOrder" o WHERE o.status = p_status AND o.no = r.no);
  END LOOP;
  no := r.no;
  line_id := r.line_id;
  warning := r.warning;
  RETURN NEXT;
END $$;
