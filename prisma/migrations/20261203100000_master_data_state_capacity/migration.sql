-- The master-data token (MasterDataState, migration 20261122120000) also names the state of what
-- a refresh's capacity catalog reads: routings with their versions and operations, work and
-- machine centers, their shop calendars (working hours and holidays) and the locations with
-- their base calendars. The app now keeps that catalog per token as it keeps the BOM catalog
-- (lib/services/production-orders/refresh/token-cache.ts), so every statement that changes one of
-- these tables gives the token a new value, in its own transaction, before it changes a row.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Routing', 'RoutingVersion', 'RoutingLine', 'WorkCenter', 'MachineCenter', 'ShopCalendar',
                           'ShopCalendarDay', 'ShopCalendarHoliday', 'Location', 'LocationHoliday'] LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION master_data_changed()',
                   t || '_master_data_changed', t);
  END LOOP;
END $$;

-- A refresh reads its catalogs under one token (kept ones included: the order row's token says
-- they are current) but writes the purchased components from the BOM lines as its own, later
-- statement sees them. That statement calls this first: if the master data changed in between,
-- the transaction fails as a serialization failure (40001), which the services retry from the
-- start, instead of writing components from two states of the BOM (say, an item that turned from
-- purchased to produced: in neither the catalog's subassemblies nor the purchased lines).
CREATE FUNCTION po_master_data_is(expected text) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
BEGIN
  IF (SELECT token::text FROM "MasterDataState" WHERE id = 1) IS DISTINCT FROM expected THEN
    RAISE EXCEPTION 'The master data changed while the order was being refreshed.' USING ERRCODE = '40001';
  END IF;
  RETURN true;
END $$;
