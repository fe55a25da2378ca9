// The number-series SQL is read where it runs from: prisma/functions/<name>.sql holds each
// function's current definition, the latest migration that creates it is that very text
// (scripts/db-functions.mts writes it), and the migrated database runs that body.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { functionBody, latestMigrationDefinitions, readFunctionFiles } from "@/lib/db-functions";

const files = readFunctionFiles();

describe("number-series functions: the file you read is the one that runs", () => {
  it("there is a file for ns_take_next, ns_peek_next and po_take_next_no", () => {
    expect(files.map((f) => f.name)).toEqual(expect.arrayContaining(["ns_take_next", "ns_peek_next", "po_take_next_no"]));
  });

  it.each(files.map((f) => [f.name, f] as const))("the latest migration creating %s is its file", (name, file) => {
    // GIVEN the migrations in order WHEN the last definition of the function is taken
    const latest = latestMigrationDefinitions().get(name);
    // THEN it is the file's text (else: npx tsx scripts/db-functions.mts <name> writes the migration)
    expect(latest?.text, `${name}: run npx tsx scripts/db-functions.mts <migration name>`).toBe(file.definition);
  });

  it("the migrated database runs each file's body", async () => {
    // GIVEN the test database, migrated WHEN the functions' sources are read back
    const rows = await db.$queryRaw<{ name: string; src: string }[]>`
      SELECT p.proname AS name, p.prosrc AS src FROM pg_proc p
      WHERE p.pronamespace = current_schema()::regnamespace AND p.proname = ANY(${files.map((f) => f.name)}::text[])`;
    // THEN there is one function per file and its body is the file's
    const running = Object.fromEntries(rows.map((r) => [r.name, r.src]));
    expect(rows).toHaveLength(files.length);
    expect(running).toEqual(Object.fromEntries(files.map((f) => [f.name, functionBody(f.definition)])));
  });
});
