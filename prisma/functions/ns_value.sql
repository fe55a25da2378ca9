-- The value of the right-most digit run (null when there is none or p_no is empty).
CREATE OR REPLACE FUNCTION ns_value(p_no text) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT (ns_parts(p_no))[2]::numeric
$$;
