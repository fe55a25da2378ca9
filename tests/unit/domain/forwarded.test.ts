import { describe, expect, it } from "vitest";
import { applyForwardedTrust, clientAddressOf, parseTrustedProxies } from "@/lib/domain/http/forwarded";

const none = parseTrustedProxies("");
const proxy = parseTrustedProxies("10.0.0.5, 192.168.1.0/24, ::1");

describe("forwarded headers are believed only from a configured proxy", () => {
  it("a direct client is its socket peer, whatever X-Forwarded-For it sends", () => {
    expect(clientAddressOf("203.0.113.9", "198.51.100.1", none)).toBe("203.0.113.9");
    expect(clientAddressOf("::ffff:203.0.113.9", undefined, none)).toBe("203.0.113.9");
  });

  it("behind a trusted proxy the client is the last address in the chain that is not a proxy", () => {
    // GIVEN a client that forged an address, then two trusted proxies that appended what they saw
    const chain = "6.6.6.6, 203.0.113.9, 192.168.1.20";
    // WHEN the app reads it from the inner proxy THEN the forged entry is never taken
    expect(clientAddressOf("10.0.0.5", chain, proxy)).toBe("203.0.113.9");
    expect(clientAddressOf("::1", "203.0.113.9", proxy)).toBe("203.0.113.9");
  });

  it("TRUSTED_PROXIES takes addresses and IPv4 ranges", () => {
    expect(proxy("192.168.1.200")).toBe(true);
    expect(proxy("192.168.2.1")).toBe(false);
    expect(proxy("::ffff:10.0.0.5")).toBe(true);
    expect(parseTrustedProxies(undefined)("127.0.0.1")).toBe(false);
  });

  it("an untrusted peer's forwarded headers are dropped and X-Forwarded-For becomes the peer", () => {
    const headers: Record<string, string | undefined> = {
      host: "erp.example",
      "x-forwarded-for": "6.6.6.6",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      "x-real-ip": "6.6.6.7",
    };
    applyForwardedTrust(headers, "203.0.113.9", none);
    expect(headers).toEqual({ host: "erp.example", "x-forwarded-for": "203.0.113.9" });
  });

  it("a trusted proxy's forwarded host and protocol are kept", () => {
    const headers: Record<string, string | undefined> = {
      host: "app:3000",
      "x-forwarded-for": "203.0.113.9",
      "x-forwarded-host": "erp.example",
      "x-forwarded-proto": "https",
    };
    applyForwardedTrust(headers, "10.0.0.5", proxy);
    expect(headers).toEqual({
      host: "app:3000",
      "x-forwarded-for": "203.0.113.9",
      "x-forwarded-host": "erp.example",
      "x-forwarded-proto": "https",
    });
  });
});
