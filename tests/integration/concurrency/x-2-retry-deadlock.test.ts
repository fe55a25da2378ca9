// a deadlock is retried (withRetry, bounded, with jitter) and the retried transaction
// neither duplicates nor loses an update. PostgreSQL does the deadlocking for real: two
// transactions lock two rows in opposite order; the one PostgreSQL aborts runs again.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isRetryable } from "@/lib/services/db-errors";
import { withRetry } from "@/lib/services/retry";

beforeAll(async () => {
  await db.$executeRawUnsafe(`CREATE TABLE test_counter (id int PRIMARY KEY, n int NOT NULL)`);
  await db.$executeRawUnsafe(`INSERT INTO test_counter VALUES (1, 0), (2, 0)`);
});

function barrier() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

describe("X-2 deadlocks are retried without duplicates or lost updates", () => {
  it("two transactions locking rows in opposite order both commit exactly once", async () => {
    // GIVEN two transactions that each add 1 to both counters, in opposite order, meeting halfway
    const aHolds = barrier();
    const bHolds = barrier();
    const attempts = { a: 0, b: 0 };
    const errors: unknown[] = [];
    const run = (name: "a" | "b", first: number, second: number, mine: ReturnType<typeof barrier>, theirs: ReturnType<typeof barrier>) =>
      withRetry(
        () =>
          db.$transaction(async (tx) => {
            attempts[name]++;
            await tx.$executeRaw`UPDATE test_counter SET n = n + 1 WHERE id = ${first}`;
            mine.open();
            await theirs.opened;
            await tx.$executeRaw`UPDATE test_counter SET n = n + 1 WHERE id = ${second}`;
          }),
        {
          attempts: 3,
          baseMs: 20,
          retryable: (e) => {
            if (isRetryable(e)) errors.push(e);
            return isRetryable(e);
          },
        },
      );
    // WHEN both run at once
    await Promise.all([run("a", 1, 2, aHolds, bHolds), run("b", 2, 1, bHolds, aHolds)]);
    // THEN PostgreSQL aborted one of them with a deadlock, which was retried once
    expect(errors).toHaveLength(1);
    expect(attempts.a + attempts.b).toBe(3);
    // AND each counter was incremented exactly twice: nothing lost, nothing doubled
    const rows = await db.$queryRaw<{ id: number; n: number }[]>`SELECT id, n FROM test_counter ORDER BY id`;
    expect(rows).toEqual([
      { id: 1, n: 2 },
      { id: 2, n: 2 },
    ]);
  });
});
