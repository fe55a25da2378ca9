-- A number in the shape of p_template with its digit run replaced by p_value (padded).
CREATE OR REPLACE FUNCTION ns_format(p_template text, p_value numeric) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT coalesce(m[1], '') || lpad(p_value::text, greatest(length(m[2]), length(p_value::text)), '0') || m[3]
  FROM ns_parts(p_template) AS m
$$;
