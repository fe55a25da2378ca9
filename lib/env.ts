// The one place that reads process.env. Values are read lazily so tests and scripts can set
// the environment before the first use.

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(
      `${name} is not set. Start the app with \`npm run dev\` (it sets up the embedded database) ` + `or set ${name} yourself.`,
    );
  }
  return value;
}

export const env = {
  get databaseUrl() {
    return required("DATABASE_URL");
  },
  get authSecret() {
    const secret = process.env.BETTER_AUTH_SECRET;
    if (secret) return secret;
    // A production server must never sign sessions with a known secret (the build itself may).
    if (process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build") {
      throw new Error("BETTER_AUTH_SECRET must be set (at least 32 characters) in production.");
    }
    return "dev-only-secret-change-me-0123456789abcdef";
  },
  get authUrl() {
    return process.env.BETTER_AUTH_URL;
  },
  get isProduction() {
    return process.env.NODE_ENV === "production";
  },
  /** Extra origins (comma-separated) allowed to call the auth endpoints. */
  get trustedOrigins() {
    return (process.env.TRUSTED_ORIGINS ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  },
  get dbPoolMax() {
    return Number(process.env.DB_POOL_MAX ?? 10);
  },
  /** Secure cookies in production; SECURE_COOKIES=0 turns them off for plain-http setups. */
  get secureCookies() {
    if (process.env.SECURE_COOKIES) return process.env.SECURE_COOKIES === "1";
    return process.env.NODE_ENV === "production";
  },
  /** Set by the launcher when it seeded the demo company into its own embedded database: only
   *  then does the sign-in page show the demo users and their password. */
  get showDemoUsers() {
    return process.env.SHOW_DEMO_USERS === "1";
  },
  /** REST API: requests per key per minute (issue 26); API_RATE_LIMIT_PER_MINUTE overrides it. */
  get apiRateLimitPerMinute() {
    const n = Number(process.env.API_RATE_LIMIT_PER_MINUTE ?? 600);
    return Number.isInteger(n) && n > 0 ? n : 600;
  },
  get port() {
    return Number(process.env.PORT ?? 3000);
  },
};
