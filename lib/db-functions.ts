// The SQL functions the app calls (number series: ns_take_next, po_take_next_no, …) are read in
// prisma/functions/<name>.sql, one file per function, holding its current definition. Migrations
// stay the history PostgreSQL replays; scripts/db-functions.mts writes a new one from the files
// that differ from their latest migration, and tests/integration/no-series/ns-functions-source.test.ts
// checks that the latest migration of every function is its file and that the database runs it.
// Plain Node module (no aliases): used by that script and the tests.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type FunctionDefinition = { name: string; text: string };

const CREATE_FUNCTION = /CREATE\s+(?:OR\s+REPLACE\s+)?FUNCTION\s+"?(\w+)"?\s*\(/gi;

/**
 * The CREATE FUNCTION statements of a script, in order: each from CREATE to the `;` after the
 * body's closing `$$` (the bodies here are all quoted with a plain `$$`).
 */
export function functionDefinitions(sql: string): FunctionDefinition[] {
  const out: FunctionDefinition[] = [];
  for (const match of sql.matchAll(CREATE_FUNCTION)) {
    const open = sql.indexOf("$$", match.index);
    const close = open < 0 ? -1 : sql.indexOf("$$", open + 2);
    const end = close < 0 ? -1 : sql.indexOf(";", close + 2);
    if (end < 0) throw new Error(`The definition of ${match[1]} has no $$-quoted body ending in ";"`);
    out.push({ name: match[1], text: sql.slice(match.index, end + 1) });
  }
  return out;
}

/** The text between the `$$`s: what PostgreSQL keeps as the function's source (pg_proc.prosrc). */
export function functionBody(definition: string): string {
  const open = definition.indexOf("$$");
  return definition.slice(open + 2, definition.indexOf("$$", open + 2));
}

export type FunctionFile = { name: string; file: string; content: string; definition: string };

/** prisma/functions/<name>.sql: each holds exactly one definition, of the function it is named after. */
export function readFunctionFiles(dir = path.join(process.cwd(), "prisma", "functions")): FunctionFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".sql"))
    .sort()
    .map((file) => {
      const content = readFileSync(path.join(dir, file), "utf8");
      const name = file.replace(/\.sql$/, "");
      const defs = functionDefinitions(content);
      if (defs.length !== 1 || defs[0].name !== name) {
        throw new Error(
          `${file} must hold exactly one CREATE FUNCTION, of ${name} (found: ${defs.map((d) => d.name).join(", ") || "none"})`,
        );
      }
      return { name, file, content, definition: defs[0].text };
    });
}

/** Each function's definition in the latest migration that (re)creates it, with that migration's name. */
export function latestMigrationDefinitions(
  migrationsDir = path.join(process.cwd(), "prisma", "migrations"),
): Map<string, FunctionDefinition & { migration: string }> {
  const latest = new Map<string, FunctionDefinition & { migration: string }>();
  const names = readdirSync(migrationsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(migrationsDir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort();
  for (const migration of names) {
    const sql = readFileSync(path.join(migrationsDir, migration, "migration.sql"), "utf8");
    for (const def of functionDefinitions(sql)) latest.set(def.name, { ...def, migration });
  }
  return latest;
}

/** The function files whose definition is not (yet) the latest one in the migrations. */
export function changedFunctionFiles(files = readFunctionFiles(), latest = latestMigrationDefinitions()): FunctionFile[] {
  return files.filter((f) => latest.get(f.name)?.text !== f.definition);
}
