// RF-5/RF-6: the dates of one order line and its routing. Backward (the default) ends the line
// on its Due Date minus Safety Lead Time and Inbound Whse. Handling Time (location calendar) at
// the setup's Normal Ending Time and keeps the Due Date; Forward starts at the given moment and
// derives the Due Date from where the line ends. Without a routing the line lasts its Lead Time
// Calculation in working days.
import { DomainError, MessageRangeError } from "@/lib/errors";
import { atMinutes, isoDateOf, type IsoDate } from "@/lib/domain/calendar/iso-date";
import { addWorkingDays, ALWAYS_WORKING_CALENDAR, NoWorkingDaysError, skippedDays } from "@/lib/domain/calendar/working-days";
import { endingDateFromDueDate, lineDueDate, startingDateWithoutRouting } from "@/lib/domain/production-order/dates";
import type { OperationToSchedule } from "@/lib/domain/scheduling/schedule-operations";
import { scheduleRouting } from "@/lib/domain/scheduling/schedule-routing";
import type { LineTrace } from "@/lib/domain/scheduling/schedule-trace";
import { NoWorkingTimeError } from "@/lib/domain/scheduling/shop-calendar";
import { MAX_SPAN_YEARS, OutOfHorizonError, SCHEDULE_FIRST, SCHEDULE_LAST, withinScheduleDates } from "@/lib/domain/scheduling/horizon";
import { capacityKey, skuKey, type Direction, type RefreshCatalog, type RoutingLineInfo } from "@/lib/domain/refresh/types";
import { selectVersion } from "@/lib/domain/refresh/versions";
import { numericOrder } from "@/lib/domain/text/numeric-order";
import { msg } from "@/lib/i18n/domain-message";

export type LineToSchedule = {
  itemNo: string;
  variantCode: string;
  locationCode: string | null;
  quantity: string;
  dueDate: IsoDate;
  routingNo: string | null;
  direction: Direction;
  /** Where a forward schedule starts. */
  forwardStart: Date;
  /** A subassembly must be finished when its parent needs it (the component's Due Date-Time). */
  latestEnd?: Date;
  /** "Why this date?": record how every date was reached. */
  trace?: boolean;
};

export type ScheduledRoutingLine = RoutingLineInfo & {
  startingDateTime: Date;
  endingDateTime: Date;
  previousOperationNo: string;
  nextOperationNo: string;
};

export type ScheduledLine = {
  routingVersion: string | null;
  routingLines: ScheduledRoutingLine[];
  startingDateTime: Date;
  endingDateTime: Date;
  dueDate: IsoDate;
  trace?: LineTrace;
};

// The lines of one refresh share a handful of (location, lead time, date) combinations, and the
// working-day walks behind them were most of the time spent scheduling a 1,000-line order: each
// combination is computed once per catalog (the calendars are the catalog's, so the key is the
// location). Only results are kept; a walk that throws throws again.
const memos = new WeakMap<RefreshCatalog, Map<string, IsoDate>>();
function memo(catalog: RefreshCatalog, key: string, compute: () => IsoDate): IsoDate {
  let m = memos.get(catalog);
  if (!m) memos.set(catalog, (m = new Map()));
  let v = m.get(key);
  if (v === undefined) m.set(key, (v = compute()));
  return v;
}

const byOperationNo = (a: RoutingLineInfo, b: RoutingLineInfo) => numericOrder.compare(a.operationNo, b.operationNo);

/** The routing lines valid on `date`, in operation order, with their neighbours. */
export function routingLinesOn(catalog: RefreshCatalog, routingNo: string, date: IsoDate) {
  const header = catalog.routings.get(routingNo);
  if (!header)
    throw new DomainError("ROUTING_NOT_FOUND", msg("recordNotFound", { record: msg("partRouting", { no: routingNo }) }), "routingNo");
  const { versionCode } = selectVersion("ROUTING", header, date);
  const lines = (catalog.routingLines.get(routingNo) ?? []).filter((l) => l.versionCode === versionCode).sort(byOperationNo);
  return { versionCode, lines };
}

