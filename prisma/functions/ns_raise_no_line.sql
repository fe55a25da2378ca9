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
