// The timeline's drag (issue 23 item 3) as arithmetic: a pointer's travel in screen pixels
// becomes SVG units, then time on the chart's scale, then a start snapped to a quarter hour; the
// keyboard moves the same start by an hour or, with Shift, a day. Pure, so it is unit-tested;
// the scheduler (not this file) then moves a start in non-working time to working time.
import { MS_PER_DAY, MS_PER_MINUTE } from "@/lib/domain/calendar/iso-date";
import { timeToX, type TimeRange } from "@/lib/domain/scheduling/timeline-geometry";

export const DRAG = {
  /** A dragged start snaps to the quarter hour. */
  snapMs: 15 * MS_PER_MINUTE,
  /** Arrow keys move an hour; with Shift, a day. */
  keyMs: 60 * MS_PER_MINUTE,
  shiftKeyMs: MS_PER_DAY,
  /** Pointer travel below this (SVG units) is a click, not a drag. */
  minTravel: 2,
};

/** Screen pixels to SVG units: the chart is drawn scaled to the width of its box. */
export function pixelsToUnits(pixels: number, drawnWidth: number, viewBoxWidth: number): number {
  return drawnWidth > 0 ? (pixels * viewBoxWidth) / drawnWidth : 0;
}

/** The time a distance on the chart stands for: the inverse of timeToX's scale. */
export function unitsToMs(range: TimeRange, chartWidth: number, units: number): number {
  return (units * (range.to - range.from)) / chartWidth;
}

/** The nearest multiple of `step` (UTC-aligned, so quarter hours fall on :00, :15, :30, :45). */
export function snapTime(ms: number, step = DRAG.snapMs): number {
  return Math.round(ms / step) * step;
}

/** Where a bar starting at `start` starts after being dragged `units` along the chart, snapped. */
export function draggedStart(range: TimeRange, chartWidth: number, start: number, units: number, step = DRAG.snapMs): number {
  return snapTime(start + unitsToMs(range, chartWidth, units), step);
}

/** A keyboard move of a focused bar: the new start, or null for a key that does not move it. */
export function keyedStart(start: number, key: string, shift: boolean): number | null {
  const step = shift ? DRAG.shiftKeyMs : DRAG.keyMs;
  if (key === "ArrowRight") return snapTime(start, DRAG.snapMs) + step;
  if (key === "ArrowLeft") return snapTime(start, DRAG.snapMs) - step;
  return null;
}

/** The ghost of a moved bar: the bar's width kept, its x at the new start (clamped to the chart). */
export function ghostX(range: TimeRange, chartWidth: number, start: number): number {
  return timeToX(range, chartWidth, start);
}
