-- The parts of a number: text before the right-most digit run, the run, the text after it.
CREATE OR REPLACE FUNCTION ns_parts(p_no text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT regexp_match(p_no, '^(.*[^0-9])?([0-9]+)([^0-9]*)$')
$$;
