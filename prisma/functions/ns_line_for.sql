-- NS-4 as one query: among lines with Starting Date ≤ D (blank = since always) the latest date;
-- of that date the first Open line by Line No., or, when none is open, the last closed line
-- (whose Ending No. tells "run out" from "no line"). A plain SQL function, so it is inlined.
CREATE OR REPLACE FUNCTION ns_line_for(p_series text, p_date date) RETURNS SETOF "NoSeriesLine"
LANGUAGE sql STABLE AS $$
  SELECT y.* FROM "NoSeriesLine" y
   WHERE y."seriesCode" = p_series AND (y."startingDate" IS NULL OR y."startingDate" <= p_date)
   ORDER BY y."startingDate" DESC NULLS LAST, y.open DESC,
            CASE WHEN y.open THEN y."lineNo" ELSE -y."lineNo" END
   LIMIT 1
$$;
