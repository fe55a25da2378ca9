// X-Forwarded-* headers are believed only from TRUSTED_PROXIES, under `npm run dev` as under
// `npm start`: both launch scripts/serve.mts, whose HTTP server (scripts/app-server.mts) rewrites
// the headers from the socket's real peer before Next's handler sees them. Real sockets here: the
// client connects from 127.0.0.2, standing in for another machine.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { parseTrustedProxies } from "@/lib/domain/http/forwarded";
import { createAppServer, listenAndAnnounce, serveCommand, servingLine } from "@/scripts/app-server.mts";

const SPOOFED = {
  "X-Forwarded-For": "198.18.200.1",
  "X-Forwarded-Host": "evil.example",
  "X-Forwarded-Proto": "https",
  "X-Real-IP": "198.18.201.1",
};
let server: http.Server | null = null;

/** A server whose handler answers the forwarded headers it was given (Next's place). */
async function listen(trustedProxies: string): Promise<number> {
  server = createAppServer((req, res) => {
    const seen = Object.fromEntries(Object.entries(req.headers).filter(([k]) => k.startsWith("x-")));
    res.end(JSON.stringify(seen));
  }, parseTrustedProxies(trustedProxies));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

function headersSeen(port: number): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: "/", localAddress: "127.0.0.2", headers: SPOOFED }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve(JSON.parse(body)));
    });
    req.on("error", reject);
    req.end();
  });
}

afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = null;
});

describe("the dev server guards forwarded headers as the production server does", () => {
  it("npm run dev and npm start both serve through scripts/serve.mts (dev with Next's dev server)", () => {
    // GIVEN the launcher's two modes WHEN it picks the command to serve with
    const dev = serveCommand("dev");
    const start = serveCommand("start");
    // THEN both run serve.mts, and only the mode differs
    expect(dev).toEqual({ command: "node_modules/.bin/tsx", args: ["scripts/serve.mts", "--dev"], nodeEnv: "development" });
    expect(start).toEqual({ command: "node_modules/.bin/tsx", args: ["scripts/serve.mts"], nodeEnv: "production" });
  });

  it("from a peer that is not a trusted proxy, forged X-Forwarded-* are dropped and the client is the peer", async () => {
    // GIVEN no TRUSTED_PROXIES (the launcher's default)
    const port = await listen("");
    // WHEN a client at 127.0.0.2 claims another address, host and protocol
    const seen = await headersSeen(port);
    // THEN the app sees only its real address
    expect(seen).toEqual({ "x-forwarded-for": "127.0.0.2" });
  });

  it("from a trusted proxy, its forwarded client, host and protocol are kept", async () => {
    // GIVEN 127.0.0.2 named in TRUSTED_PROXIES
    const port = await listen("127.0.0.2");
    // WHEN it forwards a request
    const seen = await headersSeen(port);
    // THEN the app sees the client and host the proxy reported (X-Real-IP is never passed on)
    expect(seen).toEqual({ "x-forwarded-for": "198.18.200.1", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
  });
});

describe("the server says where it serves once it listens", () => {
  it("the first request sent when the serving line is printed is answered", async () => {
    // GIVEN the app's HTTP server (Next's place taken by a handler answering 200)
    server = createAppServer((_req, res) => res.end("ok"), parseTrustedProxies(""));
    // WHEN a request is sent the moment the serving line is printed (before anything else runs)
    let answer: Promise<number> | null = null;
    const lines: string[] = [];
    const port = await listenAndAnnounce(server, 0, "127.0.0.1", (line) => {
      lines.push(line);
      answer = fetch(`http://127.0.0.1:${(server!.address() as AddressInfo).port}/`).then((r) => r.status);
    });
    // THEN the line names the bound port and the request succeeds
    expect(lines).toEqual([servingLine("127.0.0.1", port)]);
    expect(lines[0]).toMatch(new RegExp(`^\\[app\\] serving on http://127\\.0\\.0\\.1:${port} \\(Node v`));
    expect(await answer).toBe(200);
  });

  it("a port that cannot be bound is an error, and no serving line is printed", async () => {
    // GIVEN a port already taken
    server = createAppServer((_req, res) => res.end("ok"), parseTrustedProxies(""));
    const taken = await listenAndAnnounce(server, 0, "127.0.0.1", () => {});
    const second = createAppServer((_req, res) => res.end("ok"), parseTrustedProxies(""));
    const lines: string[] = [];
    // WHEN a second server tries it THEN it fails without saying it serves
    await expect(listenAndAnnounce(second, taken, "127.0.0.1", (line) => lines.push(line))).rejects.toThrow(/EADDRINUSE/);
    expect(lines).toEqual([]);
  });

  it("an address open to every interface is shown as localhost, an IPv6 one in brackets", () => {
    expect(servingLine("0.0.0.0", 3000)).toMatch(/^\[app\] serving on http:\/\/localhost:3000 \(Node v[^;]*\)$/);
    expect(servingLine("::1", 3000)).toMatch(/^\[app\] serving on http:\/\/\[::1\]:3000 /);
    expect(servingLine("127.0.0.1", 3000)).toContain("; set HOST to listen beyond this machine)");
  });
});
