import { rm } from "node:fs/promises";
import net from "node:net";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedDb, type EmbeddedDb } from "../../lib/embedded-db";
import { prepareDatabase } from "../../lib/prepare-database";

// One PostgreSQL for the integration tier: TEST_ADMIN_DATABASE_URL (a server where the tests
// may create databases, e.g. CI's PostgreSQL 15) or else a throw-away embedded one. A template
// database gets the migrations and the demo company once; every test file then gets its own
// copy of it (tests/integration/setup.ts), so files never see each other's rows.

let embedded: EmbeddedDb | null = null;

export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_ADMIN_DATABASE_URL;
  const runId = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
  // A cluster of its own per run (folder and port), so two test runs never meet.
  const dir = `.data/test-pg/${runId}`;
  if (!adminUrl) {
    embedded = await startEmbeddedDb({
      dir,
      port: Number(process.env.TEST_EMBEDDED_PG_PORT ?? (await freePort())),
      database: "postgres",
      fresh: true,
      fast: true,
    });
    adminUrl = embedded.adminUrl;
  }
  const template = `it_tpl_${runId}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${template}`);
  await prepareDatabase(withDatabase(adminUrl, template));
  project.provide("adminUrl", adminUrl);
  project.provide("templateDb", template);
  project.provide("runId", runId);

  return async () => {
    if (embedded) {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
      return;
    }
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`it_%${runId}%`]);
    for (const r of rows) await client.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
    await client.end();
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

export function withDatabase(url: string, database: string) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function adminQuery(adminUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
    templateDb: string;
    runId: string;
  }
}
