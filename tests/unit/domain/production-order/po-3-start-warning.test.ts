// PO-3: an order whose Starting Date-Time lies before now is flagged before it is created.
import { describe, expect, it } from "vitest";
import { startsInPast } from "@/lib/domain/production-order/start-warning";

describe("PO-3 a start in the past is flagged", () => {
  const now = new Date("2026-12-05T10:00:00Z");
  it.each([
    ["a start one minute before now", new Date("2026-12-05T09:59:00Z"), true],
    ["a start exactly now", new Date("2026-12-05T10:00:00Z"), false],
    ["a start tomorrow", new Date("2026-12-06T08:00:00Z"), false],
    ["no start at all", null, false],
  ])("%s", (_case, start, expected) => {
    // GIVEN a Starting Date-Time / WHEN compared with now / THEN flagged only when earlier
    expect(startsInPast(start, now)).toBe(expected);
  });
});
