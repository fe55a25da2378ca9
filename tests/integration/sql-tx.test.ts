import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { db } from "@/lib/db";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { rawPoolOf, type Db } from "@/lib/db-client";
import { sqlTransaction } from "@/lib/services/sql-tx";
import { uniqueCode } from "../factories";

// The SQL-only transaction of the create-order hot path (lib/services/sql-tx.ts): on the app's
// client it runs on a raw connection of the same pool and sends the last statement together
// with the COMMIT; on any other client it is a Prisma interactive transaction. Both must commit,
// roll back and pass values exactly alike.

const TABLE = "sql_tx_probe";
const rows = async (tag: string) =>
  db.$queryRaw<{ v: string; n: number | null; at: string | null }[]>`
    SELECT v, n, to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS at FROM sql_tx_probe WHERE tag = ${tag} ORDER BY id`;

// A client that is not made by createPrismaClient: no raw pool behind it.
const prismaOnly = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) }) as unknown as Db;

afterAll(async () => {
  await prismaOnly.$disconnect();
});

beforeAll(async () => {
  await db.$executeRawUnsafe(
    `CREATE TABLE IF NOT EXISTS ${TABLE} (id serial PRIMARY KEY, tag text NOT NULL, v text NOT NULL UNIQUE, n int, at timestamp(3))`,
  );
});

