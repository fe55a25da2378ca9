import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildState, needsBuild, sourcesHash, stampBuild } from "@/scripts/build-stamp.mts";

const state = { forced: false, hasBuild: true, builtFrom: "abc", sources: "abc" };

describe("npm start rebuilds when the sources differ from the build", () => {
  it("serves the build made from the same sources", () => {
    expect(needsBuild(state).build).toBe(false);
  });

  it("builds when the sources hash differs, when there is no build or no stamp, and when forced", () => {
    expect(needsBuild({ ...state, sources: "def" })).toEqual({ build: true, why: "the sources changed since the last build" });
    expect(needsBuild({ ...state, hasBuild: false }).build).toBe(true);
    expect(needsBuild({ ...state, builtFrom: null }).build).toBe(true);
    expect(needsBuild({ ...state, forced: true }).build).toBe(true);
  });

  it("a changed source file changes the hash; the stamp written after a build matches until then", () => {
    // GIVEN a project with a build stamped from its sources
    const root = mkdtempSync(path.join(tmpdir(), "build-stamp-"));
    mkdirSync(path.join(root, "app"));
    mkdirSync(path.join(root, ".next"));
    writeFileSync(path.join(root, "app", "page.tsx"), "export default 1;");
    writeFileSync(path.join(root, ".next", "BUILD_ID"), "x");
    stampBuild(sourcesHash(root), root);
    expect(needsBuild(buildState(false, root)).build).toBe(false);
    // WHEN a page changes THEN the next start builds
    writeFileSync(path.join(root, "app", "page.tsx"), "export default 2;");
    expect(needsBuild(buildState(false, root))).toMatchObject({ build: true, why: "the sources changed since the last build" });
  });
});
