// What a refresh reads of the master data, kept per master-data token (MasterDataState in
// prisma/schema.prisma): the token becomes a new value with every statement that changes the
// tables a catalog reads, in that statement's own transaction, so a token names one committed
// state of them and an entry read under it is right for any statement that shows the same token.
// Entries are deep-frozen (every refresh that uses one shares it) and bounded: the least recently
// used goes first, and entries under an older token go as soon as one under a newer token comes.

import { Prisma } from "@/lib/generated/prisma/client";

export type TokenCache<T> = {
  /** The entry for `key` if it was read under `token` (null: the caller does not know the token). */
  get(key: string, token: string | null): T | undefined;
  /** Keeps `value`, read under `token`, frozen; returns it (a null token is never kept). */
  remember(key: string, token: string | null, value: T): T;
};

export function tokenCache<T extends Record<string, Map<string, unknown>>>(max: number): TokenCache<T> {
  const entries = new Map<string, { token: string; value: T }>();
  let newest: string | null = null;
  return {
    get(key, token) {
      const entry = entries.get(key);
      if (!entry || token === null || entry.token !== token) return undefined;
      entries.delete(key); // most recently used last
      entries.set(key, entry);
      return entry.value;
    },
    remember(key, token, value) {
      for (const map of Object.values(value)) for (const v of map.values()) deepFreeze(v);
      if (token === null) return value;
      // A new token means the master data changed: what was read under older ones is dead weight.
      if (token !== newest) entries.clear();
      newest = token;
      entries.delete(key);
      entries.set(key, { token, value });
      if (entries.size > max) entries.delete(entries.keys().next().value!);
      return value;
    },
  };
}

/** Plain objects and arrays, all the way down: a shared entry that someone changed would be wrong for everyone. */
function deepFreeze(v: unknown) {
  if (typeof v !== "object" || v === null || Object.isFrozen(v)) return;
  Object.freeze(v);
  for (const x of Object.values(v)) deepFreeze(x);
}

/** A key for a set of codes, whatever their order (JSON: no separator a code could contain). */
export const setKey = (codes: string[]) => JSON.stringify([...codes].sort());

/** The current master-data token, as text (a scalar subquery for the statements that read it). */
export const MASTER_DATA_TOKEN = Prisma.sql`(SELECT token::text FROM "MasterDataState" WHERE id = 1)`;
