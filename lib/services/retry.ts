import { isRetryable } from "@/lib/services/db-errors";

// a serialization failure or a deadlock means PostgreSQL rolled the whole transaction back,
// so running it again cannot write anything twice. Only those are retried, a bounded number of
// times, after a random ("full jitter") pause so that colliding callers do not collide again in
// lockstep. Everything else — a stale version, a domain rule — fails at once.

export type RetryOptions = {
  /** Total tries, the first included. */
  attempts?: number;
  /** Upper bound of the first pause in ms; doubles per retry. */
  baseMs?: number;
  /** Which failures may be retried (tests pass their own). */
  retryable?: (e: unknown) => boolean;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
};

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function withRetry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { attempts = 3, baseMs = 25, retryable = isRetryable, sleep = defaultSleep, random = Math.random } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (e) {
      if (attempt >= attempts || !retryable(e)) throw e;
      await sleep(Math.floor(random() * baseMs * 2 ** (attempt - 1)));
    }
  }
}
