// The HTTP server in front of Next's request handler, for `npm start` and `npm run dev` alike
// (scripts/serve.mts): the socket's peer is known here, before Next sees the request, so
// X-Forwarded-* headers from a peer that is not in TRUSTED_PROXIES are dropped (they would let
// anyone choose the address the sign-in rate limit counts, or the host Next's CSRF check compares
// the Origin with). See lib/domain/http/forwarded.ts.
import http from "node:http";
import { applyForwardedTrust, type TrustedProxies } from "../lib/domain/http/forwarded.ts";

export type RequestHandler = (req: http.IncomingMessage, res: http.ServerResponse) => unknown;

export function createAppServer(handle: RequestHandler, trusted: TrustedProxies): http.Server {
  return http.createServer((req, res) => {
    applyForwardedTrust(req.headers, req.socket.remoteAddress ?? "", trusted);
    void handle(req, res);
  });
}

/** What the launcher runs to serve the app: both modes go through serve.mts, so through the guard. */
export function serveCommand(mode: "dev" | "start"): { command: string; args: string[]; nodeEnv: "development" | "production" } {
  return {
    command: "node_modules/.bin/tsx",
    args: ["scripts/serve.mts", ...(mode === "dev" ? ["--dev"] : [])],
    nodeEnv: mode === "dev" ? "development" : "production",
  };
}
