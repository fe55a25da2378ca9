import { db as appDb } from "@/lib/db";
import type { Db } from "@/lib/db-client";
import type { PlannedLine } from "@/lib/domain/refresh/plan-types";
import type { Direction, RefreshCatalog } from "@/lib/domain/refresh/types";
import type { LineTrace } from "@/lib/domain/scheduling/schedule-trace";
import { DomainError, NotFoundError } from "@/lib/errors";
import { sqlTransaction, type SqlTx } from "@/lib/services/sql-tx";
import { ORDER_ROW_COLUMNS, parseTs, TS_TEXT, toOrderRow, type RawOrderRow } from "./refresh/load-order";
import { planRefresh, refreshOptions } from "./refresh/run-refresh";
import { msg } from "@/lib/i18n/domain-message";

// "Why this date?" (issue 23): a read use case. It runs the order's refresh plan — the same
// loading and the same scheduler as Refresh — with tracing on, writes nothing, and returns the
// trace of the line behind the date asked about. The direction is the one of the order's last
// refresh (its audit entry), Backward when it never had one. A date changed by hand after that
// refresh is reported as such: the explanation says what a refresh computes.
// Statements: order (1), last direction (1), holiday names (1), then what planRefresh reads.

export type DateTarget =
  | { kind: "header"; field: "starting" | "ending" | "due" }
  | { kind: "line"; lineNo: number; field: "starting" | "ending" | "due" }
  | { kind: "operation"; lineNo: number; operationNo: string; field: "starting" | "ending" }
  | { kind: "component"; lineNo: number; componentLineNo: number };

export type DateExplanation = {
  orderNo: string;
  direction: Direction;
  target: DateTarget;
  /** What a refresh computes now, and what the card shows (ISO date-time, or date for Due Dates). */
  computed: string | null;
  stored: string | null;
  /** Header: which line gave the date (earliest start, latest end, latest Due Date). */
  fromLineNo?: number;
  /** Component: the operation whose start it is due at (by Routing Link Code), else the line's start. */
  componentFrom?: { itemNo: string; operationNo: string | null; routingLinkCode: string };
  lineNo: number | null;
  itemNo: string | null;
  trace: LineTrace | null;
};

const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

export async function explainOrderDates(orderId: number, target: DateTarget, db: Db = appDb): Promise<DateExplanation> {
  return sqlTransaction(db, (tx) => explainInTx(tx, orderId, target), { timeout: 60_000 });
}

async function explainInTx(tx: SqlTx, orderId: number, target: DateTarget): Promise<DateExplanation> {
  const rows = await tx.$queryRaw<(RawOrderRow & { direction: string | null; endingDateTime: string | null; headerDue: string | null })[]>`
    SELECT ${ORDER_ROW_COLUMNS},
      to_char(o."endingDateTime", ${TS_TEXT}) AS "endingDateTime", to_char(o."dueDate", 'YYYY-MM-DD') AS "headerDue",
      (SELECT a.changes->>'direction' FROM "AuditEntry" a
        WHERE a."orderId" = o.id AND a.changes->>'direction' IS NOT NULL ORDER BY a.at DESC, a.id DESC LIMIT 1) AS direction
    FROM "ProductionOrder" o LEFT JOIN "ManufacturingSetup" s ON s.id = 1
    WHERE o.id = ${orderId}`;
  const raw = rows[0];
  if (!raw) throw new NotFoundError("partProductionOrder", { no: orderId });
  const order = toOrderRow(raw);
  if (!order.dueDate) throw new DomainError("DUE_DATE_REQUIRED", msg("dueDateRequired"), "dueDate");
  const direction: Direction = raw.direction === "FORWARD" ? "FORWARD" : "BACK";
  const options = refreshOptions({ orderId, direction });
  const { plan } = await planRefresh(tx, { ...order, dueDate: order.dueDate }, options, {
    trace: true,
    prepareCatalog: (catalog) => nameHolidays(tx, catalog),
  });
  const base = { orderNo: order.no, direction, target };
  const stored = await storedValue(tx, orderId, target, {
    starting: parseTs(raw.startingDateTime),
    ending: parseTs(raw.endingDateTime),
    due: raw.headerDue,
  });

  if (target.kind === "header") {
    const pick = headerLine(plan.lines, target.field);
    const computed = !pick
      ? null
      : target.field === "due"
        ? pick.dueDate
        : (target.field === "starting" ? pick.startingDateTime : pick.endingDateTime).toISOString();
    return { ...base, computed, stored, fromLineNo: pick?.lineNo, ...lineOf(pick) };
  }
  const line = plan.lines.find((l) => l.lineNo === target.lineNo);
  if (!line) return { ...base, computed: null, stored, lineNo: target.lineNo, itemNo: null, trace: null };
  if (target.kind === "line") {
    const computed =
      target.field === "due" ? line.dueDate : (target.field === "starting" ? line.startingDateTime : line.endingDateTime).toISOString();
    return { ...base, computed, stored, ...lineOf(line) };
  }
  if (target.kind === "operation") {
    const r = line.routingLines?.find((x) => x.operationNo === target.operationNo);
    const computed = r ? (target.field === "starting" ? r.startingDateTime : r.endingDateTime).toISOString() : null;
    return { ...base, computed, stored, ...lineOf(line) };
  }
  const c = line.components?.find((x) => x.lineNo === target.componentLineNo);
  if (!c) return { ...base, computed: null, stored, ...lineOf(line) };
  // The refresh's rule (calculate-refresh.ts): due at the first operation with the component's
  // Routing Link Code, else at the line's start. Which one it was is read off the result.
  const linked = c.routingLinkCode ? line.routingLines?.find((r) => r.routingLinkCode === c.routingLinkCode) : undefined;
  const atOperation = linked && linked.startingDateTime.getTime() === c.dueDateTime.getTime() ? linked.operationNo : null;
  return {
    ...base,
    computed: day(c.dueDateTime),
    stored,
    ...lineOf(line),
    componentFrom: { itemNo: c.itemNo, operationNo: atOperation, routingLinkCode: c.routingLinkCode },
  };
}

