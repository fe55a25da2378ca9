import { describe, expect, it } from "vitest";
import type { ShopCalendar } from "@/lib/domain/scheduling/shop-calendar";
import {
  assignLanes,
  dayTicks,
  layoutTimeline,
  nonWorkingSpans,
  TIMELINE,
  timelineRange,
  timeToX,
  type TimelineCalendar,
  type TimelineOperation,
} from "@/lib/domain/scheduling/timeline-geometry";

const at = (text: string) => new Date(`${text}:00.000Z`);
const ms = (text: string) => at(text).getTime();
const iso = (t: number) => new Date(t).toISOString().slice(0, 16);

// Mon–Fri 08:00–16:00; 2027-01-11 is a Monday, 2027-01-13 a holiday.
const dayShift: ShopCalendar = {
  days: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startTime: 480, endTime: 960 })),
  holidays: ["2027-01-13"],
};
const std: TimelineCalendar = { calendar: dayShift, holidays: [{ date: "2027-01-13", description: "Plant closed" }] };

let nextId = 1;
function op(workCenterNo: string, start: string, end: string, operationNo = "10", lineNo = 10000): TimelineOperation {
  return { id: nextId++, lineNo, operationNo, workCenterNo, start: at(start), end: at(end) };
}

describe("RF-5 timeline: time → x", () => {
  it("covers whole days from the first start to the last end", () => {
    // GIVEN operations from Monday 08:00 to Tuesday 12:00
    const found = timelineRange([{ start: at("2027-01-11T08:00"), end: at("2027-01-12T12:00") }]);
    // THEN the range runs from Monday 00:00 to Wednesday 00:00
    expect(found && { from: iso(found.range.from), to: iso(found.range.to), truncated: found.truncated }).toEqual({
      from: "2027-01-11T00:00",
      to: "2027-01-13T00:00",
      truncated: false,
    });
  });

  it("an end exactly at midnight closes that day, and a zero-length operation still gets one day", () => {
    expect(iso(timelineRange([{ start: at("2027-01-11T08:00"), end: at("2027-01-12T00:00") }])!.range.to)).toBe("2027-01-12T00:00");
    expect(iso(timelineRange([{ start: at("2027-01-11T00:00"), end: at("2027-01-11T00:00") }])!.range.to)).toBe("2027-01-12T00:00");
  });

  it("caps a very long range and says so; no operations → no range", () => {
    const found = timelineRange([{ start: at("2027-01-01T08:00"), end: at("2027-12-31T08:00") }], 30);
    expect(found).toMatchObject({ truncated: true });
    expect(iso(found!.range.to)).toBe("2027-01-31T00:00");
    expect(timelineRange([])).toBeNull();
  });

  it("maps linearly and clamps outside the range", () => {
    const range = { from: ms("2027-01-11T00:00"), to: ms("2027-01-13T00:00") };
    expect(timeToX(range, 480, ms("2027-01-11T00:00"))).toBe(0);
    expect(timeToX(range, 480, ms("2027-01-11T12:00"))).toBe(120);
    expect(timeToX(range, 480, ms("2027-01-12T00:00"))).toBe(240);
    expect(timeToX(range, 480, ms("2027-01-10T00:00"))).toBe(0);
    expect(timeToX(range, 480, ms("2027-01-20T00:00"))).toBe(480);
  });

  it("puts a tick at every midnight and labels at most maxLabels of them", () => {
    const range = { from: ms("2027-01-01T00:00"), to: ms("2027-01-31T00:00") };
    const ticks = dayTicks(range, 300, 10);
    expect(ticks).toHaveLength(31);
    expect(ticks[0]).toEqual({ day: "2027-01-01", x: 0, label: true });
    expect(ticks[30]).toMatchObject({ day: "2027-01-31", x: 300, label: false });
    expect(ticks.filter((t) => t.label)).toHaveLength(10);
  });
});

