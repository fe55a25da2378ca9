-- NS-10: the number the next draw would give, without using it. Sequence lines read the
-- sequence's state instead of calling nextval(). Null when no number can be drawn: no line,
-- past Ending No., or (NS-5) a number longer than 20 characters.
CREATE OR REPLACE FUNCTION ns_peek_next(p_series text, p_date date DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
  d date := coalesce(p_date, current_date);
  sel record;
  l "NoSeriesLine"%ROWTYPE;
  last_value bigint;
  is_called boolean;
  v numeric;
  nxt text;
BEGIN
  sel := ns_select_line(p_series, d);
  IF sel.line_id IS NULL THEN
    RETURN NULL;
  END IF;
  SELECT * INTO l FROM "NoSeriesLine" x WHERE x.id = sel.line_id;
  IF l.implementation = 'NORMAL' OR l."sequenceName" IS NULL THEN
    nxt := CASE WHEN l."lastNoUsed" = '' THEN l."startingNo" ELSE ns_increment(l."lastNoUsed", l."incrementBy") END;
  ELSE
    EXECUTE format('SELECT last_value, is_called FROM %I', l."sequenceName") INTO last_value, is_called;
    v := CASE WHEN is_called THEN last_value + l."incrementBy" ELSE last_value END;
    IF l."endingNo" <> '' AND v > ns_value(l."endingNo") THEN
      RETURN NULL;
    END IF;
    nxt := ns_format(l."startingNo", v);
  END IF;
  RETURN CASE WHEN length(nxt) > 20 THEN NULL ELSE nxt END;
END $$;