function operation(catalog: RefreshCatalog, line: RoutingLineInfo): OperationToSchedule {
  const capacity = catalog.capacities.get(capacityKey(line.type, line.no));
  const center = msg(line.type === "MACHINE_CENTER" ? "partMachineCenter" : "partWorkCenter", { no: line.no });
  if (!capacity) throw new DomainError("CAPACITY_NOT_FOUND", msg("recordNotFound", { record: center }), "routingNo");
  if (!capacity.calendar.days.some((d) => d.endTime > d.startTime)) {
    throw new DomainError("NO_WORKING_TIME", msg("recordNoWorkingTime", { record: center, code: capacity.calendarCode }), "routingNo");
  }
  return {
    operationNo: line.operationNo,
    calendar: capacity.calendar,
    capacity: capacity.capacity,
    efficiency: capacity.efficiency,
    setupTime: Number(line.setupTime),
    runTime: Number(line.runTime),
    waitTime: Number(line.waitTime),
    moveTime: Number(line.moveTime),
  };
}

export function scheduleLine(catalog: RefreshCatalog, line: LineToSchedule): ScheduledLine {
  const { setup } = catalog;
  const item = catalog.items.get(line.itemNo);
  if (!item) throw new DomainError("ITEM_NOT_FOUND", msg("itemNotFound", { no: line.itemNo }));
  const sku = catalog.skus.get(skuKey(line.itemNo, line.variantCode, line.locationCode));
  const location = line.locationCode ? catalog.locations.get(line.locationCode) : undefined;
  const lead = {
    safetyLeadTimeDays: sku?.safetyLeadTimeDays ?? item.safetyLeadTimeDays ?? setup.defaultSafetyLeadTimeDays,
    inboundHandlingDays: location?.inboundHandlingDays ?? 0,
    calendar: location?.calendar ?? null,
  };
  const leadTimeDays = sku?.leadTimeDays ?? item.leadTimeDays;
  const routing = line.routingNo ? routingLinesOn(catalog, line.routingNo, line.dueDate) : { versionCode: null, lines: [] };
  const ops = routing.lines.map((l) => operation(catalog, l));
  const quantity = Number(line.quantity);
  const tracing = { trace: line.trace === true };
  const trace: LineTrace | undefined = line.trace
    ? {
        direction: line.direction,
        dueDate: line.dueDate,
        safetyLeadTimeDays: lead.safetyLeadTimeDays,
        safetyLeadTimeFrom: sku?.safetyLeadTimeDays != null ? "sku" : item.safetyLeadTimeDays != null ? "item" : "setup",
        inboundHandlingDays: lead.inboundHandlingDays,
        calendarLocation: location ? location.code : null,
        endingDate: line.dueDate,
        centers: Object.fromEntries(
          routing.lines.map((l) => [
            l.operationNo,
            {
              type: l.type,
              no: l.no,
              calendarCode: catalog.capacities.get(capacityKey(l.type, l.no))?.calendarCode ?? "",
            },
          ]),
        ),
      }
    : undefined;
  try {
    let startingDateTime: Date;
    let endingDateTime: Date;
    let dueDate = line.dueDate;
    let times: { startingDateTime: Date; endingDateTime: Date }[] = [];
    if (line.direction === "BACK") {
      let endingDate = memo(catalog, `E|${line.locationCode ?? ""}|${lead.safetyLeadTimeDays}|${line.dueDate}`, () =>
        endingDateFromDueDate({ ...lead, dueDate: line.dueDate }),
      );
      endingDateTime = atMinutes(endingDate, setup.normalEndingTime);
      if (trace) {
        const leadSkipped = skippedDays(lead.calendar, endingDate, line.dueDate);
        Object.assign(trace, { endingDate, normalEndingTime: setup.normalEndingTime, leadSkipped });
      }
      if (line.latestEnd && line.latestEnd < endingDateTime) {
        endingDateTime = line.latestEnd;
        endingDate = isoDateOf(endingDateTime);
        if (trace) trace.neededBy = endingDateTime.toISOString();
      }
      if (ops.length > 0) {
        const s = scheduleRouting(ops, { from: "lineEnd", endingDateTime }, quantity, tracing);
        ({ startingDateTime, endingDateTime } = s);
        times = s.operations;
        if (trace) trace.routing = s.trace;
      } else {
        const startingDate = memo(catalog, `S|${line.locationCode ?? ""}|${leadTimeDays}|${endingDate}`, () =>
          startingDateWithoutRouting({ endingDate, leadTimeDays, calendar: lead.calendar }),
        );
        startingDateTime = atMinutes(startingDate, setup.normalStartingTime);
        if (trace) Object.assign(trace, { leadTimeDays, normalStartingTime: setup.normalStartingTime });
      }
    } else {
      startingDateTime = line.forwardStart;
      if (trace) trace.forwardStart = startingDateTime.toISOString();
      if (ops.length > 0) {
        const s = scheduleRouting(ops, { from: "lineStart", startingDateTime }, quantity, tracing);
        ({ startingDateTime, endingDateTime } = s);
        times = s.operations;
        if (trace) trace.routing = s.trace;
      } else {
        const cal = lead.calendar ?? ALWAYS_WORKING_CALENDAR;
        endingDateTime = atMinutes(addWorkingDays(cal, isoDateOf(startingDateTime), leadTimeDays), setup.normalEndingTime);
        if (trace) Object.assign(trace, { leadTimeDays, normalEndingTime: setup.normalEndingTime });
      }
      dueDate = lineDueDate({ ...lead, endingDate: isoDateOf(endingDateTime) });
      if (trace) {
        const leadSkipped = skippedDays(lead.calendar, isoDateOf(endingDateTime), dueDate);
        Object.assign(trace, { endingDate: isoDateOf(endingDateTime), dueDate, leadSkipped });
      }
    }
    requireScheduleDates(line, startingDateTime, endingDateTime, dueDate);
    const routingLines = routing.lines.map((l, i) => ({
      ...l,
      ...times[i],
      previousOperationNo: routing.lines[i - 1]?.operationNo ?? "",
      nextOperationNo: routing.lines[i + 1]?.operationNo ?? "",
    }));
    return { routingVersion: routing.versionCode, routingLines, startingDateTime, endingDateTime, dueDate, ...(trace && { trace }) };
  } catch (e) {
    throw schedulingError(e, line);
  }
}

