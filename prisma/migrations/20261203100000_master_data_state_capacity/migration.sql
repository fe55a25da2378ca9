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
