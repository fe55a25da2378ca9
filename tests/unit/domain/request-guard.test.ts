import { describe, expect, it } from "vitest";
import { isSameOriginAction, jsonNestingDepth, MAX_BODY_NESTING } from "@/lib/domain/http/request-guard";

describe("a server action is called only from the app's own origin", () => {
  it("accepts the request's own host and a request without Origin", () => {
    expect(isSameOriginAction("http://localhost:3000", "localhost:3000")).toBe(true);
    expect(isSameOriginAction(null, "localhost:3000")).toBe(true);
  });

  it("refuses a foreign origin, the opaque origin `null` and a malformed one", () => {
    expect(isSameOriginAction("https://evil.example", "localhost:3000")).toBe(false);
    expect(isSameOriginAction("http://localhost:3001", "localhost:3000")).toBe(false);
    expect(isSameOriginAction("null", "localhost:3000")).toBe(false);
    expect(isSameOriginAction("not a url", "localhost:3000")).toBe(false);
    expect(isSameOriginAction("http://localhost:3000", null)).toBe(false);
  });
});

describe("the nesting depth of a JSON body is measured before it is decoded", () => {
  it("counts arrays and objects, not brackets inside strings", () => {
    expect(jsonNestingDepth('[null,{"no":"A[[[{{{","q":[1,2]}]')).toBe(3);
    expect(jsonNestingDepth('["a\\"[[[["]')).toBe(1);
    expect(jsonNestingDepth("plain text")).toBe(0);
  });

  it("stops at the limit on a 200,000-deep body", () => {
    // GIVEN a body of 200,000 nested arrays
    const deep = "[".repeat(200_000) + "]".repeat(200_000);
    // WHEN its depth is measured THEN the answer is just past the limit
    expect(jsonNestingDepth(deep)).toBe(MAX_BODY_NESTING + 1);
  });
});
