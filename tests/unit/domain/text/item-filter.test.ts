import { describe, expect, it } from "vitest";
import { parseItemFilter } from "@/lib/domain/text/item-filter";

// The Calculate Regenerative Plan dialog's item filter (BC filter notation on a code field).
describe("parseItemFilter", () => {
  it("blank means every item", () => {
    expect(parseItemFilter("")).toBeNull();
    expect(parseItemFilter("  ")).toBeNull();
  });
  it("alternatives, ranges and wildcards, case-insensitively", () => {
    const f = parseItemFilter("1000|11*|1900..1960|lsu-1")!;
    expect(["1000", "1100", "1170", "1900", "1950", "1960", "LSU-1"].every(f)).toBe(true);
    expect(["1001", "1200", "1961", "LSU-10"].some(f)).toBe(false);
  });
  it("open-ended ranges", () => {
    expect(parseItemFilter("..1100")!("1001")).toBe(true);
    expect(parseItemFilter("1900..")!("1001")).toBe(false);
  });
});