/** RF-5 horizon: no scheduled date leaves SCHEDULE_FIRST … SCHEDULE_LAST (see horizon.ts). */
function requireScheduleDates(line: LineToSchedule, start: Date, end: Date, dueDate: IsoDate): void {
  const outside = [start, end].find((d) => !withinScheduleDates(d.getTime()));
  if (!outside && dueDate <= SCHEDULE_LAST) return;
  const date = outside ? isoDateOf(outside) : dueDate;
  throw new DomainError(
    "OUT_OF_HORIZON",
    msg("orderOutOfDates", { first: SCHEDULE_FIRST, last: SCHEDULE_LAST, no: line.itemNo, date }),
    "dueDate",
  );
}

function schedulingError(e: unknown, line: LineToSchedule): unknown {
  if (e instanceof OutOfHorizonError) {
    return new DomainError(
      "OUT_OF_HORIZON",
      msg("orderOutOfSpan", { years: MAX_SPAN_YEARS, operation: e.operationNo ?? "", routing: line.routingNo ?? "", no: line.itemNo }),
      "quantity",
    );
  }
  if (e instanceof NoWorkingTimeError) {
    return new DomainError("NO_WORKING_TIME", msg("routingNoWorkingTime", { routing: line.routingNo ?? "", no: line.itemNo }), "routingNo");
  }
  if (e instanceof NoWorkingDaysError) {
    const { key, params } = e.text;
    const located =
      key === "baseCalendarNoWorkingDayWithin" ? msg("locationNoWorkingDayWithin", params) : msg("locationNoWorkingDays", params);
    return new DomainError("NO_WORKING_DAYS", msg(located.key, { ...params, code: line.locationCode ?? "" }), "locationCode");
  }
  if (e instanceof MessageRangeError) return new DomainError("SCHEDULING_FAILED", e.text);
  return e;
}
