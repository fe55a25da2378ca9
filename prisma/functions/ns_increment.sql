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
