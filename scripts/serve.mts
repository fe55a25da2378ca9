// The server `npm start` runs (and `npm run dev`, with --dev: Next's dev server, same guard): Next's
// request handler behind a plain Node HTTP server, so that the socket's peer is known before Next
// sees the request. X-Forwarded-* headers from a peer that is not in TRUSTED_PROXIES are dropped
// (scripts/app-server.mts). It listens on HOST (default 127.0.0.1: a reverse proxy on the same
// machine reaches it, nobody else does).
import next from "next";
import { parseTrustedProxies } from "../lib/domain/http/forwarded.ts";
import { createAppServer, listenAndAnnounce } from "./app-server.mts";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST || "127.0.0.1";
const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);

const dev = process.argv.includes("--dev");

const app = next({ dev, hostname: host, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createAppServer(handle, trusted);
// The launcher (scripts/start.mts) leaves this line to the server: it is printed once the port
// answers, so a user (or a script) who reads it can send a request straight away.
await listenAndAnnounce(server, port, host, console.log);
// Stop taking requests, let running ones finish, but never hang on a kept-alive connection.
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000);
  });
}
