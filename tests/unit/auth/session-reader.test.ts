import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cookieValue, verifySignedValue } from "@/lib/auth/session-reader";

// The cookie rules the session reader shares with Better Auth (better-call's parseCookies and
// signed cookies). Compatibility with real Better Auth cookies is proven in the integration tests.

const SECRET = "unit-test-secret-0123456789abcdef0123456789";
const sign = (value: string, secret = SECRET) => `${value}.${createHmac("sha256", secret).update(value).digest("base64")}`;

describe("cookieValue", () => {
  it("finds a cookie among others, trimmed and URI-decoded", () => {
    expect(cookieValue("a=1; better-auth.session_token=abc%2Edef%3D;  b=2", "better-auth.session_token")).toBe("abc.def=");
  });
  it("takes the first of two cookies with the same name, and strips quotes", () => {
    expect(cookieValue('x="q1"; x=q2', "x")).toBe("q1");
  });
  it("does not match a cookie whose name only ends with the wanted name", () => {
    expect(cookieValue("__Secure-better-auth.session_token=s", "better-auth.session_token")).toBeNull();
    expect(cookieValue("__Secure-better-auth.session_token=s", "__Secure-better-auth.session_token")).toBe("s");
  });
  it("answers null without a header or the cookie, and keeps a value that is not valid URI encoding", () => {
    expect(cookieValue(null, "x")).toBeNull();
    expect(cookieValue("", "x")).toBeNull();
    expect(cookieValue("y=1", "x")).toBeNull();
    expect(cookieValue("x=%E0%A4%A", "x")).toBe("%E0%A4%A");
  });
});

describe("verifySignedValue", () => {
  it("returns the value of a correctly signed cookie", () => {
    expect(verifySignedValue(sign("token123"), SECRET)).toBe("token123");
  });
  it("refuses a value signed with another secret, a changed value, a cut signature or none", () => {
    expect(verifySignedValue(sign("token123", "another-secret-0123456789abcdef0123456"), SECRET)).toBeNull();
    expect(verifySignedValue(sign("token123").replace("token123", "token124"), SECRET)).toBeNull();
    expect(verifySignedValue(sign("token123").slice(0, -2), SECRET)).toBeNull();
    expect(verifySignedValue("token123", SECRET)).toBeNull();
    expect(verifySignedValue(".abc", SECRET)).toBeNull();
  });
  it("refuses a 44-character signature that is not the HMAC (same length, other bytes)", () => {
    const good = sign("t");
    const bad = `${good.slice(0, good.lastIndexOf(".") + 1)}${"A".repeat(43)}=`;
    expect(verifySignedValue(bad, SECRET)).toBeNull();
  });
});
