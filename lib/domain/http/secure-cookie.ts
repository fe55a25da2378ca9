// A browser drops a Secure cookie set over plain HTTP, except on its own machine (localhost and
// the loopback addresses count as secure). Signing in there then fails without a word: the
// session cookie never arrives. The sign-in page asks this to say why instead.

/** `host` as in the Host header: a name or address, with an optional port. */
export function isLoopbackHost(host: string): boolean {
  const name = host.startsWith("[") ? host.slice(1, host.indexOf("]")) : host.replace(/:\d+$/, "");
  const n = name.toLowerCase();
  return n === "localhost" || n.endsWith(".localhost") || n === "::1" || /^127(\.\d{1,3}){3}$/.test(n);
}

export function secureCookieWillBeDropped(opts: { secureCookies: boolean; protocol: string; host: string }): boolean {
  return opts.secureCookies && opts.protocol.replace(/:$/, "") === "http" && !isLoopbackHost(opts.host);
}