function lineOf(line: PlannedLine | undefined) {
  return { lineNo: line?.lineNo ?? null, itemNo: line?.itemNo ?? null, trace: line?.trace ?? null };
}

/** RF-6 roll-up (rollUpHeader): the line with the earliest start, the latest end or the latest Due Date. */
function headerLine(lines: PlannedLine[], field: "starting" | "ending" | "due"): PlannedLine | undefined {
  let best: PlannedLine | undefined;
  for (const l of lines) {
    if (!best) best = l;
    else if (
      field === "starting"
        ? l.startingDateTime < best.startingDateTime
        : field === "ending"
          ? l.endingDateTime > best.endingDateTime
          : l.dueDate > best.dueDate
    )
      best = l;
  }
  return best;
}

async function storedValue(
  tx: SqlTx,
  orderId: number,
  target: DateTarget,
  header: { starting: Date | null; ending: Date | null; due: string | null },
): Promise<string | null> {
  if (target.kind === "header") {
    return target.field === "due" ? header.due : ((target.field === "starting" ? header.starting : header.ending)?.toISOString() ?? null);
  }
  const rows =
    target.kind === "line"
      ? await tx.$queryRaw<{ v: string | null }[]>`
        SELECT CASE ${target.field} WHEN 'due' THEN to_char("dueDate", 'YYYY-MM-DD')
          WHEN 'starting' THEN to_char("startingDateTime", ${TS_TEXT}) ELSE to_char("endingDateTime", ${TS_TEXT}) END AS v
        FROM "ProdOrderLine" WHERE "orderId" = ${orderId} AND "lineNo" = ${target.lineNo}`
      : target.kind === "operation"
        ? await tx.$queryRaw<{ v: string | null }[]>`
          SELECT CASE ${target.field} WHEN 'starting' THEN to_char(r."startingDateTime", ${TS_TEXT}) ELSE to_char(r."endingDateTime", ${TS_TEXT}) END AS v
          FROM "ProdOrderRoutingLine" r JOIN "ProdOrderLine" l ON l.id = r."orderLineId"
          WHERE l."orderId" = ${orderId} AND l."lineNo" = ${target.lineNo} AND r."operationNo" = ${target.operationNo}`
        : await tx.$queryRaw<{ v: string | null }[]>`
          SELECT to_char(c."dueDate", 'YYYY-MM-DD') AS v
          FROM "ProdOrderComponent" c JOIN "ProdOrderLine" l ON l.id = c."orderLineId"
          WHERE l."orderId" = ${orderId} AND l."lineNo" = ${target.lineNo} AND c."lineNo" = ${target.componentLineNo}`;
  const v = rows[0]?.v ?? null;
  return v && target.kind !== "component" && !(target.kind === "line" && target.field === "due") ? parseTs(v)!.toISOString() : v;
}

/**
 * Holiday descriptions for the shop calendars and the locations' base calendars the catalog holds
 * (names only: the dates are the catalog's), in one statement.
 */
async function nameHolidays(tx: SqlTx, catalog: RefreshCatalog): Promise<void> {
  const codes = [...new Set([...catalog.capacities.values()].map((c) => c.calendarCode))];
  const locations = [...catalog.locations.keys()];
  if (codes.length === 0 && locations.length === 0) return;
  const rows = await tx.$queryRaw<{ kind: "shop" | "location"; code: string; date: string; description: string }[]>`
    SELECT 'shop' AS kind, "calendarCode" AS code, to_char(date, 'YYYY-MM-DD') AS date, description
    FROM "ShopCalendarHoliday" WHERE "calendarCode" = ANY(${codes}::text[])
    UNION ALL
    SELECT 'location', "locationCode", to_char(date, 'YYYY-MM-DD'), description
    FROM "LocationHoliday" WHERE "locationCode" = ANY(${locations}::text[])`;
  const names = new Map<string, Record<string, string>>();
  for (const r of rows) {
    const key = `${r.kind}:${r.code}`;
    const m = names.get(key) ?? {};
    m[r.date] = r.description;
    names.set(key, m);
  }
  // New calendar objects: the catalog's are shared through the catalog cache and stay untouched.
  for (const [key, cap] of catalog.capacities) {
    catalog.capacities.set(key, { ...cap, calendar: { ...cap.calendar, holidayNames: names.get(`shop:${cap.calendarCode}`) ?? {} } });
  }
  for (const [code, loc] of catalog.locations) {
    catalog.locations.set(code, { ...loc, calendar: { ...loc.calendar, holidayNames: names.get(`location:${code}`) ?? {} } });
  }
}
