// The geometry of the order's operations timeline: time → x, one row per work center, bars in
// lanes so operations that overlap on one work center stay visible, and the shop calendar's
// non-working time as bands. Pure (no React, no Prisma) so the arithmetic is unit-tested.
import { addCalendarDays, isoDateOf, isoDateToUtcMs, MS_PER_DAY, utcMsToIsoDate, type IsoDate } from "@/lib/domain/calendar/iso-date";
import { NoWorkingTimeError, workingPeriods, type ShopCalendar } from "@/lib/domain/scheduling/shop-calendar";
import { numericOrder } from "@/lib/domain/text/numeric-order";

export type TimeRange = { from: number; to: number };
export type TimelineOperation = { id: number; lineNo: number; operationNo: string; workCenterNo: string; start: Date; end: Date };
export type TimelineCalendar = { calendar: ShopCalendar; holidays: { date: IsoDate; description: string }[] };
export type Band = { x: number; width: number };
export type Bar = { op: TimelineOperation; x: number; y: number; width: number; height: number };
export type TimelineRow = {
  workCenterNo: string;
  y: number;
  height: number;
  bars: Bar[];
  nonWorking: Band[];
  holidays: (Band & { date: IsoDate; description: string })[];
};
export type TimelineLayout = {
  width: number;
  height: number;
  chartX: number;
  chartWidth: number;
  axisHeight: number;
  range: TimeRange;
  truncated: boolean;
  ticks: { day: IsoDate; x: number; label: boolean }[];
  rows: TimelineRow[];
};

export const TIMELINE = {
  labelWidth: 110,
  chartWidth: 840,
  axisHeight: 28,
  laneHeight: 22,
  barHeight: 16,
  rowPadding: 6,
  maxDays: 90,
  maxLabels: 15,
  minBarWidth: 2,
};

/** Whole UTC days around the operations (an end at midnight closes that day); capped at maxDays. */
export function timelineRange(
  ops: { start: Date; end: Date }[],
  maxDays = TIMELINE.maxDays,
): { range: TimeRange; truncated: boolean } | null {
  if (ops.length === 0) return null;
  const first = Math.min(...ops.map((o) => o.start.getTime()));
  const last = Math.max(...ops.map((o) => Math.max(o.end.getTime(), o.start.getTime())));
  const from = isoDateToUtcMs(isoDateOf(new Date(first)));
  const to = Math.max(from + MS_PER_DAY, Math.ceil((last - from) / MS_PER_DAY) * MS_PER_DAY + from);
  const cap = from + maxDays * MS_PER_DAY;
  return { range: { from, to: Math.min(to, cap) }, truncated: to > cap };
}

/** Linear time → x within [0, width]; moments outside the range are clamped to its edges. */
export function timeToX(range: TimeRange, width: number, t: number): number {
  const ratio = (t - range.from) / (range.to - range.from);
  return Math.min(width, Math.max(0, ratio * width));
}

/** A tick at every midnight; only every n-th is labelled so labels never crowd. */
export function dayTicks(range: TimeRange, width: number, maxLabels = TIMELINE.maxLabels) {
  const days = Math.round((range.to - range.from) / MS_PER_DAY);
  const every = Math.max(1, Math.ceil(days / maxLabels));
  return Array.from({ length: days + 1 }, (_, i) => ({
    day: utcMsToIsoDate(range.from + i * MS_PER_DAY),
    x: timeToX(range, width, range.from + i * MS_PER_DAY),
    label: i < days && i % every === 0,
  }));
}

/** The complement of the calendar's working periods within the range, as [start, end) spans. */
export function nonWorkingSpans(cal: ShopCalendar, range: TimeRange): TimeRange[] {
  let periods: { start: Date; end: Date }[];
  try {
    periods = workingPeriods(cal, utcMsToIsoDate(range.from), utcMsToIsoDate(range.to - 1));
  } catch (e) {
    if (e instanceof NoWorkingTimeError) return [{ ...range }];
    throw e;
  }
  const spans: TimeRange[] = [];
  let cursor = range.from;
  for (const p of periods) {
    const start = Math.max(p.start.getTime(), range.from);
    if (start > cursor) spans.push({ from: cursor, to: Math.min(start, range.to) });
    cursor = Math.max(cursor, Math.min(p.end.getTime(), range.to));
  }
  if (cursor < range.to) spans.push({ from: cursor, to: range.to });
  return spans;
}

/** Greedy interval partitioning: each operation goes to the first lane free at its start. */
export function assignLanes(ops: TimelineOperation[]): TimelineOperation[][] {
  const lanes: { end: number; ops: TimelineOperation[] }[] = [];
  const sorted = [...ops].sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime());
  for (const op of sorted) {
    const lane = lanes.find((l) => l.end <= op.start.getTime());
    if (lane) {
      lane.ops.push(op);
      lane.end = op.end.getTime();
    } else lanes.push({ end: op.end.getTime(), ops: [op] });
  }
  return lanes.map((l) => l.ops);
}

const band = (range: TimeRange, width: number, s: TimeRange): Band => {
  const x = timeToX(range, width, s.from);
  return { x, width: timeToX(range, width, s.to) - x };
};

/** Everything the SVG needs, in SVG units; null when there is nothing scheduled to show. */
export function layoutTimeline(ops: TimelineOperation[], calendars: Map<string, TimelineCalendar>): TimelineLayout | null {
  const found = timelineRange(ops);
  if (!found) return null;
  const { range, truncated } = found;
  const { chartWidth: w, laneHeight, barHeight, rowPadding, axisHeight, minBarWidth } = TIMELINE;
  const visible = ops.filter((o) => o.start.getTime() < range.to);
  const byCenter = new Map<string, TimelineOperation[]>();
  for (const op of visible) byCenter.set(op.workCenterNo, [...(byCenter.get(op.workCenterNo) ?? []), op]);
  const centers = [...byCenter.keys()].sort(numericOrder.compare);
  let y = axisHeight;
  const rows = centers.map((workCenterNo): TimelineRow => {
    const lanes = assignLanes(byCenter.get(workCenterNo)!);
    const height = lanes.length * laneHeight + rowPadding;
    const bars = lanes.flatMap((lane, i) =>
      lane.map((op): Bar => {
        const x = timeToX(range, w, op.start.getTime());
        const width = Math.max(minBarWidth, timeToX(range, w, op.end.getTime()) - x);
        return {
          op,
          x: Math.min(x, w - minBarWidth),
          y: y + rowPadding / 2 + i * laneHeight + (laneHeight - barHeight) / 2,
          width,
          height: barHeight,
        };
      }),
    );
    const cal = calendars.get(workCenterNo);
    const nonWorking = cal ? nonWorkingSpans(cal.calendar, range).map((s) => band(range, w, s)) : [];
    const lastDay = utcMsToIsoDate(range.to - 1);
    const holidays = (cal?.holidays ?? [])
      .filter((h) => h.date >= utcMsToIsoDate(range.from) && h.date <= lastDay)
      .map((h) => ({ ...h, ...band(range, w, { from: isoDateToUtcMs(h.date), to: isoDateToUtcMs(addCalendarDays(h.date, 1)) }) }));
    const row = { workCenterNo, y, height, bars, nonWorking, holidays };
    y += height;
    return row;
  });
  return {
    width: TIMELINE.labelWidth + w + 8,
    height: y + 4,
    chartX: TIMELINE.labelWidth,
    chartWidth: w,
    axisHeight,
    range,
    truncated,
    ticks: dayTicks(range, w),
    rows,
  };
}
