// The committed migrations apply to an empty database, are idempotent, and create the check
// constraints Prisma cannot express. Self-contained: uses its own scratch database.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db-migrate";

const baseUrl = process.env.TEST_ADMIN_DATABASE_URL ?? process.env.DATABASE_URL;
const dbName = `mig_test_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
let url: string;

async function withClient<T>(connectionString: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  if (!baseUrl) throw new Error("Set TEST_ADMIN_DATABASE_URL or DATABASE_URL to a PostgreSQL server URL.");
  await withClient(baseUrl, (c) => c.query(`CREATE DATABASE "${dbName}"`));
  const u = new URL(baseUrl);
  u.pathname = `/${dbName}`;
  url = u.toString();
});

afterAll(async () => {
  if (baseUrl) await withClient(baseUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`));
});

describe("migrations", () => {
  it("apply to an empty database, then apply nothing the second time", async () => {
    const first = await applyMigrations(url);
    expect(first.applied.length).toBeGreaterThan(0);
    expect(first.applied[0]).toMatch(/^\d{14}_init$/);

    await withClient(url, async (c) => {
      const tables = await c.query<{ relname: string }>(
        `SELECT c.relname FROM pg_catalog.pg_class c
           JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = current_schema() AND c.relkind = 'r'`,
      );
      const names = tables.rows.map((r) => r.relname);
      for (const t of ["_prisma_migrations", "user", "NoSeries", "Item", "ProductionOrder", "ProdOrderLine", "AuditEntry"]) {
        expect(names).toContain(t);
      }

      const checks = await c.query<{ conname: string; def: string }>(
        `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_catalog.pg_constraint
          WHERE contype = 'c' AND conrelid = '"ShopCalendarDay"'::regclass ORDER BY conname`,
      );
      expect(checks.rows.map((r) => r.conname)).toEqual(["ShopCalendarDay_time_range_check", "ShopCalendarDay_weekday_check"]);

      // …and the constraints bite: only the singleton setup row is allowed.
      await expect(c.query(`INSERT INTO "ManufacturingSetup" (id) VALUES (2)`)).rejects.toMatchObject({
        code: "23514",
        constraint: "ManufacturingSetup_id_check",
      });

      const recorded = await c.query(
        `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      );
      expect(recorded.rows.map((r) => r.migration_name)).toEqual(first.applied);
    });

    const second = await applyMigrations(url);
    expect(second.applied).toEqual([]);
  });
});
