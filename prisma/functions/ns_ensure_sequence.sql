-- NS-9: the sequence of a Sequence line, created on first use from Starting No./Last No. Used
-- (the same sequence resetLineSequence creates). The row lock makes concurrent first draws wait
-- for the one that creates it; they then see its name.
CREATE OR REPLACE FUNCTION ns_ensure_sequence(p_line_id int) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  l "NoSeriesLine"%ROWTYPE;
  seq text := format('ns_line_%s_seq', p_line_id);
BEGIN
  SELECT * INTO l FROM "NoSeriesLine" x WHERE x.id = p_line_id FOR UPDATE;
  IF l."sequenceName" IS NOT NULL THEN
    RETURN l."sequenceName";
  END IF;
  EXECUTE format('DROP SEQUENCE IF EXISTS %I', seq);
  EXECUTE format('CREATE SEQUENCE %I AS bigint MINVALUE 0 INCREMENT BY %s START WITH %s',
                 seq, l."incrementBy", ns_value(l."startingNo"));
  IF l."lastNoUsed" <> '' THEN
    PERFORM setval(seq::regclass, ns_value(l."lastNoUsed")::bigint, true);
  END IF;
  UPDATE "NoSeriesLine" x SET "sequenceName" = seq WHERE x.id = p_line_id;
  RETURN seq;
END $$;
