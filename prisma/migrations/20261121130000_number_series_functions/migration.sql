-- Number series in the database (NS-3 … NS-9). The hot path, drawing a number, is one call of
-- ns_take_next(): it finds the line (NS-4), computes the next number (NS-3, NS-5), checks Date
-- Order (NS-7) and the warning (NS-6), and either updates the line under its row lock (Normal,
-- gap-free, NS-8) or takes nextval() of the line's sequence without any lock (Sequence, NS-9).
-- The service calls it as the last step before the document insert, so the lock is held for
-- as short a time as possible. lib/domain/number-series holds the same rules in TypeScript for
-- setup validation and previews; an integration test keeps the two in agreement.

-- The parts of a number: text before the right-most digit run, the run, the text after it.
CREATE OR REPLACE FUNCTION ns_parts(p_no text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT regexp_match(p_no, '^(.*[^0-9])?([0-9]+)([^0-9]*)$')
$$;

-- NS-3: add p_by to the right-most digit run, keep zero padding, grow on overflow.
CREATE OR REPLACE FUNCTION ns_increment(p_no text, p_by bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
  m text[] := ns_parts(p_no);
  s text;
BEGIN
  IF m IS NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'NS003', MESSAGE = format('The number %s contains no digits and cannot be incremented.', p_no);
  END IF;
  s := (m[2]::numeric + p_by)::text;
  RETURN coalesce(m[1], '') || lpad(s, greatest(length(m[2]), length(s)), '0') || m[3];
END $$;

-- The value of the right-most digit run (null when there is none or p_no is empty).
CREATE OR REPLACE FUNCTION ns_value(p_no text) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT (ns_parts(p_no))[2]::numeric
$$;

-- The non-digit shape of a number: prefix#suffix.
CREATE OR REPLACE FUNCTION ns_pattern(p_no text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT coalesce((ns_parts(p_no))[1], '') || '#' || (ns_parts(p_no))[3]
$$;

-- A number in the shape of p_template with its digit run replaced by p_value (padded).
CREATE OR REPLACE FUNCTION ns_format(p_template text, p_value numeric) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT coalesce(m[1], '') || lpad(p_value::text, greatest(length(m[2]), length(p_value::text)), '0') || m[3]
  FROM ns_parts(p_template) AS m
$$;

-- NS-4: the line for date D: the latest Starting Date ≤ D (blank counts as earliest), then the
-- first Open line with that date. Returns null when there is none; p_closed_ending reports the
-- Ending No. of the last closed line of that date, to tell "run out" from "no line".
CREATE OR REPLACE FUNCTION ns_select_line(p_series text, p_date date, OUT line_id int, OUT closed_ending text)
LANGUAGE plpgsql STABLE AS $$
DECLARE
  latest date;
  found_any boolean;
BEGIN
  SELECT l."startingDate", true INTO latest, found_any
    FROM "NoSeriesLine" l
   WHERE l."seriesCode" = p_series AND (l."startingDate" IS NULL OR l."startingDate" <= p_date)
   ORDER BY l."startingDate" DESC NULLS LAST
   LIMIT 1;
  IF NOT coalesce(found_any, false) THEN
    RETURN;
  END IF;
  SELECT l.id INTO line_id
    FROM "NoSeriesLine" l
   WHERE l."seriesCode" = p_series AND l."startingDate" IS NOT DISTINCT FROM latest AND l.open
   ORDER BY l."lineNo"
   LIMIT 1;
  IF line_id IS NULL THEN
    SELECT l."endingNo" INTO closed_ending
      FROM "NoSeriesLine" l
     WHERE l."seriesCode" = p_series AND l."startingDate" IS NOT DISTINCT FROM latest
     ORDER BY l."lineNo" DESC
     LIMIT 1;
  END IF;
END $$;

CREATE OR REPLACE FUNCTION ns_raise_no_line(p_series text, p_date date, p_closed_ending text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF p_closed_ending IS NOT NULL AND p_closed_ending <> '' THEN
    RAISE EXCEPTION USING ERRCODE = 'NS005', DETAIL = p_closed_ending,
      MESSAGE = format('You cannot assign numbers greater than %s from the number series %s.', p_closed_ending, p_series);
  END IF;
  RAISE EXCEPTION USING ERRCODE = 'NS004', DETAIL = to_char(p_date, 'YYYY-MM-DD'),
    MESSAGE = format('You cannot assign new numbers from the number series %s on %s.', p_series, to_char(p_date, 'YYYY-MM-DD'));
END $$;

-- Draws the next number of a series for date p_date (null = today).
CREATE OR REPLACE FUNCTION ns_take_next(p_series text, p_date date DEFAULT NULL)
RETURNS TABLE (no text, line_id int, warning boolean)
LANGUAGE plpgsql AS $$
DECLARE
  d date := coalesce(p_date, current_date);
  sel record;
  l "NoSeriesLine"%ROWTYPE;
  s "NoSeries"%ROWTYPE;
  nxt text;
  v numeric;
  ending numeric;
  attempt int := 0;
BEGIN
  SELECT * INTO s FROM "NoSeries" x WHERE x.code = p_series;
  IF NOT FOUND THEN
    RAISE EXCEPTION USING ERRCODE = 'NS001', DETAIL = p_series, MESSAGE = format('The number series %s does not exist.', p_series);
  END IF;
  LOOP
    attempt := attempt + 1;
    sel := ns_select_line(p_series, d);
    IF sel.line_id IS NULL THEN
      PERFORM ns_raise_no_line(p_series, d, sel.closed_ending);
    END IF;
    SELECT * INTO l FROM "NoSeriesLine" x WHERE x.id = sel.line_id;
    IF l.implementation = 'NORMAL' THEN
      -- NS-8: the row lock. A concurrent caller may have closed the line while we waited:
      -- then look again (a new statement sees the committed state).
      SELECT * INTO l FROM "NoSeriesLine" x WHERE x.id = sel.line_id AND x.open FOR UPDATE;
      IF NOT FOUND THEN
        IF attempt < 5 THEN CONTINUE; END IF;
        PERFORM ns_raise_no_line(p_series, d, sel.closed_ending);
      END IF;
    END IF;

    IF s."dateOrder" AND l."lastDateUsed" IS NOT NULL AND d < l."lastDateUsed" THEN
      RAISE EXCEPTION USING ERRCODE = 'NS007', DETAIL = to_char(l."lastDateUsed", 'YYYY-MM-DD'),
        MESSAGE = format('You cannot assign new numbers from the number series %s on a date before %s.', p_series, to_char(l."lastDateUsed", 'YYYY-MM-DD'));
    END IF;

    ending := CASE WHEN l."endingNo" = '' THEN NULL ELSE ns_value(l."endingNo") END;
    IF l.implementation = 'NORMAL' THEN
      nxt := CASE WHEN l."lastNoUsed" = '' THEN l."startingNo" ELSE ns_increment(l."lastNoUsed", l."incrementBy") END;
      v := ns_value(nxt);
    ELSE
      v := nextval(l."sequenceName");
      nxt := ns_format(l."startingNo", v);
    END IF;

    IF ending IS NOT NULL AND v > ending THEN
      IF l.implementation = 'SEQUENCE' AND attempt < 5 THEN
        -- The sequence ran past the end: close the line and try the next one.
        UPDATE "NoSeriesLine" x SET open = false WHERE x.id = l.id AND x.open;
        CONTINUE;
      END IF;
      RAISE EXCEPTION USING ERRCODE = 'NS005', DETAIL = l."endingNo",
        MESSAGE = format('You cannot assign numbers greater than %s from the number series %s.', l."endingNo", p_series);
    END IF;
    IF v < ns_value(l."startingNo") OR ns_pattern(nxt) <> ns_pattern(l."startingNo") THEN
      RAISE EXCEPTION USING ERRCODE = 'NS006', DETAIL = nxt,
        MESSAGE = format('The number %s does not fit the number series %s (Starting No. %s).', nxt, p_series, l."startingNo");
    END IF;

    IF l.implementation = 'NORMAL' THEN
      UPDATE "NoSeriesLine" x
         SET "lastNoUsed" = nxt,
             "lastDateUsed" = d,
             open = NOT (ending IS NOT NULL AND (v = ending OR ns_value(ns_increment(nxt, l."incrementBy")) > ending))
       WHERE x.id = l.id;
    ELSIF s."dateOrder" AND (l."lastDateUsed" IS NULL OR l."lastDateUsed" < d) THEN
      UPDATE "NoSeriesLine" x SET "lastDateUsed" = d
       WHERE x.id = l.id AND (x."lastDateUsed" IS NULL OR x."lastDateUsed" < d);
    END IF;

    no := nxt;
    line_id := l.id;
    warning := l."warningNo" <> '' AND v >= ns_value(l."warningNo");
    RETURN NEXT;
    RETURN;
  END LOOP;
END $$;

-- NS-10: the number the next draw would give, without using it. Sequence lines read the
-- sequence's state instead of calling nextval().
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
BEGIN
  sel := ns_select_line(p_series, d);
  IF sel.line_id IS NULL THEN
    RETURN NULL;
  END IF;
  SELECT * INTO l FROM "NoSeriesLine" x WHERE x.id = sel.line_id;
  IF l.implementation = 'NORMAL' OR l."sequenceName" IS NULL THEN
    RETURN CASE WHEN l."lastNoUsed" = '' THEN l."startingNo" ELSE ns_increment(l."lastNoUsed", l."incrementBy") END;
  END IF;
  EXECUTE format('SELECT last_value, is_called FROM %I', l."sequenceName") INTO last_value, is_called;
  v := CASE WHEN is_called THEN last_value + l."incrementBy" ELSE last_value END;
  IF l."endingNo" <> '' AND v > ns_value(l."endingNo") THEN
    RETURN NULL;
  END IF;
  RETURN ns_format(l."startingNo", v);
END $$;
