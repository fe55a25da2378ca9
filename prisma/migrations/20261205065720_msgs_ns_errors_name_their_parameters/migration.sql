-- Written by scripts/db-functions.mts from prisma/functions/ (ns_increment.sql, ns_raise_no_line.sql, ns_take_next.sql).
-- Read and edit the functions there; this is their history.

-- NS-3: add p_by to the right-most digit run, keep zero padding, grow on overflow.
CREATE OR REPLACE FUNCTION ns_increment(p_no text, p_by bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
  m text[] := ns_parts(p_no);
  s text;
BEGIN
  IF m IS NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'NS003', HINT = json_build_object('no', p_no)::text,
      MESSAGE = format('The number %s contains no digits and cannot be incremented.', p_no);
  END IF;
  s := (m[2]::numeric + p_by)::text;
  RETURN coalesce(m[1], '') || lpad(s, greatest(length(m[2]), length(s)), '0') || m[3];
END $$;

-- NS-4/NS-5: no open line for the date. The last closed line's Ending No. tells "ran out" (NS005)
-- from "no line for this date" (NS004).
CREATE OR REPLACE FUNCTION ns_raise_no_line(p_series text, p_date date, p_closed_ending text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF p_closed_ending IS NOT NULL AND p_closed_ending <> '' THEN
    RAISE EXCEPTION USING ERRCODE = 'NS005', DETAIL = p_closed_ending, HINT = json_build_object('ending', p_closed_ending, 'series', p_series)::text,
      MESSAGE = format('You cannot assign numbers greater than %s from the number series %s.', p_closed_ending, p_series);
  END IF;
  RAISE EXCEPTION USING ERRCODE = 'NS004', DETAIL = to_char(p_date, 'YYYY-MM-DD'),
    HINT = json_build_object('series', p_series, 'date', to_char(p_date, 'YYYY-MM-DD'))::text,
    MESSAGE = format('You cannot assign new numbers from the number series %s on %s.', p_series, to_char(p_date, 'YYYY-MM-DD'));
END $$;

-- Draws the next number of a series for date p_date (null = today): the hot path of NS-4 … NS-9,
-- one call. It finds series + line (NS-4, ns_line_for inlined into one cached query), computes
-- the next number (NS-3, NS-5), checks Date Order (NS-7) and the warning (NS-6), and either
-- updates the line under its row lock (Normal, gap-free, NS-8) or takes nextval() of the line's
-- sequence without any lock (Sequence, NS-9). Callers run it as the last statement before the
-- commit, so the lock is held as briefly as possible.
--
-- Why the arithmetic is inline (not ns_increment/ns_pattern/ns_format): measured with pgbench,
-- PL/pgSQL re-initialises every expression once per transaction and each call of another
-- non-inlinable function re-plans its body; one regexp_match per number and plain arithmetic
-- cost less than half.
--
-- lib/domain/number-series/line-selection.ts restates these rules in TypeScript as the test
-- oracle; tests/integration/no-series/ns-sql-agrees-with-oracle.test.ts keeps the two in step.
CREATE OR REPLACE FUNCTION ns_take_next(p_series text, p_date date DEFAULT NULL)
RETURNS TABLE (no text, line_id int, warning boolean)
LANGUAGE plpgsql AS $$
DECLARE
  d date := coalesce(p_date, current_date);
  c record;
  l "NoSeriesLine"%ROWTYPE;
  digits constant text := '^(.*[^0-9])?([0-9]+)([^0-9]*)$';  -- prefix, right-most digit run, suffix
  st text[];   -- parts of Starting No.
  m text[];    -- parts of the number the next one is computed from
  nxt text;
  v numeric;
  ending numeric;
  attempt int := 0;
BEGIN
  LOOP
    attempt := attempt + 1;
    SELECT x."dateOrder" AS date_order, y.* INTO c
      FROM "NoSeries" x LEFT JOIN LATERAL ns_line_for(x.code, d) y ON true
     WHERE x.code = p_series;
    IF NOT FOUND THEN
      RAISE EXCEPTION USING ERRCODE = 'NS001', DETAIL = p_series, HINT = json_build_object('series', p_series)::text, MESSAGE = format('The number series %s does not exist.', p_series);
    END IF;
    IF c.id IS NULL OR NOT c.open THEN
      PERFORM ns_raise_no_line(p_series, d, c."endingNo");
    END IF;

    IF c.implementation = 'NORMAL' THEN
      -- NS-8: the row lock, read again for the latest Last No. Used. A concurrent caller may have
      -- closed the line while we waited: then look again (a new statement sees its commit).
      SELECT * INTO l FROM "NoSeriesLine" x WHERE x.id = c.id AND x.open FOR UPDATE;
      IF NOT FOUND THEN
        IF attempt < 5 THEN CONTINUE; END IF;
        PERFORM ns_raise_no_line(p_series, d, c."endingNo");
      END IF;
    ELSE
      SELECT * INTO l FROM "NoSeriesLine" x WHERE x.id = c.id;  -- no lock: NS-9
      IF l."sequenceName" IS NULL THEN
        l."sequenceName" := ns_ensure_sequence(l.id);
      END IF;
    END IF;

    IF c.date_order AND l."lastDateUsed" IS NOT NULL AND d < l."lastDateUsed" THEN
      RAISE EXCEPTION USING ERRCODE = 'NS007', DETAIL = to_char(l."lastDateUsed", 'YYYY-MM-DD'),
        HINT = json_build_object('series', p_series, 'date', to_char(l."lastDateUsed", 'YYYY-MM-DD'))::text,
        MESSAGE = format('You cannot assign new numbers from the number series %s on a date before %s.', p_series, to_char(l."lastDateUsed", 'YYYY-MM-DD'));
    END IF;

    st := regexp_match(l."startingNo", digits);
    IF l.implementation = 'NORMAL' THEN
      m := CASE WHEN l."lastNoUsed" = '' THEN st ELSE regexp_match(l."lastNoUsed", digits) END;
      v := m[2]::numeric + CASE WHEN l."lastNoUsed" = '' THEN 0 ELSE l."incrementBy" END;
    ELSE
      m := st;
      v := nextval(l."sequenceName");
    END IF;
    IF m IS NULL THEN
      RAISE EXCEPTION USING ERRCODE = 'NS003',
        HINT = json_build_object('no', CASE WHEN l.implementation = 'NORMAL' AND l."lastNoUsed" <> '' THEN l."lastNoUsed" ELSE l."startingNo" END)::text,
        MESSAGE = format('The number %s contains no digits and cannot be incremented.',
        CASE WHEN l.implementation = 'NORMAL' AND l."lastNoUsed" <> '' THEN l."lastNoUsed" ELSE l."startingNo" END);
    END IF;
    -- NS-3: the digit run keeps its width (zero padding) and grows when it overflows.
    nxt := coalesce(m[1], '') || lpad(v::text, greatest(length(m[2]), length(v::text)), '0') || m[3];

    ending := CASE WHEN l."endingNo" = '' THEN NULL ELSE (regexp_match(l."endingNo", digits))[2]::numeric END;
    IF ending IS NOT NULL AND v > ending THEN
      IF l.implementation = 'SEQUENCE' AND attempt < 5 THEN
        -- The sequence ran past the end: close the line and try the next one.
        UPDATE "NoSeriesLine" x SET open = false WHERE x.id = l.id AND x.open;
        CONTINUE;
      END IF;
      RAISE EXCEPTION USING ERRCODE = 'NS005', DETAIL = l."endingNo", HINT = json_build_object('ending', l."endingNo", 'series', p_series)::text,
        MESSAGE = format('You cannot assign numbers greater than %s from the number series %s.', l."endingNo", p_series);
    END IF;
    IF v < st[2]::numeric OR coalesce(m[1], '') <> coalesce(st[1], '') OR m[3] <> st[3] THEN
      RAISE EXCEPTION USING ERRCODE = 'NS006', DETAIL = nxt, HINT = json_build_object('no', nxt, 'series', p_series, 'start', l."startingNo")::text,
        MESSAGE = format('The number %s does not fit the number series %s (Starting No. %s).', nxt, p_series, l."startingNo");
    END IF;
    -- NS-5: a document number is at most 20 characters (Code[20], as its columns); a number that
    -- grew past that cannot be assigned.
    IF length(nxt) > 20 THEN
      RAISE EXCEPTION USING ERRCODE = 'NS020', DETAIL = nxt, HINT = json_build_object('no', nxt, 'max', 20)::text,
        MESSAGE = format('The number %s cannot be extended to more than 20 characters.', nxt);
    END IF;

    IF l.implementation = 'NORMAL' THEN
      UPDATE "NoSeriesLine" x
         SET "lastNoUsed" = nxt, "lastDateUsed" = d,
             open = NOT (ending IS NOT NULL AND v + l."incrementBy" > ending)
       WHERE x.id = l.id;
    ELSIF c.date_order AND (l."lastDateUsed" IS NULL OR l."lastDateUsed" < d) THEN
      UPDATE "NoSeriesLine" x SET "lastDateUsed" = d
       WHERE x.id = l.id AND (x."lastDateUsed" IS NULL OR x."lastDateUsed" < d);
    END IF;

    no := nxt;
    line_id := l.id;
    warning := coalesce(l."warningNo" <> '' AND v >= (regexp_match(l."warningNo", digits))[2]::numeric, false);
    RETURN NEXT;
    RETURN;
  END LOOP;
END $$;