describe("RF-5 timeline: non-working bands from the shop calendar", () => {
  it("shades nights, the holiday and the weekend between the working periods", () => {
    // GIVEN Monday 2027-01-11 to Sunday 2027-01-17, Wednesday a holiday
    const range = { from: ms("2027-01-11T00:00"), to: ms("2027-01-18T00:00") };
    // WHEN the non-working spans are computed
    const spans = nonWorkingSpans(dayShift, range).map((s) => [iso(s.from), iso(s.to)]);
    // THEN the night before Monday's shift, Monday night to Tuesday 08:00, Tuesday 16:00 to
    // Thursday 08:00 (holiday), … and Friday 16:00 to the end of Sunday are non-working
    expect(spans).toEqual([
      ["2027-01-11T00:00", "2027-01-11T08:00"],
      ["2027-01-11T16:00", "2027-01-12T08:00"],
      ["2027-01-12T16:00", "2027-01-14T08:00"],
      ["2027-01-14T16:00", "2027-01-15T08:00"],
      ["2027-01-15T16:00", "2027-01-18T00:00"],
    ]);
  });

  it("a round-the-clock calendar has no bands; a calendar without working time is all band", () => {
    const range = { from: ms("2027-01-11T00:00"), to: ms("2027-01-13T00:00") };
    const allDay: ShopCalendar = { days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startTime: 0, endTime: 1440 })), holidays: [] };
    expect(nonWorkingSpans(allDay, range)).toEqual([]);
    expect(nonWorkingSpans({ days: [], holidays: [] }, range)).toEqual([range]);
  });
});

describe("RF-5 timeline: rows, lanes and bars", () => {
  it("overlapping operations on one work center go to separate lanes; touching ones share a lane", () => {
    const a = op("100", "2027-01-11T08:00", "2027-01-11T10:00");
    const b = op("100", "2027-01-11T09:00", "2027-01-11T11:00");
    const c = op("100", "2027-01-11T10:00", "2027-01-11T12:00");
    expect(assignLanes([c, b, a]).map((lane) => lane.map((o) => o.id))).toEqual([[a.id, c.id], [b.id]]);
  });

  it("lays out one row per work center, bars at their times, bands and holidays per row", () => {
    // GIVEN two operations on two work centers on Monday and Tuesday
    const ops = [op("300", "2027-01-11T08:00", "2027-01-11T12:00", "10"), op("100", "2027-01-12T08:00", "2027-01-12T16:00", "20")];
    // WHEN laid out (range Monday 00:00 – Wednesday 00:00, 840 units wide: 420 per day)
    const layout = layoutTimeline(
      ops,
      new Map([
        ["100", std],
        ["300", std],
      ]),
    )!;
    // THEN rows are sorted by work center, each one lane high
    expect(layout.rows.map((r) => [r.workCenterNo, r.y, r.height])).toEqual([
      ["100", TIMELINE.axisHeight, TIMELINE.laneHeight + TIMELINE.rowPadding],
      ["300", TIMELINE.axisHeight + TIMELINE.laneHeight + TIMELINE.rowPadding, TIMELINE.laneHeight + TIMELINE.rowPadding],
    ]);
    const [row100, row300] = layout.rows;
    expect(row300.bars[0]).toMatchObject({ x: 140, width: 70, height: TIMELINE.barHeight }); // 08:00–12:00 = 4 h
    expect(row100.bars[0]).toMatchObject({ x: 560, width: 140 });
    // non-working: 00–08, 16–08 next day, 16–24 → three bands per row
    expect(row100.nonWorking).toEqual([
      { x: 0, width: 140 },
      { x: 280, width: 280 },
      { x: 700, width: 140 },
    ]);
    expect(row100.holidays).toEqual([]); // the holiday is outside the range
    expect(layout.ticks.map((t) => t.x)).toEqual([0, 420, 840]);
    expect(layout.height).toBe(TIMELINE.axisHeight + 2 * (TIMELINE.laneHeight + TIMELINE.rowPadding) + 4);
  });

  it("shows a holiday in range as its own band, and gives a zero-length operation a visible bar", () => {
    const layout = layoutTimeline(
      [op("100", "2027-01-12T08:00", "2027-01-14T16:00"), op("100", "2027-01-14T16:00", "2027-01-14T16:00")],
      new Map([["100", std]]),
    )!;
    const row = layout.rows[0];
    expect(row.holidays).toEqual([{ date: "2027-01-13", description: "Plant closed", x: 280, width: 280 }]);
    expect(row.bars[1].width).toBe(TIMELINE.minBarWidth);
  });

  it("nothing scheduled → no layout", () => {
    expect(layoutTimeline([], new Map())).toBeNull();
  });
});
