// HTTP as the browser speaks it: Better Auth's sign-in endpoint for a session cookie, and a
// server action call as Next's client router sends it (fetchServerAction in
// next/dist/client/components/router-reducer/reducers/server-action-reducer.js): a POST to the
// page's URL with the action id in `Next-Action`, `Accept: text/x-component`, and the argument
// array encoded by React's encodeReply — for plain values that is their JSON, which fetch sends
// as text/plain;charset=UTF-8.
import { readFileSync } from "node:fs";
import http from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";

type ManifestEntry = { filename?: string; exportedName?: string; workers: Record<string, unknown> };
export type ServerAction = { id: string; file: string; name: string; workers: string[] };

/** Every server action in the build, from .next/server/server-reference-manifest.json. */
export function serverActions(manifestPath = ".next/server/server-reference-manifest.json"): ServerAction[] {
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node).map(([id, e]) => ({
    id,
    file: e.filename ?? "",
    name: e.exportedName ?? "",
    workers: Object.keys(e.workers),
  }));
}

export function actionId(file: string, name: string, manifestPath?: string): string {
  const hit = serverActions(manifestPath).find((a) => a.file === file && a.name === name);
  if (!hit) throw new Error(`${file}#${name} is not in the server reference manifest: is the build current?`);
  return hit.id;
}

export async function signIn(baseUrl: string, email: string, password: string, clientIp: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    // One address per virtual user, as separate browsers would have: the sign-in endpoint is
    // rate-limited per address.
    headers: { "Content-Type": "application/json", Origin: baseUrl, "X-Forwarded-For": clientIp },
    body: JSON.stringify({ email, password }),
  });
  const body = await res.text();
  if (!res.ok) throw new Error(`sign-in of ${email} failed: ${res.status} ${body.slice(0, 300)}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  if (!cookie.includes("session_token")) throw new Error(`sign-in of ${email} set no session cookie`);
  return cookie;
}

/** `servedBy`: the node that answered, when a proxy says so (deploy/haproxy: X-Served-By). */
export type ActionCall = { ok: boolean; status: number; ms: number; redirect: string | null; body: string; servedBy?: string };

// The action calls go through node:http with a keep-alive agent rather than fetch: the load
// generator shares the 2 cores with the server and the database, and fetch (undici's WHATWG
// streams) cost it about a third more CPU per call. What travels is the same as from a browser
// (headers; an answer a proxy compressed would be decoded here: next start itself does not compress).
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

function post(url: URL, headers: Record<string, string>, body: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(
      url,
      { method: "POST", agent, headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", reject);
        res.on("end", () => {
          const raw = Buffer.concat(chunks);
          const encoding = res.headers["content-encoding"];
          const text =
            encoding === "gzip"
              ? gunzipSync(raw)
              : encoding === "br"
                ? brotliDecompressSync(raw)
                : encoding === "deflate"
                  ? inflateSync(raw)
                  : raw;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text.toString("utf8") });
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** One action call; `ok` only when Next answered with the action's redirect. */
export async function callAction(baseUrl: string, pagePath: string, id: string, args: unknown[], cookie: string): Promise<ActionCall> {
  const t0 = performance.now();
  const res = await post(
    new URL(`${baseUrl}${pagePath}`),
    {
      "Next-Action": id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      "Accept-Encoding": "gzip, deflate, br",
      Origin: baseUrl,
      Cookie: cookie,
    },
    JSON.stringify(args),
  );
  // The browser waits for the whole stream (the redirect target is rendered into it).
  const body = res.body;
  const ms = performance.now() - t0;
  const header = res.headers["x-action-redirect"];
  const redirect = Array.isArray(header) ? header[0] : header;
  // Success: the action's result carries the new order's address (or, older builds, a redirect).
  const ok = res.status === 200 && (body.includes('"ok":true') || !!redirect);
  const servedBy = res.headers["x-served-by"];
  return {
    ok,
    status: res.status,
    ms,
    redirect: redirect ?? /"href":"([^"]+)"/.exec(body)?.[1] ?? null,
    body,
    servedBy: typeof servedBy === "string" ? servedBy : undefined,
  };
}
