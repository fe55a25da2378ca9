-- The non-digit shape of a number: prefix#suffix.
CREATE OR REPLACE FUNCTION ns_pattern(p_no text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT coalesce((ns_parts(p_no))[1], '') || '#' || (ns_parts(p_no))[3]
$$;
