import type { Db } from "@/lib/db-client";

/** The client inside an interactive transaction. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Reads one after another, each started when the one before has answered. A transaction has one
 * connection: Promise.all over its queries gains nothing, and makes pg queue them on a client
 * that is still busy, which pg 8 deprecates and pg 9 refuses.
 */
export async function inTurn<T extends unknown[]>(...reads: { [K in keyof T]: () => T[K] }): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const out: unknown[] = [];
  for (const read of reads) out.push(await read());
  return out as { [K in keyof T]: Awaited<T[K]> };
}
