// `npx tsx scripts/db-functions.mts <name>`: after editing a function in prisma/functions/, writes
// prisma/migrations/<YYYYMMDDHHMMSS>_<name>/migration.sql re-creating every function whose file
// differs from its latest migration (CREATE OR REPLACE, the file's text as it is). The migration
// applies at the next start (lib/db-migrate.ts); never edit it by hand: edit the file and run
// this again with a new name.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { changedFunctionFiles } from "../lib/db-functions.ts";

const name = process.argv
  .slice(2)
  .join("_")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_+|_+$/g, "");
if (!name) {
  console.error("usage: npx tsx scripts/db-functions.mts <migration name>");
  process.exit(1);
}
const changed = changedFunctionFiles();
if (changed.length === 0) {
  console.log("db-functions: every function's latest migration is its file already; nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(process.cwd(), "prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
const header = `-- Written by scripts/db-functions.mts from prisma/functions/ (${changed.map((f) => f.file).join(", ")}).\n-- Read and edit the functions there; this is their history.\n`;
writeFileSync(path.join(dir, "migration.sql"), [header, ...changed.map((f) => f.content)].join("\n"));
console.log(`db-functions: wrote ${path.relative(process.cwd(), dir)}/migration.sql (${changed.map((f) => f.name).join(", ")})`);
