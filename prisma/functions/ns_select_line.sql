-- Kept for ns_peek_next and other callers; now the same single query.
CREATE OR REPLACE FUNCTION ns_select_line(p_series text, p_date date, OUT line_id int, OUT closed_ending text)
LANGUAGE plpgsql STABLE AS $$
DECLARE
  c record;
BEGIN
  SELECT * INTO c FROM ns_line_for(p_series, p_date);
  IF FOUND THEN
    IF c.open THEN line_id := c.id; ELSE closed_ending := c."endingNo"; END IF;
  END IF;
END $$;
