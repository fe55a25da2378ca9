import { defineConfig } from "vitest/config";

// Two projects: unit (pure, parallel) and integration (real PostgreSQL, one file at a time so
// tests that count rows or race for numbers are not disturbed by other files).
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
    ],
  },
});
