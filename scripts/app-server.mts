// The HTTP server in front of Next's request handler, for `npm start` and `npm run dev` alike
// (scripts/serve.mts): the socket's peer is known here, before Next sees the request, so
// X-Forwarded-* headers from a peer that is not in TRUSTED_PROXIES are dropped (they would let
// anyone choose the address the sign-in rate limit counts, or the host Next's CSRF check compares
// the Origin with). See lib/domain/http/forwarded.ts.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { applyForwardedTrust, type TrustedProxies } from "../lib/domain/http/forwarded.ts";

export type RequestHandler = (req: http.IncomingMessage, res: http.ServerResponse) => unknown;

/**
 * How long an idle kept-alive connection stays open. Longer than a reverse proxy in front keeps
 * its idle connections to the app (HAProxy, deploy/haproxy, closes half of its unused ones every 5 s): the proxy must be the
 * side that closes one, for a request the proxy sends on a connection the app is just closing is
 * lost, and a POST is not sent again. Node's default (5 s) lost creates that way.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 120_000;

export function createAppServer(handle: RequestHandler, trusted: TrustedProxies): http.Server {
  const server = http.createServer((req, res) => {
    applyForwardedTrust(req.headers, req.socket.remoteAddress ?? "", trusted);
    void handle(req, res);
  });
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  // Above the keep-alive timeout, as older Node versions counted the idle time into it.
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  return server;
}

/** What the launcher runs to serve the app: both modes go through serve.mts, so through the guard. */
export function serveCommand(mode: "dev" | "start"): { command: string; args: string[]; nodeEnv: "development" | "production" } {
  return {
    command: "node_modules/.bin/tsx",
    args: ["scripts/serve.mts", ...(mode === "dev" ? ["--dev"] : [])],
    nodeEnv: mode === "dev" ? "development" : "production",
  };
}

/** The line that tells the user where the app is: "[app] serving on http://127.0.0.1:3000 (Node …)". */
export function servingLine(host: string, port: number): string {
  const shown = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  const hint = host === "127.0.0.1" ? "; set HOST to listen beyond this machine" : "";
  return `[app] serving on http://${shown}:${port} (Node ${process.version}${hint})`;
}

/**
 * Listens on `host`:`port` and only then says so (servingLine): a request sent once the line is
 * out is answered. Resolves with the bound port (`port` 0 picks one).
 */
export function listenAndAnnounce(server: http.Server, port: number, host: string, say: (line: string) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const { port: bound } = server.address() as AddressInfo;
      say(servingLine(host, bound));
      resolve(bound);
    });
  });
}
