import { describe, expect, it } from "vitest";
import { checkSeriesFlags, setSeriesFlag } from "@/lib/domain/number-series/series-flags";

describe("NS-1 Default Nos. and Manual Nos. cannot both be off", () => {
  it.each([
    [{ defaultNos: true, manualNos: false }, "defaultNos", false, { defaultNos: false, manualNos: true }],
    [{ defaultNos: false, manualNos: true }, "manualNos", false, { defaultNos: true, manualNos: false }],
    [{ defaultNos: true, manualNos: true }, "defaultNos", false, { defaultNos: false, manualNos: true }],
    [{ defaultNos: true, manualNos: true }, "manualNos", false, { defaultNos: true, manualNos: false }],
  ] as const)("GIVEN %o WHEN %s is cleared THEN the other is set", (flags, flag, value, expected) => {
    // GIVEN the current flags / WHEN one is cleared / THEN the other one is turned on
    expect(setSeriesFlag(flags, flag, value)).toEqual(expected);
  });

  it.each([
    [{ defaultNos: false, manualNos: true }, "defaultNos", { defaultNos: true, manualNos: true }],
    [{ defaultNos: true, manualNos: false }, "manualNos", { defaultNos: true, manualNos: true }],
    [{ defaultNos: true, manualNos: true }, "manualNos", { defaultNos: true, manualNos: true }],
  ] as const)("GIVEN %o WHEN %s is set THEN the other is left alone", (flags, flag, expected) => {
    // GIVEN the current flags / WHEN one is turned on / THEN nothing else changes
    expect(setSeriesFlag(flags, flag, true)).toEqual(expected);
  });

  it("GIVEN flags WHEN a flag is set THEN the input object is not changed", () => {
    // GIVEN frozen flags / WHEN changed / THEN a new object comes back
    const flags = Object.freeze({ defaultNos: true, manualNos: false });
    expect(setSeriesFlag(flags, "defaultNos", false)).not.toBe(flags);
    expect(flags).toEqual({ defaultNos: true, manualNos: false });
  });

  it("GIVEN both flags off WHEN checked THEN the rule is reported on Manual Nos.", () => {
    // GIVEN input that bypassed the form / WHEN checked / THEN it is refused with a message
    expect(checkSeriesFlags({ defaultNos: false, manualNos: false })).toMatchObject({ field: "manualNos" });
  });

  it.each([
    { defaultNos: true, manualNos: false },
    { defaultNos: false, manualNos: true },
    { defaultNos: true, manualNos: true },
  ])("GIVEN %o WHEN checked THEN it is fine", (flags) => {
    // GIVEN at least one flag on / WHEN checked / THEN no error
    expect(checkSeriesFlags(flags)).toBeNull();
  });
});
