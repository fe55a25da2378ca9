import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/domain/auth/next-path";

// After sign-in the browser goes to `next` only when it is a path of this app (issue #21, item 4).

describe("safeNextPath keeps only same-origin paths", () => {
  it.each([
    ["/production-orders/firm-planned", "/production-orders/firm-planned"],
    ["/items?filter=bike#top", "/items?filter=bike#top"],
    ["/admin/users", "/admin/users"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
  ])("GIVEN the app path %j THEN it is kept as %j", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it.each([
    // the reported payloads: a backslash, and a raw TAB after the first slash
    ["/\\127.0.0.1:3205/x"],
    ["/\t/127.0.0.1:3205/x"],
    ["/\n/evil.example"],
    ["/\r/evil.example"],
    // protocol-relative and absolute URLs
    ["//evil.example"],
    ["///evil.example"],
    ["https://evil.example/x"],
    ["javascript:alert(1)"],
    ["\\\\evil.example"],
    // paths that normalize to "//host"
    ["/.//evil.example"],
    ["/a/../..//evil.example"],
    // a backslash further on, a NUL, DEL
    ["/x/\\evil.example"],
    ["/x\u0000"],
    ["/x\u007f"],
    [""],
    [undefined],
  ])("GIVEN %j THEN the user goes to /", (next) => {
    expect(safeNextPath(next)).toBe("/");
  });
});
