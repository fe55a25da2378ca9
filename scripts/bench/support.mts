// Shared pieces of the benchmarks: a database (BENCH_DATABASE_URL, or a throw-away embedded
// PostgreSQL), percentiles, a plain-text table and the clean-up of an HTTP benchmark.
import { startEmbeddedDb, type EmbeddedDb } from "../../lib/embedded-db.ts";
import { prepareDatabase } from "../../lib/prepare-database.ts";
import type { BenchApp } from "./start-bench-app.mts";

export async function benchDatabase(name: string): Promise<{ url: string; stop: () => Promise<void> }> {
  let embedded: EmbeddedDb | null = null;
  let url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedDb({
      dir: `.data/bench-${name}`,
      port: Number(process.env.BENCH_PG_PORT ?? 54332),
      database: "bench",
      fresh: true,
    });
    url = embedded.url;
  }
  await prepareDatabase(url);
  return {
    url,
    stop: async () => {
      await embedded?.stop();
    },
  };
}

export function percentile(sorted: number[], p: number) {
  if (!sorted.length) return 0;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

export function printTable(headers: string[], rows: (string | number)[][]) {
  const cells = [headers, ...rows.map((r) => r.map((c) => (typeof c === "number" ? (Number.isInteger(c) ? String(c) : c.toFixed(2)) : c)))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => String(r[i]).length)));
  const line = (r: (string | number)[]) => r.map((c, i) => String(c).padStart(widths[i])).join("  ");
  console.log(line(cells[0]));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of cells.slice(1)) console.log(line(r));
}

/**
 * What an HTTP benchmark starts and must stop on every way out (done, failed, Ctrl-C): the app
 * server with its project copy, then the database. `main` runs the benchmark; a failure is
 * printed with the tail of the server's output and sets a failing exit code.
 */
export function benchRun() {
  const run = {
    app: null as BenchApp | null,
    stopDb: null as (() => Promise<void>) | null,
    async cleanUp() {
      await run.app?.close();
      run.app = null;
      await run.stopDb?.().catch(() => {});
      run.stopDb = null;
    },
    async main(body: () => Promise<void>) {
      for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => void run.cleanUp().then(() => process.exit(130)));
      try {
        await body();
      } catch (e) {
        console.error(e);
        if (run.app?.running()) console.error(`--- next start output (tail) ---\n${run.app.server.output().slice(-3000)}`);
        process.exitCode = 1;
      } finally {
        await run.cleanUp();
      }
    },
  };
  return run;
}
