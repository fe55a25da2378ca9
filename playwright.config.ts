import { defineConfig } from "@playwright/test";
import { existsSync } from "node:fs";
import os from "node:os";

// E2E runs the production build on a throw-away embedded database (fresh for every run), on
// ports of its own so it never touches a developer's running app. Playwright's webServer owns
// the server process. Chromium is Debian's: `npx playwright install` cannot work offline.
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  throw new Error(
    `No Chromium at ${chromium}. Install one with \`apt-get install -y chromium\` (Debian) ` +
      `or point CHROMIUM_PATH at a Chromium/Chrome binary. E2E tests never skip silently.`,
  );
}
const port = Number(process.env.E2E_PORT ?? 3100);
// Budgets scale with the machine: E2E_TIME_FACTOR=2 doubles every test's and assertion's budget,
// and a machine already loaded at the start (load average above its core count) gets up to 4×
// by itself. Tests themselves assert no durations.
const loadFactor = Math.min(4, Math.ceil(os.loadavg()[0] / Math.max(1, os.cpus().length)));
const timeFactor = Math.max(1, Number(process.env.E2E_TIME_FACTOR ?? 1) || 1, loadFactor);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000 * timeFactor,
  expect: { timeout: 10_000 * timeFactor },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
    trace: "retain-on-failure",
  },
  webServer: {
    command: "npx tsx scripts/start.mts start",
    url: `http://localhost:${port}/login`,
    timeout: 240_000 * timeFactor,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      EMBEDDED_PG_DIR: ".data/e2e-pg",
      EMBEDDED_PG_PORT: String(Number(process.env.E2E_PG_PORT ?? 54331)),
      EMBEDDED_PG_FRESH: "1",
      EMBEDDED_PG_FAST: "1",
      FORCE_BUILD: process.env.E2E_SKIP_BUILD === "1" ? "0" : "1",
      DATABASE_URL: "",
      SECURE_COOKIES: "0",
      // The specs stand in for a reverse proxy: they send X-Forwarded-For to be counted per address.
      TRUSTED_PROXIES: "127.0.0.1,::1",
    },
  },
});
