import { describe, expect, it } from "vitest";
import { DRAG, draggedStart, ghostX, keyedStart, pixelsToUnits, snapTime, unitsToMs } from "@/lib/domain/scheduling/timeline-drag";
import { timeToX } from "@/lib/domain/scheduling/timeline-geometry";

const ms = (text: string) => new Date(`${text}:00.000Z`).getTime();
const iso = (t: number) => new Date(t).toISOString().slice(0, 16);

// Ten days on 840 units: one unit is 10 × 24 × 60 / 840 ≈ 17.14 minutes.
const range = { from: ms("2027-03-15T00:00"), to: ms("2027-03-25T00:00") };
const W = 840;

describe("timeline drag: pixels ↔ time", () => {
  it("screen pixels become SVG units by the ratio of the drawn width to the viewBox", () => {
    // GIVEN a chart of 958 units drawn 479 px wide (half size) THEN 10 px travel is 20 units
    expect(pixelsToUnits(10, 479, 958)).toBe(20);
    expect(pixelsToUnits(-30, 958, 958)).toBe(-30);
    // AND a chart not drawn (zero width) moves nothing
    expect(pixelsToUnits(10, 0, 958)).toBe(0);
  });

  it("units become time on the chart's scale: the whole width is the whole range, and it inverts timeToX", () => {
    expect(unitsToMs(range, W, W)).toBe(range.to - range.from);
    expect(unitsToMs(range, W, 84)).toBe(24 * 60 * 60 * 1000);
    const t = ms("2027-03-18T10:00");
    expect(range.from + unitsToMs(range, W, timeToX(range, W, t))).toBeCloseTo(t, -1);
  });

  it("a dragged start snaps to the quarter hour, UTC-aligned", () => {
    expect(DRAG.snapMs).toBe(15 * 60 * 1000);
    expect(iso(snapTime(ms("2027-03-18T10:07")))).toBe("2027-03-18T10:00");
    expect(iso(snapTime(ms("2027-03-18T10:08")))).toBe("2027-03-18T10:15");
    expect(iso(snapTime(ms("2027-03-18T23:53")))).toBe("2027-03-19T00:00");
  });

  it("dragging a bar one day's width to the right moves its start one day later; left, earlier; tiny moves snap back", () => {
    const start = ms("2027-03-18T10:05");
    expect(iso(draggedStart(range, W, start, 84))).toBe("2027-03-19T10:00");
    expect(iso(draggedStart(range, W, start, -168))).toBe("2027-03-16T10:00");
    expect(iso(draggedStart(range, W, ms("2027-03-18T10:00"), 0.2))).toBe("2027-03-18T10:00");
  });

  it("arrow keys move an hour, Shift+arrow a day, from the snapped start; other keys do not move", () => {
    const start = ms("2027-03-18T10:05");
    expect(iso(keyedStart(start, "ArrowRight", false)!)).toBe("2027-03-18T11:00");
    expect(iso(keyedStart(start, "ArrowLeft", false)!)).toBe("2027-03-18T09:00");
    expect(iso(keyedStart(start, "ArrowRight", true)!)).toBe("2027-03-19T10:00");
    expect(iso(keyedStart(start, "ArrowLeft", true)!)).toBe("2027-03-17T10:00");
    expect(keyedStart(start, "ArrowUp", false)).toBeNull();
    expect(keyedStart(start, "a", false)).toBeNull();
  });

  it("the ghost stands at the new start, clamped to the chart's edges", () => {
    expect(ghostX(range, W, ms("2027-03-16T00:00"))).toBe(84);
    expect(ghostX(range, W, ms("2027-03-01T00:00"))).toBe(0);
    expect(ghostX(range, W, ms("2027-04-30T00:00"))).toBe(W);
  });
});
