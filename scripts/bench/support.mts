// Shared pieces of the benchmarks: a database (BENCH_DATABASE_URL, or a throw-away embedded
// PostgreSQL), percentiles and a plain-text table.
import { startEmbeddedDb, type EmbeddedDb } from "../../lib/embedded-db.ts";
import { prepareDatabase } from "../../lib/prepare-database.ts";

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
