import { afterAll, inject } from "vitest";
import { adminQuery, withDatabase } from "./global-setup";

// Each test file runs in its own copy of the template database (migrations + demo company).
// DATABASE_URL is set before the file imports lib/db, so the app's client points at the copy.
const adminUrl = inject("adminUrl");
const database = `it_${inject("runId")}_${Math.random().toString(36).slice(2, 10)}`;
await adminQuery(adminUrl, `CREATE DATABASE ${database} TEMPLATE ${inject("templateDb")}`);
process.env.DATABASE_URL = withDatabase(adminUrl, database);
process.env.TEST_DATABASE_NAME = database;

afterAll(async () => {
  const g = globalThis as unknown as { __db?: { $disconnect(): Promise<void> } };
  await g.__db?.$disconnect();
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
});
