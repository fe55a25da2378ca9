import { describe, expect, it } from "vitest";
import { withRetry } from "@/lib/services/retry";

// the retry helper is pure control flow (no database), so it is proven here; the database
// side (a real deadlock retried) is in tests/integration/concurrency.
const pg = (code: string) => Object.assign(new Error(code), { code });

describe("X-2 bounded retry with jitter", () => {
  it("retries serialization failures and deadlocks, then succeeds", async () => {
    // GIVEN a function that fails with 40001, then 40P01, then works
    const failures = [pg("40001"), pg("40P01")];
    const pauses: number[] = [];
    // WHEN run with 3 attempts
    const result = await withRetry(
      async (attempt) => {
        const f = failures.shift();
        if (f) throw f;
        return attempt;
      },
      {
        attempts: 3,
        baseMs: 100,
        random: () => 0.5,
        sleep: async (ms) => {
          pauses.push(ms);
        },
      },
    );
    // THEN the third attempt wins, after jittered, growing pauses
    expect(result).toBe(3);
    expect(pauses).toEqual([50, 100]);
  });

  it("gives up after the last attempt with the database's error", async () => {
    let calls = 0;
    const run = withRetry(
      async () => {
        calls++;
        throw pg("40001");
      },
      { attempts: 3, sleep: async () => {} },
    );
    await expect(run).rejects.toMatchObject({ code: "40001" });
    expect(calls).toBe(3);
  });

  it("never retries other errors (a stale version, a rule)", async () => {
    let calls = 0;
    const run = withRetry(
      async () => {
        calls++;
        throw pg("23505");
      },
      { sleep: async () => {} },
    );
    await expect(run).rejects.toMatchObject({ code: "23505" });
    expect(calls).toBe(1);
  });
});
