import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { adminQuery, withDatabase } from "./global-setup";

// A database of a test file's own on the integration tier's server (or the local one when the
// file runs alone), for tests that must start from an empty database rather than the shared
// seeded template (seed tests, for instance). create() before, drop() after.
const ADMIN_URL = process.env.TEST_ADMIN_DATABASE_URL ?? inject("adminUrl") ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function scratchDatabase(prefix: string) {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  return {
    url: withDatabase(ADMIN_URL, name),
    create: () => adminQuery(ADMIN_URL, `CREATE DATABASE "${name}"`),
    drop: () => adminQuery(ADMIN_URL, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
