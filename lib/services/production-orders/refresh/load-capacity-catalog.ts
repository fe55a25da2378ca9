import type { BaseCalendar } from "@/lib/domain/calendar/working-days";
import type { ShopCalendarDay } from "@/lib/domain/scheduling/shop-calendar";
import { capacityKey, type RefreshCatalog, type RoutingLineInfo } from "@/lib/domain/refresh/types";
import type { SqlTx } from "@/lib/services/sql-tx";
import { headerOf, type HeaderRow } from "./catalog-rows";
import { MASTER_DATA_TOKEN, setKey, tokenCache } from "./token-cache";

// Set-based loading, part 2 (style guide §6): one statement returns the routings a refresh may
// use, their work/machine centers with shop calendars and the locations' base calendars as one
// JSON document. These are small sets (a routing has a handful of operations), unlike the BOM,
// but reading and building them was still a tenth of the database's work per created order: they
// are kept per master-data token like the BOM catalog (token-cache.ts), and while the token the
// transaction has seen matches, the statement is not sent.

type Capacity = Pick<RefreshCatalog, "routings" | "routingLines" | "capacities" | "locations">;
const cache = tokenCache<Capacity>(200);

/** Catalog part 2: routings, their work/machine centers with shop calendars, and locations, added to `catalog`. */
export async function loadCapacityCatalog(
  tx: SqlTx,
  catalog: RefreshCatalog,
  routingNos: string[],
  locationCodes: string[],
  token: string | null,
) {
  const key = setKey([...routingNos.map((no) => `R${no}`), ...locationCodes.map((code) => `L${code}`)]);
  const capacity = cache.get(key, token) ?? (await readCapacity(tx, key, routingNos, locationCodes));
  for (const k of ["routings", "routingLines", "capacities", "locations"] as const) {
    for (const [code, v] of capacity[k] as Map<string, never>) (catalog[k] as Map<string, never>).set(code, v);
  }
}

async function readCapacity(tx: SqlTx, key: string, routingNos: string[], locationCodes: string[]): Promise<Capacity> {
  const rows = await tx.$queryRaw<{ doc: string; token: string | null }[]>`
    WITH rl AS (SELECT * FROM "RoutingLine" WHERE "routingNo" = ANY(${routingNos}::text[])),
    wc AS (SELECT * FROM "WorkCenter" WHERE no IN (SELECT "workCenterNo" FROM rl)),
    cal AS (SELECT c.code,
              (SELECT coalesce(json_agg(json_build_array(d.weekday, d."startTime", d."endTime")), '[]') FROM "ShopCalendarDay" d WHERE d."calendarCode" = c.code) AS days,
              (SELECT coalesce(json_agg(h.date), '[]') FROM "ShopCalendarHoliday" h WHERE h."calendarCode" = c.code) AS holidays
            FROM "ShopCalendar" c WHERE c.code IN (SELECT "shopCalendarCode" FROM wc))
    SELECT json_build_array(
      (SELECT coalesce(json_agg(json_build_array(r.no, r.status, NULL,
                (SELECT coalesce(json_agg(json_build_array(v."versionCode", v."startingDate", v.status)), '[]')
                 FROM "RoutingVersion" v WHERE v."routingNo" = r.no))), '[]')
         FROM "Routing" r WHERE r.no = ANY(${routingNos}::text[])),
      (SELECT coalesce(json_agg(json_build_array(l."routingNo", l."versionCode", l."operationNo", l.type, l.no, l."workCenterNo",
                l.description, trim_scale(l."setupTime")::text, trim_scale(l."runTime")::text, trim_scale(l."waitTime")::text,
                trim_scale(l."moveTime")::text, l."routingLinkCode", trim_scale(l."sendAheadQuantity")::text)), '[]') FROM rl l),
      (SELECT coalesce(json_agg(json_build_array('WORK_CENTER', w.no, w.capacity, w.efficiency, w."shopCalendarCode", cal.days, cal.holidays)), '[]')
         FROM wc w JOIN cal ON cal.code = w."shopCalendarCode"),
      (SELECT coalesce(json_agg(json_build_array('MACHINE_CENTER', m.no, m.capacity, m.efficiency, w."shopCalendarCode", cal.days, cal.holidays)), '[]')
         FROM "MachineCenter" m JOIN wc w ON w.no = m."workCenterNo" JOIN cal ON cal.code = w."shopCalendarCode"
         WHERE m.no IN (SELECT no FROM rl WHERE type = 'MACHINE_CENTER')),
      (SELECT coalesce(json_agg(json_build_array(lo.code, lo."inboundHandlingDays", lo."workingWeekdays",
                (SELECT coalesce(json_agg(h.date), '[]') FROM "LocationHoliday" h WHERE h."locationCode" = lo.code))), '[]')
         FROM "Location" lo WHERE lo.code = ANY(${locationCodes}::text[]))
    )::text AS doc, ${MASTER_DATA_TOKEN} AS token`;
  type RoutingRow = [
    string,
    string | null,
    string,
    RoutingLineInfo["type"],
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  type CapRow = [RoutingLineInfo["type"], string, number, number, string, [number, number, number][], string[]];
  type LocRow = [string, number, number[], string[]];
  const [headers, lineRows, wcRows, mcRows, locRows] = JSON.parse(rows[0].doc) as [HeaderRow[], RoutingRow[], CapRow[], CapRow[], LocRow[]];
  const catalog: Capacity = { routings: new Map(), routingLines: new Map(), capacities: new Map(), locations: new Map() };
  for (const row of headers) catalog.routings.set(row[0], headerOf(row));
  for (const [
    routingNo,
    versionCode,
    operationNo,
    type,
    no,
    workCenterNo,
    description,
    setupTime,
    runTime,
    waitTime,
    moveTime,
    routingLinkCode,
    sendAheadQuantity,
  ] of lineRows) {
    let list = catalog.routingLines.get(routingNo);
    if (!list) catalog.routingLines.set(routingNo, (list = []));
    list.push({
      routingNo,
      versionCode,
      operationNo,
      type,
      no,
      workCenterNo,
      description,
      setupTime,
      runTime,
      waitTime,
      moveTime,
      routingLinkCode,
      sendAheadQuantity,
    });
  }
  for (const [type, no, capacity, efficiency, calendarCode, days, holidays] of [...wcRows, ...mcRows]) {
    const calendarDays: ShopCalendarDay[] = days.map(([weekday, startTime, endTime]) => ({ weekday, startTime, endTime }));
    catalog.capacities.set(capacityKey(type, no), {
      calendarCode,
      calendar: { days: calendarDays, holidays },
      capacity: Number(capacity),
      efficiency: Number(efficiency),
    });
  }
  for (const [code, inboundHandlingDays, workingWeekdays, holidays] of locRows) {
    const calendar: BaseCalendar = { workingWeekdays, holidays };
    catalog.locations.set(code, { code, inboundHandlingDays, calendar });
  }
  return cache.remember(key, rows[0].token, catalog);
}