describe.each([
  ["the raw path (the app's client)", db],
  ["the Prisma path (any other client)", prismaOnly],
])("sqlTransaction on %s", (_name, client) => {
  it("uses the path it says", () => {
    expect(rawPoolOf(client) !== null).toBe(client === db);
  });

  it("commits the statements and the finishing statement, which returns its rows", async () => {
    // GIVEN a tag of this test
    const tag = uniqueCode("TX");
    // WHEN one transaction inserts a row, then finishes with a second insert that returns a value
    const returned = await sqlTransaction(client, async (tx) => {
      await tx.$executeRaw`INSERT INTO sql_tx_probe (tag, v, n) VALUES (${tag}, ${`${tag}-1`}, ${1})`;
      return tx.finish<{ v: string; n: number }>(
        Prisma.sql`INSERT INTO sql_tx_probe (tag, v, n) VALUES (${tag}, ${`${tag}-2`}, ${2}) RETURNING v, n`,
      );
    });
    // THEN both rows are there, and the finishing statement's row came back
    expect(returned).toEqual([{ v: `${tag}-2`, n: 2 }]);
    expect((await rows(tag)).map((r) => r.v)).toEqual([`${tag}-1`, `${tag}-2`]);
  });

  it("passes hostile text, numbers, nulls and dates verbatim, also in the finishing statement", async () => {
    // GIVEN values a literal could break on: quotes, backslashes, a statement separator, a $1
    const tag = uniqueCode("TX");
    const nasty = `${tag} O'Brien \\' "; DROP TABLE sql_tx_probe; -- $1 ${"\u00e9\u4e2d"}`;
    const at = new Date("2027-03-04T05:06:07.089Z");
    // WHEN they are written by a statement and by the finishing statement
    await sqlTransaction(client, async (tx) => {
      await tx.$executeRaw`INSERT INTO sql_tx_probe (tag, v, n, at) VALUES (${tag}, ${`${nasty} A`}, ${null}, ${at})`;
      await tx.finish(Prisma.sql`INSERT INTO sql_tx_probe (tag, v, n, at) VALUES (${tag}, ${`${nasty} B`}, ${-7}, ${at})`);
    });
    // THEN they read back exactly, and the table is still there
    expect(await rows(tag)).toEqual([
      { v: `${nasty} A`, n: null, at: "2027-03-04T05:06:07.089" },
      { v: `${nasty} B`, n: -7, at: "2027-03-04T05:06:07.089" },
    ]);
  });

  it("a failing finishing statement rolls everything back, and the next transaction works", async () => {
    // GIVEN a row that exists
    const tag = uniqueCode("TX");
    await sqlTransaction(client, async (tx) => tx.finish(Prisma.sql`INSERT INTO sql_tx_probe (tag, v) VALUES (${tag}, ${`${tag}-taken`})`));
    // WHEN a transaction inserts a row, then finishes with a duplicate of the existing one
    const failure = await sqlTransaction(client, async (tx) => {
      await tx.$executeRaw`INSERT INTO sql_tx_probe (tag, v) VALUES (${tag}, ${`${tag}-new`})`;
      return tx.finish(Prisma.sql`INSERT INTO sql_tx_probe (tag, v) VALUES (${tag}, ${`${tag}-taken`})`);
    }).then(
      () => null,
      (e: unknown) => e,
    );
    // THEN it fails, nothing of it is kept, and the same client commits the next one
    expect(failure).not.toBeNull();
    expect((await rows(tag)).map((r) => r.v)).toEqual([`${tag}-taken`]);
    await sqlTransaction(client, async (tx) => tx.finish(Prisma.sql`INSERT INTO sql_tx_probe (tag, v) VALUES (${tag}, ${`${tag}-after`})`));
    expect((await rows(tag)).map((r) => r.v)).toEqual([`${tag}-taken`, `${tag}-after`]);
  });

  it("a throw in the callback rolls back, and nothing can be sent after finishing", async () => {
    const tag = uniqueCode("TX");
    // WHEN the callback writes and then throws
    await expect(
      sqlTransaction(client, async (tx) => {
        await tx.$executeRaw`INSERT INTO sql_tx_probe (tag, v) VALUES (${tag}, ${`${tag}-1`})`;
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    // THEN nothing was kept
    expect(await rows(tag)).toEqual([]);
    // AND a statement after finish is refused (it never reaches the database)
    await expect(
      sqlTransaction(client, async (tx) => {
        await tx.finish(Prisma.sql`INSERT INTO sql_tx_probe (tag, v) VALUES (${tag}, ${`${tag}-2`})`);
        await tx.$executeRaw`INSERT INTO sql_tx_probe (tag, v) VALUES (${tag}, ${`${tag}-3`})`;
      }),
    ).rejects.toThrow("already been finished");
    expect((await rows(tag)).map((r) => r.v)).not.toContain(`${tag}-3`);
  });
});

describe("sqlTransaction's prepared statements (raw path)", () => {
  const pool = () => rawPoolOf(db)!;

  it("parses and plans a statement once per connection: later calls reuse its generic plan", async () => {
    // GIVEN a statement text of this test only
    const tag = uniqueCode("TX");
    const probe = (i: number) =>
      sqlTransaction(db, async (tx) => {
        await tx.$executeRaw`INSERT INTO sql_tx_probe (tag, v, n) VALUES (${tag}, ${`${tag}-${i}`}, ${i}) /* ${Prisma.raw(tag)} */`;
        const plans = await tx.$queryRaw<{ generic: number; custom: number }[]>`
        SELECT generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements WHERE statement LIKE ${`%/* ${tag} */%`}`;
        await tx.finish(Prisma.sql`SELECT 1`);
        return plans;
      });
    // WHEN it runs in three transactions in a row (the pool hands back its last connection)
    const [first, , third] = [await probe(1), await probe(2), await probe(3)];
    // THEN the connection holds it prepared, executed with a generic plan each time, never a custom one
    expect(first).toEqual([{ generic: 1, custom: 0 }]);
    expect(third).toEqual([{ generic: 3, custom: 0 }]);
    expect((await rows(tag)).map((r) => r.n)).toEqual([1, 2, 3]);
  });

  it("the generic-plan setting ends with the transaction", async () => {
    // WHEN a transaction has run and its connection is back in the pool
    await sqlTransaction(db, async (tx) => tx.finish(Prisma.sql`SELECT 1`));
    // THEN that connection plans as PostgreSQL's default again (the pool hands back its last connection)
    const {
      rows: [setting],
    } = await pool().query<{ plan_cache_mode: string }>("SHOW plan_cache_mode");
    expect(setting.plan_cache_mode).toBe("auto");
  });

  it("a statement that fails to parse stays unprepared: the same text fails alike, others run", async () => {
    // GIVEN a statement with a syntax error
    const bad = Prisma.sql`INSERT INTO sql_tx_probe (tag, v) VALUES (${"x"}, ${"y"}) RETURNING nonsense(`;
    // WHEN it is sent twice, each time in its own transaction
    const errors = [];
    for (let i = 0; i < 2; i++) {
      errors.push(
        await sqlTransaction(db, async (tx) => tx.$queryRaw(bad)).then(
          () => null,
          (e: Error) => e.message,
        ),
      );
    }
    // THEN both fail with the syntax error (not with a missing prepared statement), and the next transaction works
    expect(errors).toEqual([expect.stringMatching(/syntax error/), expect.stringMatching(/syntax error/)]);
    const tag = uniqueCode("TX");
    await sqlTransaction(db, async (tx) => tx.finish(Prisma.sql`INSERT INTO sql_tx_probe (tag, v) VALUES (${tag}, ${`${tag}-ok`})`));
    expect((await rows(tag)).map((r) => r.v)).toEqual([`${tag}-ok`]);
  });
});

describe("sqlTransaction when its connection dies", () => {
  it("a terminated backend fails the transaction, never the process, and the pool recovers", async () => {
    // GIVEN an uncaught-exception watch on the process (a dying pg connection emits 'error')
    const uncaught: unknown[] = [];
    const watch = (e: unknown) => void uncaught.push(e);
    process.on("uncaughtException", watch);
    try {
      const tag = uniqueCode("TX");
      // WHEN the transaction's own backend is terminated between two statements
      const failure = await sqlTransaction(db, async (tx) => {
        await tx.$executeRaw`INSERT INTO sql_tx_probe (tag, v) VALUES (${tag}, ${`${tag}-1`})`;
        const [{ pid }] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
        await db.$queryRaw`SELECT pg_terminate_backend(${pid}::int)`;
        await new Promise((r) => setTimeout(r, 100)); // the socket closes
        return tx.finish(Prisma.sql`INSERT INTO sql_tx_probe (tag, v) VALUES (${tag}, ${`${tag}-2`})`);
      }).then(
        () => null,
        (e: unknown) => e,
      );
      await new Promise((r) => setTimeout(r, 100));
      // THEN the call failed, nothing was kept, no exception escaped, and the next transaction works
      expect(failure).not.toBeNull();
      expect(uncaught).toEqual([]);
      expect(await rows(tag)).toEqual([]);
      await sqlTransaction(db, async (tx) => tx.finish(Prisma.sql`INSERT INTO sql_tx_probe (tag, v) VALUES (${tag}, ${`${tag}-3`})`));
      expect((await rows(tag)).map((r) => r.v)).toEqual([`${tag}-3`]);
    } finally {
      process.off("uncaughtException", watch);
    }
  });
});
