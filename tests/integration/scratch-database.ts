import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

// A database of a test file's own on the integration tier's server (or the local one when the
// file runs alone), for tests that must start from an empty database rather than the shared
// seeded template (seed tests, for instance). create() before, drop() after.
const ADMIN_URL =
  process.env.TEST_ADMIN_DATABASE_URL ?? inject("adminUrl") ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function scratchDatabase(prefix: string) {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    create: () => admin(`CREATE DATABASE "${name}"`),
    drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
