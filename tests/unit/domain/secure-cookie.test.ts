import { describe, expect, it } from "vitest";
import { isLoopbackHost, secureCookieWillBeDropped } from "@/lib/domain/http/secure-cookie";

describe("sign-in over plain HTTP on another machine's address cannot keep a Secure cookie", () => {
  it("is flagged for http on a network address while cookies are Secure", () => {
    expect(secureCookieWillBeDropped({ secureCookies: true, protocol: "http", host: "erp.example:3000" })).toBe(true);
    expect(secureCookieWillBeDropped({ secureCookies: true, protocol: "http:", host: "192.0.2.2:3000" })).toBe(true);
  });

  it("is not flagged over https, on localhost and loopback addresses, or with SECURE_COOKIES=0", () => {
    expect(secureCookieWillBeDropped({ secureCookies: true, protocol: "https", host: "erp.example" })).toBe(false);
    expect(secureCookieWillBeDropped({ secureCookies: false, protocol: "http", host: "erp.example" })).toBe(false);
    for (const host of ["localhost:3000", "127.0.0.1:3000", "[::1]:3000", "app.localhost", "127.0.0.2"])
      expect(isLoopbackHost(host), host).toBe(true);
    expect(isLoopbackHost("[2001:db8::1]:3000")).toBe(false);
  });
});
