import { describe, expect, it } from "vitest";
import { ceilToScale, projectedAvailability, shortageOf } from "@/lib/domain/replan/availability";

describe("RP-3 projected availability", () => {
  it.each([
    ["nothing anywhere", 0, 0, 0, 0, "0"],
    ["stock only", 5, 0, 0, 0, "5"],
    ["stock plus open output minus component demand", 5, 3, 10, 0, "-2"],
    ["sales demand counts too", 10, 0, 4, 7, "-1"],
    ["exact decimals, no float drift", "0.1", "0.2", "0.3", 0, "0"],
    ["15-decimal component demand", 0, 0, "0.000000000000001", 0, "-0.000000000000001"],
  ])("%s", (_label, onHand, openOutput, componentDemand, salesDemand, expected) => {
    // GIVEN the four parts / WHEN combined / THEN supply minus demand, exactly
    expect(projectedAvailability({ onHand, openOutput, componentDemand, salesDemand })).toBe(expected);
  });
});

describe("RP-2 shortage of a negative availability", () => {
  it.each([
    ["enough", "3", "0", "0"],
    ["exactly zero", "0", "0", "0"],
    ["short by 2", "-2", "0", "2"],
    ["short by 5, 3 already covered by an earlier new order", "-5", "3", "2"],
    ["covered more than enough earlier", "-5", "6", "0"],
    ["15 decimals round UP to 5", "-0.000000000000001", "0", "0.00001"],
  ])("%s", (_label, available, covered, expected) => {
    expect(shortageOf(available, covered)).toBe(expected);
  });

  it.each([
    ["1.234561", "1.23457"],
    ["1.23456", "1.23456"],
    ["2", "2"],
    ["-1.234569", "-1.23456"],
  ])("ceilToScale(%s) = %s", (value, expected) => {
    expect(ceilToScale(value)).toBe(expected);
  });
});
