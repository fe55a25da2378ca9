import type { BaseCalendar } from "@/lib/domain/calendar/working-days";
import type { IsoDate } from "@/lib/domain/calendar/iso-date";
import type { OperationToSchedule } from "@/lib/domain/scheduling/schedule-operations";
import type { ShopCalendarDay } from "@/lib/domain/scheduling/shop-calendar";
import { numericOrder } from "@/lib/domain/text/numeric-order";
import { NotFoundError } from "@/lib/errors";
import type { SqlTx } from "@/lib/services/sql-tx";
import { parseTs, TS_TEXT } from "@/lib/services/production-orders/refresh/load-order";

// Everything a reschedule of one order line needs, in ONE statement: the line, its lead times
// (stockkeeping unit, else item, else the setup's default; the location's calendar and Inbound
// Whse. Handling Time), and its routing lines as they are on the order now — manual changes
// included, never the routing's master data — with their work/machine centers' capacity,
// efficiency and shop calendar.

export type StoredOperation = OperationToSchedule & { id: number; startingDateTime: Date | null; routingLinkCode: string };

export type LineSchedule = {
  id: number;
  lineNo: number;
  quantity: string;
  scrapPercent: string;
  dueDate: IsoDate | null;
  startingDateTime: Date | null;
  endingDateTime: Date | null;
  locationCode: string | null;
  safetyLeadTimeDays: number | null;
  leadTimeDays: number;
  inboundHandlingDays: number;
  calendar: BaseCalendar | null;
  operations: StoredOperation[];
};

type LineRow = [
  number,
  number,
  string,
  string,
  string | null,
  string | null,
  string | null,
  string | null,
  number | null,
  number,
  number | null,
  number[] | null,
  string[] | null,
];
type OpRow = [
  number,
  string,
  string,
  string,
  string,
  string,
  string,
  string | null,
  string,
  number | null,
  number | null,
  [number, number, number][] | null,
  string[] | null,
];

export async function loadLineSchedule(tx: SqlTx, orderId: number, orderLineId: number): Promise<LineSchedule> {
  const rows = await tx.$queryRaw<{ doc: string }[]>`
    SELECT json_build_array(
      (SELECT json_build_array(l.id, l."lineNo", trim_scale(l.quantity)::text, trim_scale(l."scrapPercent")::text,
                to_char(l."dueDate", 'YYYY-MM-DD'), to_char(l."startingDateTime", ${TS_TEXT}), to_char(l."endingDateTime", ${TS_TEXT}),
                l."locationCode", coalesce(k."safetyLeadTimeDays", i."safetyLeadTimeDays"), coalesce(k."leadTimeDays", i."leadTimeDays", 0),
                lo."inboundHandlingDays", lo."workingWeekdays",
                (SELECT json_agg(h.date) FROM "LocationHoliday" h WHERE h."locationCode" = lo.code))
       FROM "ProdOrderLine" l JOIN "Item" i ON i.no = l."itemNo"
       LEFT JOIN "StockkeepingUnit" k ON k."itemNo" = l."itemNo" AND k."variantCode" = l."variantCode" AND k."locationCode" = l."locationCode"
       LEFT JOIN "Location" lo ON lo.code = l."locationCode"
       WHERE l.id = ${orderLineId} AND l."orderId" = ${orderId}),
      (SELECT coalesce(json_agg(json_build_array(r.id, r."operationNo", trim_scale(r."setupTime")::text, trim_scale(r."runTime")::text,
                trim_scale(r."waitTime")::text, trim_scale(r."moveTime")::text, r."routingLinkCode", to_char(r."startingDateTime", ${TS_TEXT}),
                r.type::text || ':' || r.no, coalesce(m.capacity, w.capacity)::float8, coalesce(m.efficiency, w.efficiency)::float8,
                (SELECT json_agg(json_build_array(d.weekday, d."startTime", d."endTime")) FROM "ShopCalendarDay" d WHERE d."calendarCode" = w."shopCalendarCode"),
                (SELECT json_agg(h.date) FROM "ShopCalendarHoliday" h WHERE h."calendarCode" = w."shopCalendarCode"))), '[]')
       FROM "ProdOrderRoutingLine" r JOIN "WorkCenter" w ON w.no = r."workCenterNo"
       LEFT JOIN "MachineCenter" m ON r.type = 'MACHINE_CENTER' AND m.no = r.no
       WHERE r."orderLineId" = ${orderLineId})
    )::text AS doc`;
  const [line, ops] = JSON.parse(rows[0].doc) as [LineRow | null, OpRow[]];
  if (!line) throw new NotFoundError("partProdOrderLine", { no: orderLineId });
  const [id, lineNo, quantity, scrapPercent, dueDate, start, end, locationCode, safety, leadTimeDays, inbound, weekdays, holidays] = line;
  return {
    id,
    lineNo,
    quantity,
    scrapPercent,
    dueDate,
    startingDateTime: parseTs(start),
    endingDateTime: parseTs(end),
    locationCode,
    safetyLeadTimeDays: safety,
    leadTimeDays,
    inboundHandlingDays: inbound ?? 0,
    calendar: weekdays ? { workingWeekdays: weekdays, holidays: holidays ?? [] } : null,
    operations: ops.map(toOperation).sort((a, b) => numericOrder.compare(a.operationNo, b.operationNo)),
  };
}

function toOperation([
  id,
  operationNo,
  setup,
  run,
  wait,
  move,
  routingLinkCode,
  start,
  ,
  capacity,
  efficiency,
  days,
  holidays,
]: OpRow): StoredOperation {
  const calendarDays: ShopCalendarDay[] = (days ?? []).map(([weekday, startTime, endTime]) => ({ weekday, startTime, endTime }));
  return {
    id,
    operationNo,
    routingLinkCode,
    startingDateTime: parseTs(start),
    calendar: { days: calendarDays, holidays: holidays ?? [] },
    capacity: capacity ?? 1,
    efficiency: efficiency ?? 100,
    setupTime: Number(setup),
    runTime: Number(run),
    waitTime: Number(wait),
    moveTime: Number(move),
  };
}
