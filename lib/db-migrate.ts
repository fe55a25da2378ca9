// Applies the committed migrations in prisma/migrations (the job of `prisma migrate deploy`) with
// plain `pg`, because the native schema engine is not available here. It keeps Prisma's own
// bookkeeping table `_prisma_migrations`, so the history stays readable by Prisma tooling.
// Plain Node module: used by scripts (tsx), the app's startup code and the tests.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export type ApplyMigrationsOptions = {
  log?: (s: string) => void;
  /** Defaults to <process.cwd()>/prisma/migrations. */
  migrationsDir?: string;
};

// The key `prisma migrate` itself locks, so this tool and Prisma's CLI also exclude each other.
const ADVISORY_LOCK_KEY = 72707369;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

type LocalMigration = { name: string; sql: string; checksum: string };

function readMigrations(dir: string): LocalMigration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql, "utf8").digest("hex") };
    });
}

export async function applyMigrations(connectionString: string, opts: ApplyMigrationsOptions = {}): Promise<{ applied: string[] }> {
  const log = opts.log ?? (() => {});
  const dir = opts.migrationsDir ?? path.join(process.cwd(), "prisma", "migrations");
  const local = readMigrations(dir);
  const applied: string[] = [];

  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    // Session-level lock: a second process waits here until the first one has finished.
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
        `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"
          WHERE rolled_back_at IS NULL ORDER BY started_at`,
      );
      const done = new Map(rows.map((r) => [r.migration_name, r]));

      const failed = rows.filter((r) => r.finished_at === null).map((r) => r.migration_name);
      if (failed.length > 0) {
        throw new Error(
          `Migration(s) ${failed.join(", ")} failed earlier and are not marked rolled back in _prisma_migrations. ` +
            `Fix the database, then set rolled_back_at on those rows (or finished_at if you completed them by hand).`,
        );
      }
      const edited = local.filter((m) => done.has(m.name) && done.get(m.name)!.checksum !== m.checksum);
      if (edited.length > 0) {
        throw new Error(
          `Applied migration(s) were modified after being applied: ${edited.map((m) => m.name).join(", ")}. ` +
            `Restore the original migration.sql and put the change in a new migration.`,
        );
      }
      const localNames = new Set(local.map((m) => m.name));
      for (const name of done.keys()) {
        if (!localNames.has(name)) log(`warning: migration ${name} is applied but missing from ${dir}`);
      }

      for (const m of local) {
        if (done.has(m.name)) continue;
        log(`applying ${m.name}`);
        const startedAt = new Date();
        try {
          await client.query("BEGIN");
          await client.query(m.sql); // simple-query protocol: the whole multi-statement script
          await client.query(
            `INSERT INTO "_prisma_migrations"
               (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
             VALUES ($1, $2, clock_timestamp(), $3, NULL, NULL, $4, 1)`,
            [randomUUID(), m.checksum, m.name, startedAt],
          );
          await client.query("COMMIT");
        } catch (err) {
          await client.query("ROLLBACK").catch(() => {});
          // The transaction left nothing behind, so record the attempt as already rolled back:
          // fixing the file and re-running simply applies it again.
          const message = err instanceof Error ? err.message : String(err);
          await client
            .query(
              `INSERT INTO "_prisma_migrations"
                 (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
               VALUES ($1, $2, NULL, $3, $4, clock_timestamp(), $5, 0)`,
              [randomUUID(), m.checksum, m.name, message, startedAt],
            )
            .catch(() => {});
          throw new Error(`Migration ${m.name} failed and was rolled back: ${message}`, { cause: err });
        }
        applied.push(m.name);
      }
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]).catch(() => {});
    }
  } finally {
    await client.end();
  }
  return { applied };
}
