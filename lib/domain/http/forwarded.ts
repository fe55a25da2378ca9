// Which client a request comes from, when X-Forwarded-* headers may be forged. Anyone talking to
// the app server directly can send X-Forwarded-For, so those headers are believed only from a
// configured reverse proxy (TRUSTED_PROXIES); from anyone else the socket's peer is the client.

export type TrustedProxies = (address: string) => boolean;

/** `::ffff:10.0.0.1` (an IPv4 peer on a dual-stack socket) is `10.0.0.1`. */
export function normalizeAddress(address: string): string {
  const a = address.trim().toLowerCase();
  return a.startsWith("::ffff:") && a.includes(".") ? a.slice(7) : a;
}

function ipv4ToNumber(a: string): number | null {
  const parts = a.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return null;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

/** TRUSTED_PROXIES: comma-separated addresses (IPv4 or IPv6) and IPv4 ranges such as 10.0.0.0/8. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const exact = new Set<string>();
  const ranges: { base: number; mask: number }[] = [];
  for (const entry of (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [addr, bits] = entry.split("/");
    const base = ipv4ToNumber(addr);
    if (bits !== undefined && base !== null && /^\d+$/.test(bits) && Number(bits) <= 32) {
      const mask = Number(bits) === 0 ? 0 : (0xffffffff << (32 - Number(bits))) >>> 0;
      ranges.push({ base: (base & mask) >>> 0, mask });
    } else {
      exact.add(normalizeAddress(entry));
    }
  }
  return (address) => {
    const a = normalizeAddress(address);
    if (exact.has(a)) return true;
    const n = ipv4ToNumber(a);
    return n !== null && ranges.some((r) => (n & r.mask) >>> 0 === r.base);
  };
}

/**
 * The client's address: the socket peer, unless the peer is a trusted proxy; then the
 * X-Forwarded-For chain is read from the right (each proxy appends the address it saw), skipping
 * trusted proxies, and the first address that is not one is the client.
 */
export function clientAddressOf(peer: string, forwardedFor: string | undefined, trusted: TrustedProxies): string {
  let client = normalizeAddress(peer);
  if (!trusted(client) || !forwardedFor) return client;
  const chain = forwardedFor
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (let i = chain.length - 1; i >= 0; i--) {
    client = normalizeAddress(chain[i]);
    if (!trusted(client)) return client;
  }
  return client;
}

/** Headers a proxy sets about the original request; dropped when the peer is not a trusted proxy. */
export const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

/**
 * Rewrites a request's headers in place before the app sees them: from an untrusted peer every
 * forwarded header goes (Next then fills X-Forwarded-Host/-Proto/-Port from the socket itself);
 * X-Forwarded-For is always the one client address, so the app and Better Auth's rate limits key
 * on it.
 */
export function applyForwardedTrust(headers: Record<string, string | string[] | undefined>, peer: string, trusted: TrustedProxies) {
  const raw = headers["x-forwarded-for"];
  const forwardedFor = Array.isArray(raw) ? raw.join(",") : raw;
  const client = clientAddressOf(peer, forwardedFor, trusted);
  if (!trusted(normalizeAddress(peer))) for (const h of FORWARDED_HEADERS) delete headers[h];
  delete headers["x-real-ip"];
  headers["x-forwarded-for"] = client;
}
