import { defineConfig } from "vitest/config";

// Three projects: unit (pure, parallel), integration (real PostgreSQL, one file at a time so
// tests that count rows or race for numbers are not disturbed by other files) and cluster.
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    alias: { "server-only": fileURLToPath(new URL("./tests/support/empty-module.ts", import.meta.url)) },
  },
  test: {
    projects: [
      {
        extends: true,
        // A generous budget: a heavy pure test (a 20,000-line explosion) must not fail because
        // the machine is busy; tests assert results, never durations.
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        // Many app servers, one database (issue 27): HAProxy, two `next start` nodes and PgBouncer
        // in transaction mode, started once by the global setup; files one at a time.
        test: {
          name: "cluster",
          include: ["tests/cluster/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/cluster/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
