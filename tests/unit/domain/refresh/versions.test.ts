import { describe, expect, it } from "vitest";
import { selectVersion } from "@/lib/domain/refresh/versions";
import type { VersionedHeader } from "@/lib/domain/refresh/types";

const header = (status: VersionedHeader["status"], versions: VersionedHeader["versions"] = []): VersionedHeader => ({
  no: "1300",
  status,
  uom: "PCS",
  versions,
});

describe("RF-3 BOM version valid on the line's Starting Date", () => {
  const versions: VersionedHeader["versions"] = [
    { code: "V1", startingDate: "2026-01-01", status: "CERTIFIED" },
    { code: "V2", startingDate: "2027-01-01", status: "CERTIFIED" },
    { code: "V3", startingDate: "2026-06-01", status: "UNDER_DEVELOPMENT" },
  ];

  it("takes the certified version with the latest Starting Date on or before the date", () => {
    // GIVEN V1 from 2026-01-01, V2 from 2027-01-01 and an uncertified V3 from 2026-06-01
    // WHEN / THEN
    expect(selectVersion("BOM", header("CERTIFIED", versions), "2026-12-01").versionCode).toBe("V1");
    expect(selectVersion("BOM", header("CERTIFIED", versions), "2027-01-01").versionCode).toBe("V2");
  });

  it("falls back to the header's lines before the first version", () => {
    expect(selectVersion("BOM", header("CERTIFIED", versions), "2025-12-31").versionCode).toBeNull();
  });

  it("a certified version is used even when the header is not certified", () => {
    expect(selectVersion("BOM", header("CLOSED", versions), "2026-12-01").versionCode).toBe("V1");
  });

  it("an uncertified header without a valid version → Status must be Certified", () => {
    // GIVEN a header under development and no version
    // WHEN / THEN BC's TestField message
    expect(() => selectVersion("BOM", header("UNDER_DEVELOPMENT"), "2026-12-01")).toThrow(
      "Status must be Certified in Production BOM Header No.='1300'.",
    );
    expect(() => selectVersion("ROUTING", header("NEW"), "2026-12-01")).toThrow("Status must be Certified in Routing Header No.='1300'.");
  });
});
